import { Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../layout/document-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('errors.notFoundPage'));
  return <Result status="warning" title="404" subTitle={t('errors.notFoundPage')} extra={<Link to="/">{t('nav.home')}</Link>} />;
}
