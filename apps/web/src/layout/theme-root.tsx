import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { useTranslation } from 'react-i18next';

// The page's CSP allows only styles carrying this response's nonce (see the API's
// http/security-headers.ts): antd writes its CSS-in-JS <style> elements with it.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined;

export function ThemeRoot({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider csp={{ nonce }} locale={i18n.language === 'en' ? enUS : zhCN} theme={{ token: { colorPrimary: '#1557b0', colorLink: '#1557b0', colorInfo: '#1557b0' } }}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
