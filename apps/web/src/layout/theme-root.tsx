import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';

// The page's CSP allows only styles carrying this response's nonce (see the API's
// http/security-headers.ts): antd writes its CSS-in-JS <style> elements with it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

// antd's default secondary and tertiary text (45 % black) fails WCAG AA contrast on white;
// these pass it (axe in the browser tests), as does the darker primary blue.
// People who ask their system for less motion get none (antd's transitions are off); the
// browser tests run that way too, so axe never reads a colour halfway through a transition.
const REDUCED_MOTION = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

const THEME = {
  token: {
    motion: !REDUCED_MOTION,
    colorPrimary: '#1557b0',
    colorLink: '#1557b0',
    colorInfo: '#1557b0',
    colorSuccess: '#2b7a0b',
    colorError: '#c41d24',
    // #ad6800 gives white text on a solid warning tag (a returned file's status) 4.4:1, under AA's 4.5.
    colorWarning: '#8c5400',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // antd's placeholder (25 % black, 1.9:1) fails AA where it is real text: a Select's placeholder
    // (the region picker's "请选择…"). 56 % black is #707070 on white, 4.95:1, still lighter than any value.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  },
};

export function ThemeRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider csp={{ nonce }} locale={i18n.language === 'en' ? enUS : zhCN} theme={THEME}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
