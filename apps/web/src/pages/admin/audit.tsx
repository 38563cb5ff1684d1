import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { errorText, showFieldProblems } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { auditLogQuery, auditVerifyQuery, type AuditFilter } from './queries/audit';
import { Title } from './shared';

type FormValues = { actorId?: string; action?: string; entityType?: string; entityId?: string; from?: Dayjs | null; to?: Dayjs | null };

/** Who acted, picked by name or e-mail (the users list's search). */
function ActorPicker({ value, onChange, id }: { value?: string; onChange?: (v: string | undefined) => void; id?: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const users = useQuery({
    queryKey: ['admin-users-search', text],
    enabled: text.trim().length > 0,
    queryFn: () => unwrap(api.GET('/api/v1/admin/users', { params: { query: { text: text.trim(), limit: 20 } } })),
  });
  return (
    <Select
      id={id}
      allowClear
      showSearch
      filterOption={false}
      onSearch={setText}
      value={value}
      onChange={onChange}
      style={{ width: 240 }}
      notFoundContent={text ? t('audit.noActor') : null}
      options={(users.data?.items ?? []).map((u) => ({ value: u.id, label: `${u.fullName ?? ''} <${u.email}>` }))}
    />
  );
}

function ChainStatus() {
  const { t } = useTranslation();
  const [asked, setAsked] = useState(false);
  const verify = useQuery({ ...auditVerifyQuery(), enabled: asked });
  const v = verify.data;
  return (
    <Card title={<Typography.Title level={2} className="tp-card-heading">{t('audit.chain')}</Typography.Title>}>
      <p className="tp-section-help">{t('audit.chainHelp')}</p>
      <Button onClick={() => (asked ? void verify.refetch() : setAsked(true))} loading={verify.isFetching}>
        {t('audit.verify')}
      </Button>
      {verify.error && <Alert type="error" title={errorText(t, verify.error)} />}
      {v && (
        <Descriptions column={1} size="small" style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('audit.chainStatus')}>
            <Tag variant="solid" color={v.valid ? 'success' : 'error'} data-testid="chain-status">
              {v.valid ? t('audit.valid') : t('audit.broken')}
            </Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('audit.checked')}>{v.checked}</Descriptions.Item>
          {v.head && <Descriptions.Item label={t('audit.head')}>{`#${v.head.seq} · ${v.head.hash.slice(0, 16)}…`}</Descriptions.Item>}
          {v.firstBroken && (
            <Descriptions.Item label={t('audit.firstBroken')}>
              {`#${v.firstBroken.seq ?? '—'} · ${t(`audit.problems.${v.firstBroken.problem}`, { defaultValue: v.firstBroken.problem })}`}
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('audit.checkpoints')}>
            {v.checkpoints.newest
              ? t('audit.newestCheckpoint', { count: v.checkpoints.checked, seq: v.checkpoints.newest.seq, at: formatDateTime(v.checkpoints.newest.signedAt) })
              : t('audit.noCheckpoint', { count: v.checkpoints.checked })}
          </Descriptions.Item>
          {v.checkpoints.problems.map((p) => (
            <Descriptions.Item key={p.file} label={p.file}>
              {t(`audit.problems.${p.problem}`, { defaultValue: p.problem })}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Card>
  );
}

/** The audit log: filters, each entry's actor, action, object and time, "load more", and the chain's verification. */
export function AuditPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<FormValues>();
  const [filter, setFilter] = useState<AuditFilter>({});
  useDocumentTitle(t('audit.title'));
  const log = useInfiniteQuery({ ...auditLogQuery(filter), retry: false });
  const rows = log.data?.pages.flatMap((p) => p.items) ?? [];

  function apply(v: FormValues) {
    const next: AuditFilter = {
      actorId: v.actorId || undefined,
      action: v.action?.trim() || undefined,
      entityType: v.entityType?.trim() || undefined,
      entityId: v.entityId?.trim() || undefined,
      from: v.from?.startOf('day').toISOString(),
      to: v.to?.endOf('day').toISOString(),
    };
    form.setFields(Object.keys(v).map((name) => ({ name: name as keyof FormValues, errors: [] })));
    setFilter(next);
  }
  if (log.error) showFieldProblems(form, t, log.error);

  return (
    <div className="tp-stack">
      <Title>{t('audit.title')}</Title>
      <ChainStatus />
      <Form form={form} layout="inline" onFinish={apply} aria-label={t('admin.filters')}>
        <Form.Item label={t('audit.actor')} name="actorId">
          <ActorPicker />
        </Form.Item>
        <Form.Item label={t('audit.action')} name="action">
          <Input style={{ width: 200 }} placeholder="application.accepted" maxLength={64} />
        </Form.Item>
        <Form.Item label={t('audit.objectType')} name="entityType">
          <Input style={{ width: 140 }} placeholder="application" maxLength={32} />
        </Form.Item>
        <Form.Item label={t('audit.objectId')} name="entityId">
          <Input style={{ width: 200 }} maxLength={64} />
        </Form.Item>
        <Form.Item label={t('audit.from')} name="from">
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('audit.to')} name="to">
          <DatePicker />
        </Form.Item>
        <Space wrap>
          <Button type="primary" htmlType="submit">
            {t('admin.applyFilters')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilter({});
            }}
          >
            {t('adminFiles.clearFilters')}
          </Button>
        </Space>
      </Form>
      {log.error && (
        <Alert
          type="error"
          title={errorText(t, log.error)}
          action={
            <Button size="small" onClick={() => void log.refetch()}>
              {t('dashboard.retry')}
            </Button>
          }
        />
      )}
      <Table
        rowKey="id"
        size="small"
        loading={log.isLoading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows}
        locale={{ emptyText: <span className="tp-empty">{t('audit.empty')}</span> }}
        columns={[
          { key: 'at', title: t('audit.time'), dataIndex: 'at', render: (at: string) => formatDateTime(at) },
          { key: 'actor', title: t('audit.actor'), dataIndex: 'actorId', render: (id: string | null, row) => (id ? <code title={id}>{id.slice(0, 8)}</code> : row.ip ? t('audit.public') : t('audit.portal')) },
          { key: 'action', title: t('audit.action'), dataIndex: 'action', render: (a: string) => <code>{a}</code> },
          { key: 'object', title: t('audit.object'), render: (_: unknown, row) => <span title={row.entityId}>{`${row.entityType} · ${row.entityId.slice(0, 12)}`}</span> },
          { key: 'seq', title: '#', dataIndex: 'seq' },
        ]}
      />
      {log.hasNextPage && (
        <Button onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage}>
          {t('admin.loadMore')}
        </Button>
      )}
    </div>
  );
}
