import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The browser tab's title for the page shown: "<page> · <portal name>", in the shown
 * language (screen readers announce it, and tabs and history stay apart). Undefined while
 * the page does not know its title yet (it keeps the portal's name).
 */
export function useDocumentTitle(page: string | undefined | null): void {
  const { t } = useTranslation();
  const name = t('app.name');
  useEffect(() => {
    document.title = page ? `${page} · ${name}` : name;
  }, [page, name]);
}
