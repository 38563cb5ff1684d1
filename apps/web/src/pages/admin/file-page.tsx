import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, Space, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { api, downloadFile, unwrap } from '../../api/client';
import { errorText } from '../../components/problems';
import { EligibilityRules } from '../../components/eligibility-rules';
import { evidenceLabel, levelLabel, specialtyLabel, STATUS_COLORS, statusLabel } from '../../components/labels';
import { formSections, SectionForm } from '../../components/schema-form';
import { useDocumentTitle } from '../../layout/document-title';
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
  const a = file.data;
  const attachments = useQuery({ queryKey: ['attachments', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id } } })) });
  // The form the applicant filled in, rendered read-only by the applicant's own renderer.
  const form = useQuery({
    queryKey: ['cycle-form', a?.cycleId, a?.level],
    enabled: !!a,
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{id}/form', { params: { path: { id: a!.cycleId }, query: { level: a!.level } } })),
  });
  const eligibility = useQuery({ queryKey: ['eligibility', id, a?.version], enabled: !!a, queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id } } })) });
  const history = useQuery({ queryKey: ['admin-application-history', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/history', { params: { path: { id } } })) });
  useDocumentTitle(a ? (a.referenceNumber ?? t('files.draftNoNumber')) : null);
  if (file.error) return <Alert type="error" role="alert" title={errorText(t, file.error)} action={<Button onClick={() => void file.refetch()}>{t('fileAdmin.retry')}</Button>} />;
  if (!a) return <Card loading aria-busy="true" />;
  const data: Record<string, unknown> = a.data;
  const identity = (data.identity ?? {}) as Record<string, string>;
  const schema = form.data?.schema ?? {};
  const sections = form.data ? formSections(schema, form.data.uiHints) : [];
  const retry = (q: { refetch: () => unknown }) => <Button onClick={() => void q.refetch()}>{t('fileAdmin.retry')}</Button>;
  return (
    <div className="tp-stack">
      <Title>{a.referenceNumber ?? t('files.draftNoNumber')}</Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('admin.applicant')}>{a.applicantName}</Descriptions.Item>
        <Descriptions.Item label={t('files.status')}>
          <Tag variant="solid" color={STATUS_COLORS[a.status]}>{statusLabel(t, a.status)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.level')}>{levelLabel(t, a.level)}</Descriptions.Item>
        <Descriptions.Item label={t('fileAdmin.specialty')}>{specialtyLabel(t, a.specialty)}</Descriptions.Item>
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
      <Tabs
        items={[
          {
            key: 'form',
            label: t('fileAdmin.form'),
            children: form.error ? (
              <Alert type="error" role="alert" title={errorText(t, form.error)} action={retry(form)} />
            ) : form.isLoading ? (
              <Card loading aria-busy="true" />
            ) : (
              <div className="tp-stack" data-testid="admin-form-content">
                {sections.map((s) => (
                  <SectionForm key={s.key} schema={schema} section={s} data={data[s.key]} readonly />
                ))}
              </div>
            ),
          },
          {
            key: 'eligibility',
            label: t('fileAdmin.eligibility'),
            children: eligibility.error ? (
              <Alert type="error" role="alert" title={errorText(t, eligibility.error)} action={retry(eligibility)} />
            ) : eligibility.data ? (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Tag variant="solid" color={eligibility.data.eligible ? 'success' : 'error'}>
                    {eligibility.data.eligible ? t('fileAdmin.eligible') : t('fileAdmin.notEligible')}
                  </Tag>
                  {eligibility.data.crossProvincial && <Tag>{t('admin.crossProvincial')}</Tag>}
                  {eligibility.data.exceptionalRoute && <Tag>{t('fileAdmin.exceptionalRoute')}</Tag>}
                  {eligibility.data.requiresAdminConfirmation && <Tag variant="solid" color="#874d00">{t('fileAdmin.needsConfirmation')}</Tag>}
                </Space>
                <EligibilityRules results={eligibility.data.results} />
              </Space>
            ) : (
              <Card loading aria-busy="true" />
            ),
          },
          {
            key: 'evidence',
            label: t('fileTabs.evidence'),
            children: (
              <Table
                rowKey="id"
                pagination={false}
                scroll={{ x: true }}
                loading={attachments.isLoading}
                dataSource={attachments.data?.items ?? []}
                locale={{ emptyText: <Empty description={t('fileAdmin.noEvidence')} /> }}
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
            ),
          },
          {
            key: 'history',
            label: t('fileAdmin.history'),
            children: history.error ? (
              <Alert type="error" role="alert" title={errorText(t, history.error)} action={retry(history)} />
            ) : history.data?.length ? (
              <Timeline
                data-testid="admin-file-history"
                items={history.data.map((h) => ({
                  key: `${h.at}-${h.action}`,
                  content: (
                    <Space orientation="vertical" size={0}>
                      <Typography.Text strong>
                        {h.fromStatus ? `${statusLabel(t, h.fromStatus)} → ` : ''}
                        {statusLabel(t, h.toStatus)}
                      </Typography.Text>
                      <span>
                        {formatDateTime(h.at)} · {t(`fileAdmin.actors.${h.actorRole}`)}
                      </span>
                      {h.reason && <span>{h.reason}</span>}
                    </Space>
                  ),
                }))}
              />
            ) : history.isLoading ? (
              <Card loading aria-busy="true" />
            ) : (
              <Empty description={t('fileAdmin.noHistory')} />
            ),
          },
        ]}
      />
    </div>
  );
}
