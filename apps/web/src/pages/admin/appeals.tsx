import { useState } from 'react';
import { Alert, App, Button, Empty, Form, Input, Modal, Radio, Segmented, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { errorText, showFieldProblems } from '../../components/problems';
import { statusLabel } from '../../components/labels';
import { formatDateTime } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { appealsList, decideAppeal, type Appeal, type AppealStatus } from './queries/appeals';
import { Title } from './shared';

type Outcome = NonNullable<Appeal['outcome']>;

function DecideModal({ appeal, onClose }: { appeal: Appeal | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ outcome: Outcome; note: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function decide(values: { outcome: Outcome; note: string }) {
    if (!appeal) return;
    setBusy(true);
    setError(null);
    try {
      await decideAppeal(appeal.id, { outcome: values.outcome, note: values.note.trim() });
      message.success(t(`appealsAdmin.decided.${values.outcome}`));
      await queryClient.invalidateQueries({ queryKey: ['admin', 'appeals'] });
      onClose();
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open={appeal !== null}
      title={appeal ? t('appealsAdmin.decideTitle', { reference: appeal.referenceNumber ?? '' }) : ''}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('appealsAdmin.decide')}
      cancelText={t('appealsAdmin.cancel')}
      okButtonProps={{ loading: busy }}
      destroyOnHidden
    >
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      {appeal && (
        <p>
          <strong>{t('appealsAdmin.groundsLabel')}</strong>
          {appeal.grounds}
        </p>
      )}
      <Form form={form} layout="vertical" onFinish={(v) => void decide(v)}>
        <Form.Item label={t('appealsAdmin.outcome')} name="outcome" rules={[{ required: true, message: t('validation.required') }]}>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 8 }} options={(['re_review', 'upheld'] as const).map((o) => ({ value: o, label: t(`appealsAdmin.outcomes.${o}`) }))} />
        </Form.Item>
        <Form.Item label={t('appealsAdmin.note')} name="note" extra={t('appealsAdmin.noteHelp')} rules={[{ required: true, whitespace: true, message: t('appealsAdmin.noteRequired') }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Appeals: pending ones decided (re-review or uphold) with a reason; decided ones for reference. */
export function AppealsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('appealsAdmin.title'));
  const [status, setStatus] = useState<AppealStatus>('open');
  const [deciding, setDeciding] = useState<Appeal | null>(null);
  const list = useInfiniteQuery(appealsList(status));
  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="tp-stack">
      <Title>{t('appealsAdmin.title')}</Title>
      <Segmented<AppealStatus>
        aria-label={t('appealsAdmin.show')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'open', label: t('appealsAdmin.open') },
          { value: 'decided', label: t('appealsAdmin.decidedTab') },
        ]}
      />
      {list.error && <Alert type="error" title={errorText(t, list.error)} action={<Button onClick={() => void list.refetch()}>{t('appealsAdmin.retry')}</Button>} />}
      <Table
        rowKey="id"
        loading={list.isLoading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        locale={{ emptyText: <Empty description={status === 'open' ? t('appealsAdmin.emptyOpen') : t('appealsAdmin.emptyDecided')} /> }}
        columns={[
          { title: t('files.reference'), dataIndex: 'referenceNumber', render: (ref: string | null, row) => <Link to={`/admin/applications/${row.applicationId}`}>{ref ?? '—'}</Link> },
          { title: t('admin.applicant'), dataIndex: 'applicantName' },
          { title: t('files.status'), dataIndex: 'applicationStatus', render: (s: string | null) => (s ? statusLabel(t, s) : '—') },
          { title: t('appealsAdmin.grounds'), dataIndex: 'grounds', render: (g: string) => <span className="tp-appeal-grounds">{g}</span> },
          { title: t('appealsAdmin.lodgedAt'), dataIndex: 'lodgedAt', render: (d: string) => formatDateTime(d) },
          status === 'open'
            ? {
                title: '',
                key: 'decide',
                render: (_: unknown, row: Appeal) => (
                  <Button type="primary" size="small" onClick={() => setDeciding(row)} aria-label={t('appealsAdmin.decideNamed', { reference: row.referenceNumber ?? '' })}>
                    {t('appealsAdmin.decide')}
                  </Button>
                ),
              }
            : {
                title: t('appealsAdmin.outcome'),
                key: 'outcome',
                render: (_: unknown, row: Appeal) => (
                  <>
                    {row.outcome && <Tag>{t(`appealsAdmin.outcomes.${row.outcome}`)}</Tag>}
                    <div>{row.decisionNote}</div>
                  </>
                ),
              },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {t('admin.loadMore')}
        </Button>
      )}
      <DecideModal appeal={deciding} onClose={() => setDeciding(null)} />
    </div>
  );
}
