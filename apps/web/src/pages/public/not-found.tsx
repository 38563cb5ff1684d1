import { Result } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="warning" title="404" subTitle={t('errors.notFoundPage')} extra={<Link to="/">{t('nav.home')}</Link>} />;
}
