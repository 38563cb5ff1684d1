import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, downloadFile, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { evidenceLabel, levelLabel, STATUS_COLORS, statusLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { RevokeTitle } from './revoke-title';
import { Title } from './shared';

export function AdminFilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [reveal, setReveal] = useState(false);
  const file = useQuery({
    queryKey: ['admin-application', id, reveal],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id }, query: reveal ? { revealIdentity: true } : {} } })),
  });
  const attachments = useQuery({ queryKey: ['attachments', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id } } })) });
  const a = file.data;
  if (file.error) return <Alert type="error" title={errorText(t, file.error)} />;
  if (!a) return null;
  const identity = ((a.data as Record<string, unknown>).identity ?? {}) as Record<string, string>;
  return (
    <div className="tp-stack">
      <Title>{a.referenceNumber ?? t('files.draftNoNumber')}</Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('admin.applicant')}>{a.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('files.status')}>
          <Tag variant="solid" color={STATUS_COLORS[a.status]}>{statusLabel(t, a.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.level')}>{levelLabel(t, a.level)}</Descriptions.Item>
        <Descriptions.Item label={t('admin.employer')}>{a.employerName}</Descriptions.Item>
        <Descriptions.Item label={t('admin.identityNumber')}>
          <Space>
            <span data-testid="identity-number">{identity.documentNumber ?? a.documentNumberMasked}</span>
            {!reveal && (
              <Button
                size="small"
                onClick={() =>
                  modal.confirm({
                    title: t('admin.revealTitle'),
                    content: t('admin.revealWarning'),
                    okText: t('admin.reveal'),
                    onOk: () => setReveal(true),
                  })
                }
              >
                {t('admin.reveal')}
              </Button>
            )}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('admin.crossProvincial')}>{a.crossProvincial ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('admin.submittedAt')}>{formatDateTime(a.submittedAt)}</Descriptions.Item>
      </Descriptions>
      {a.status === 'approved' && <RevokeTitle id={id} onRevoked={() => void file.refetch()} />}
      <Card title={t('fileTabs.evidence')}>
        <Table
          rowKey="id"
          pagination={false}
          dataSource={attachments.data?.items ?? []}
          columns={[
            { title: t('admin.kind'), dataIndex: 'kind', render: (k: string) => evidenceLabel(t, k) },
            { title: t('admin.fileName'), dataIndex: 'originalName' },
            {
              title: '',
              key: 'dl',
              render: (_, row) => (
                <Button size="small" onClick={() => void downloadFile(`/api/v1/applications/${id}/attachments/${row.id}`, row.originalName)}>
                  {t('evidencePanel.download')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
