import { App, Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { Title } from './shared';

export function FailedNotificationsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const failed = useQuery({ queryKey: ['failed-notifications'], queryFn: () => unwrap(api.GET('/api/v1/admin/notifications/failed', { params: { query: { limit: 100 } } })) });
  const retry = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/admin/notifications/{id}/retry', { params: { path: { id } } })),
    onSuccess: () => {
      message.success(t('admin.retried'));
      void queryClient.invalidateQueries({ queryKey: ['failed-notifications'] });
    },
    onError: (e) => message.error(errorText(t, e)),
  });
  return (
    <div className="tp-stack">
      <Title>{t('nav.adminNotifications')}</Title>
      <Table
        rowKey="id"
        pagination={false}
        loading={failed.isLoading}
        dataSource={failed.data?.items ?? []}
        locale={{ emptyText: <span className="tp-empty">{t('admin.noFailed')}</span> }}
        columns={[
          { title: t('preferences.type'), dataIndex: 'type', render: (type: string) => t(`notificationTypes.${type}`, { defaultValue: type }) },
          { title: t('admin.channel'), dataIndex: 'channel' },
          { title: t('admin.recipient'), dataIndex: 'recipient' },
          { title: t('admin.lastError'), dataIndex: 'lastError' },
          { title: t('admin.createdAt'), dataIndex: 'createdAt', render: (d: string) => formatDateTime(d) },
          {
            title: '',
            key: 'retry',
            render: (_, row) => (
              <Button size="small" onClick={() => retry.mutate(row.id)}>
                {t('admin.retry')}
              </Button>
            ),
          },
        ]}
      />
    </div>
  );
}
