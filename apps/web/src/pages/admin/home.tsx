import { App, Button, Space } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { Title } from './shared';

export function AdminHome() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  async function openQueues() {
    try {
      const session = await unwrap(api.POST('/api/v1/admin/queues/session'));
      window.open(session.url, '_blank', 'noopener');
    } catch (e) {
      message.error(errorText(t, e));
    }
  }
  return (
    <div className="tp-stack">
      <Title>{t('admin.title')}</Title>
      <Space wrap>
        <Link to="/admin/applications">{t('nav.adminApplications')}</Link>
        <Link to="/admin/cycles">{t('nav.adminCycles')}</Link>
        <Link to="/admin/forms">{t('nav.adminForms')}</Link>
        <Link to="/admin/users">{t('nav.adminUsers')}</Link>
        <Link to="/admin/notifications">{t('nav.adminNotifications')}</Link>
        <Button onClick={() => void openQueues()}>{t('admin.queueDashboard')}</Button>
        <a href="/docs" target="_blank" rel="noopener">
          {t('admin.apiDocs')}
        </a>
      </Space>
    </div>
  );
}
