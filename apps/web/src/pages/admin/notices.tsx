import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Empty, Form, Input, List, Modal, Radio, Segmented, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { useDocumentTitle } from '../../layout/document-title';
import { currentLanguage, formatDate, formatDateTime } from '../../i18n';
import { noticeKeys, objectionsQuery, runningNoticesQuery, type Objection, type ObjectionStatus } from './queries/notices';
import { ScrollRegion } from './scroll-region';
import { Title } from './shared';

type Notice = Schemas['PublicNoticeDto'];
type Contact = Schemas['ObjectionContactDto'];
interface ResolveValues {
  outcome: 'upheld' | 'dismissed';
  reReview: boolean;
  note: string;
}

const OBJECTION_COLORS: Readonly<Record<ObjectionStatus, string>> = { unconfirmed: 'default', open: 'processing', upheld: 'error', dismissed: 'success' };
const FILTERS: readonly (ObjectionStatus | 'all')[] = ['open', 'upheld', 'dismissed', 'unconfirmed', 'all'];

/** Public notices running, and the objections to them with their resolution. */
export function NoticesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('noticeAdmin.title'));
  const [filter, setFilter] = useState<ObjectionStatus | 'all'>('open');
  const notices = useQuery(runningNoticesQuery());
  const objections = useQuery(objectionsQuery(filter));
  const [resolving, setResolving] = useState<Objection | null>(null);
  return (
    <div className="tp-stack">
      <Title>{t('noticeAdmin.title')}</Title>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('noticeAdmin.running')}</Typography.Title>}>
        {notices.error ? (
          <Alert type="error" role="alert" title={errorText(t, notices.error)} action={<Button onClick={() => void notices.refetch()}>{t('noticeAdmin.retry')}</Button>} />
        ) : (
          <ScrollRegion label={t('noticeAdmin.running')}>
            <Table<Notice>
              rowKey="id"
              size="small"
              loading={notices.isLoading}
              pagination={false}
              dataSource={notices.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('noticeAdmin.noNotices')} /> }}
              columns={[
                { title: t('noticeAdmin.name'), dataIndex: 'name', render: (n: string | null) => n ?? '—' },
                { title: t('noticeAdmin.employer'), dataIndex: 'employer', render: (n: string | null) => n ?? '—' },
                { title: t('noticeAdmin.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
                { title: t('noticeAdmin.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
                { title: t('noticeAdmin.cycle'), key: 'cycle', render: (_, n) => (currentLanguage() === 'en' ? n.cycleNameEn : n.cycleNameZh) },
                { title: t('noticeAdmin.period'), key: 'period', render: (_, n) => t('noticeAdmin.periodText', { start: formatDate(n.startDate), end: formatDate(n.endDate), days: n.workingDays }) },
              ]}
            />
          </ScrollRegion>
        )}
      </Card>
      <Card title={<Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>{t('noticeAdmin.objections')}</Typography.Title>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Segmented<ObjectionStatus | 'all'>
            aria-label={t('noticeAdmin.filter')}
            value={filter}
            onChange={setFilter}
            options={FILTERS.map((f) => ({ value: f, label: t(`noticeAdmin.statuses.${f}`) }))}
          />
          {objections.error ? (
            <Alert type="error" role="alert" title={errorText(t, objections.error)} action={<Button onClick={() => void objections.refetch()}>{t('noticeAdmin.retry')}</Button>} />
          ) : (
            <List<Objection>
              loading={objections.isLoading}
              dataSource={objections.data?.items ?? []}
              locale={{ emptyText: <Empty description={t('noticeAdmin.noObjections')} /> }}
              renderItem={(o) => <ObjectionItem objection={o} onResolve={() => setResolving(o)} />}
            />
          )}
        </Space>
      </Card>
      {resolving && <ResolveDialog objection={resolving} onClose={() => setResolving(null)} />}
    </div>
  );
}

function ObjectionItem({ objection: o, onResolve }: { objection: Objection; onResolve: () => void }) {
  const { t } = useTranslation();
  const [contact, setContact] = useState<Contact | null>(null);
  const reveal = useMutation({
    // A GET, but an audited act: run only on the admin's click, never cached or prefetched.
    mutationFn: () => unwrap(api.GET('/api/v1/objections/{id}/contact', { params: { path: { id: o.id } } })),
    onSuccess: setContact,
  });
  return (
    <List.Item>
      <Space orientation="vertical" size={4} style={{ width: '100%' }}>
        <Space wrap>
          <Typography.Text strong>{o.reference}</Typography.Text>
          <Tag variant="solid" color={OBJECTION_COLORS[o.status]}>{t(`noticeAdmin.statuses.${o.status}`)}</Tag>
          <span>{t('noticeAdmin.against', { name: o.applicantName ?? '—', reference: o.referenceNumber ?? '—' })}</span>
          <Link to={`/admin/applications/${o.applicationId}`}>{t('noticeAdmin.openFile')}</Link>
        </Space>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{o.statement}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
          <Descriptions.Item label={t('noticeAdmin.objector')}>{o.objectorName}</Descriptions.Item>
          <Descriptions.Item label={t('noticeAdmin.lodged')}>{formatDateTime(o.createdAt)}</Descriptions.Item>
          <Descriptions.Item label={t('noticeAdmin.contact')}>
            {contact ? (
              <span data-testid="objection-contact">
                {[contact.email, contact.phone].filter(Boolean).join(' · ') || '—'}
              </span>
            ) : (
              <Space wrap>
                {o.phoneMasked && <span>{o.phoneMasked}</span>}
                <Button size="small" loading={reveal.isPending} onClick={() => reveal.mutate()} aria-label={t('noticeAdmin.revealFor', { reference: o.reference })}>
                  {t('noticeAdmin.reveal')}
                </Button>
                <span className="tp-section-help" style={{ margin: 0 }}>
                  {t('noticeAdmin.revealAudited')}
                </span>
              </Space>
            )}
            {reveal.error && (
              <Typography.Text type="danger" role="alert">
                {errorText(t, reveal.error)}
              </Typography.Text>
            )}
          </Descriptions.Item>
          {o.resolvedAt && (
            <Descriptions.Item label={t('noticeAdmin.resolution')}>
              {t(o.status === 'upheld' ? (o.reReview ? 'noticeAdmin.upheldReReview' : 'noticeAdmin.upheldReject') : 'noticeAdmin.dismissedText', { date: formatDateTime(o.resolvedAt) })}
              {o.resolutionNote && ` — ${o.resolutionNote}`}
            </Descriptions.Item>
          )}
        </Descriptions>
        {o.status === 'open' && (
          <Button type="primary" onClick={onResolve} aria-label={t('noticeAdmin.resolveFor', { reference: o.reference })}>
            {t('noticeAdmin.resolve')}
          </Button>
        )}
      </Space>
    </List.Item>
  );
}

function ResolveDialog({ objection, onClose }: { objection: Objection; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ResolveValues>();
  const outcome = Form.useWatch('outcome', form);
  const [error, setError] = useState<string | null>(null);
  const resolve = useMutation({
    mutationFn: (v: ResolveValues) =>
      unwrap(api.POST('/api/v1/objections/{id}/resolve', { params: { path: { id: objection.id } }, body: { outcome: v.outcome, note: v.note, reReview: v.outcome === 'upheld' && v.reReview } })),
    onSuccess: async () => {
      message.success(t('noticeAdmin.resolved'));
      await queryClient.invalidateQueries({ queryKey: noticeKeys.all });
      onClose();
    },
    onError: (e) => {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    },
  });
  return (
    <Modal
      open
      title={t('noticeAdmin.resolveTitle', { reference: objection.reference })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('noticeAdmin.resolve')}
      okButtonProps={{ loading: resolve.isPending, disabled: resolve.isPending }}
    >
      {error && <Alert type="error" role="alert" title={error} />}
      <Form<ResolveValues> form={form} layout="vertical" initialValues={{ reReview: false }} onFinish={(v) => resolve.mutate(v)}>
        <Form.Item label={t('noticeAdmin.outcome')} name="outcome" rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group
            options={[
              { value: 'upheld', label: t('noticeAdmin.uphold') },
              { value: 'dismissed', label: t('noticeAdmin.dismiss') },
            ]}
          />
        </Form.Item>
        {outcome === 'upheld' && (
          <Form.Item name="reReview" valuePropName="checked" extra={t('noticeAdmin.reReviewHelp')}>
            <Checkbox>{t('noticeAdmin.reReview')}</Checkbox>
          </Form.Item>
        )}
        <Form.Item label={t('noticeAdmin.note')} name="note" rules={[{ required: true, whitespace: true, message: t('validation.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
