import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Empty, List, Select, Space, Steps, Table, Tag, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client';
import { levelLabel, specialtyLabel } from '../../components/labels';
import { errorText } from '../../components/problems';
import { formatDateTime } from '../../i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { assignReviewers, autoAssignRun, filePanel, filesInReview, startAutoAssign, withdrawAssignment } from './queries/assignment';
import { reviewerPool, type PoolReviewer } from './queries/pool';
import { allCycles } from './queries/qualification';
import { Title } from './shared';

/** A refused reviewer of a manual assignment (the 422's details). */
interface Refusal {
  reviewerId: string;
  code: string;
  conflicts?: string[];
}

/** Why the API refused a reviewer, in words: the refusal's code, and for a conflict each of its reasons. */
export function refusalText(t: TFunction, refusal: Refusal): string {
  const base = t(`assignment.refusals.${refusal.code}`, { defaultValue: t('assignment.refusals.other') });
  const reasons = (refusal.conflicts ?? []).map((c) => t(`assignment.conflicts.${c}`, { defaultValue: c }));
  return reasons.length ? `${base}${t('assignment.colon')}${reasons.join(t('assignment.listSeparator'))}` : base;
}

function refusalsOf(error: unknown): Refusal[] {
  if (!(error instanceof ApiError) || error.code !== 'ASSIGNMENT_REFUSED' || !Array.isArray(error.body.details)) return [];
  return error.body.details as Refusal[];
}

const reviewerName = (pool: PoolReviewer[], id: string) => {
  const r = pool.find((p) => p.userId === id);
  return r ? (r.fullName ?? r.email ?? id) : id;
};

/** An automatic run followed to its end: queued, running, done with its summary and every shortfall in words. */
function RunStatus({ cycleId, runId, references }: { cycleId: string; runId: string; references: Map<string, string> }) {
  const { t } = useTranslation();
  const run = useQuery(autoAssignRun(cycleId, runId));
  if (run.error) return <Alert type="error" title={errorText(t, run.error)} action={<Button onClick={() => void run.refetch()}>{t('assignment.retry')}</Button>} />;
  if (!run.data) return null;
  const r = run.data;
  const current = r.status === 'queued' ? 0 : r.status === 'running' ? 1 : 2;
  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('assignment.run')}</Typography.Title>}>
      <Steps
        size="small"
        current={current}
        status={r.status === 'failed' ? 'error' : r.status === 'done' ? 'finish' : 'process'}
        items={[{ title: t('assignment.runStatus.queued') }, { title: t('assignment.runStatus.running') }, { title: r.status === 'failed' ? t('assignment.runStatus.failed') : t('assignment.runStatus.done') }]}
      />
      <p role="status" data-testid="run-status" style={{ marginTop: 12 }}>
        {t(`assignment.runStatus.${r.status}`)} · {t('assignment.requestedAt', { at: formatDateTime(r.requestedAt) })}
      </p>
      {r.error && <Alert type="error" title={t('assignment.runFailed')} />}
      {r.summary && (
        <div className="tp-stack">
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label={t('assignment.summary.files')}>{r.summary.files}</Descriptions.Item>
            <Descriptions.Item label={t('assignment.summary.filesLacking')}>{r.summary.filesLacking}</Descriptions.Item>
            <Descriptions.Item label={t('assignment.summary.assigned')}>{r.summary.assigned}</Descriptions.Item>
          </Descriptions>
          {r.summary.shortfalls.length === 0 ? (
            <Alert type="success" showIcon title={t('assignment.noShortfall')} />
          ) : (
            <Table
              size="small"
              rowKey="applicationId"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={r.summary.shortfalls}
              caption={t('assignment.shortfalls')}
              columns={[
                { title: t('files.reference'), dataIndex: 'applicationId', render: (id: string) => references.get(id) ?? id },
                { title: t('assignment.needed'), dataIndex: 'needed' },
                { title: t('assignment.assignedNow'), dataIndex: 'assigned' },
                { title: t('assignment.reason'), dataIndex: 'reason', render: (reason: string) => <span data-testid="shortfall-reason">{t(`assignment.shortfallReasons.${reason}`, { defaultValue: reason })}</span> },
              ]}
            />
          )}
        </div>
      )}
    </Card>
  );
}

/** One file's panel: its reviewers with their status, withdraw one, add others (each refusal in words). */
function FilePanel({ fileId, pool }: { fileId: string; pool: PoolReviewer[] }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const panel = useQuery(filePanel(fileId));
  const [adding, setAdding] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const [error, setError] = useState<string | null>(null);
  const refresh = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['admin', 'panel', fileId] }), queryClient.invalidateQueries({ queryKey: ['admin', 'pool'] })]);
  async function add() {
    setBusy(true);
    setRefusals([]);
    setError(null);
    try {
      await assignReviewers(fileId, adding);
      setAdding([]);
      message.success(t('assignment.added'));
      await refresh();
    } catch (e) {
      const refused = refusalsOf(e);
      if (refused.length) setRefusals(refused);
      else setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  function withdraw(assignmentId: string, name: string) {
    modal.confirm({
      title: t('assignment.withdrawTitle', { name }),
      content: t('assignment.withdrawText'),
      okText: t('assignment.withdraw'),
      okButtonProps: { danger: true },
      cancelText: t('assignment.cancel'),
      onOk: async () => {
        try {
          await withdrawAssignment(fileId, assignmentId);
          message.success(t('assignment.withdrawn'));
          await refresh();
        } catch (e) {
          message.error(errorText(t, e));
        }
      },
    });
  }
  if (panel.error) return <Alert type="error" title={errorText(t, panel.error)} action={<Button onClick={() => void panel.refetch()}>{t('assignment.retry')}</Button>} />;
  const reviews = panel.data?.reviews ?? [];
  const onPanel = new Set(reviews.map((r) => r.reviewerId));
  return (
    <div className="tp-stack">
      <List
        loading={panel.isLoading}
        dataSource={reviews}
        locale={{ emptyText: <span className="tp-empty">{t('assignment.noReviewers')}</span> }}
        renderItem={(r) => {
          const name = reviewerName(pool, r.reviewerId);
          return (
            <List.Item
              data-testid="panel-reviewer"
              actions={
                r.status === 'assigned' || r.status === 'draft'
                  ? [
                      <Button key="w" size="small" danger onClick={() => withdraw(r.id, name)} aria-label={t('assignment.withdrawNamed', { name })}>
                        {t('assignment.withdraw')}
                      </Button>,
                    ]
                  : []
              }
            >
              <List.Item.Meta title={name} description={t(`reviewer.statuses.${r.status}`)} />
            </List.Item>
          );
        }}
      />
      <div>
        <label htmlFor={`add-${fileId}`}>{t('assignment.addReviewers')}</label>
        <Space wrap style={{ display: 'flex', marginTop: 4 }}>
          <Select
            id={`add-${fileId}`}
            mode="multiple"
            style={{ minWidth: 280 }}
            value={adding}
            onChange={(v) => {
              setAdding(v);
              setRefusals([]);
            }}
            showSearch={{ optionFilterProp: 'label' }}
            options={pool.filter((p) => !onPanel.has(p.userId)).map((p) => ({ value: p.userId, label: `${p.fullName ?? p.email ?? p.userId} · ${p.employerName}` }))}
          />
          <Button type="primary" disabled={adding.length === 0} loading={busy} onClick={() => void add()}>
            {t('assignment.add')}
          </Button>
        </Space>
      </div>
      {error && <Alert type="error" role="alert" title={error} />}
      {refusals.length > 0 && (
        <Alert
          type="error"
          role="alert"
          showIcon
          title={t('assignment.refused')}
          description={
            <ul data-testid="refusals">
              {refusals.map((r) => (
                <li key={`${r.reviewerId}-${r.code}`}>
                  {reviewerName(pool, r.reviewerId)}
                  {t('assignment.colon')}
                  {refusalText(t, r)}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

/** Assignment of a cycle: the automatic run followed to its end; each file's panel by hand. */
export function AssignmentPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('assignment.title'));
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const cycleId = params.get('cycle') ?? undefined;
  const runId = params.get('run') ?? undefined;
  const [openFile, setOpenFile] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const cycles = useQuery(allCycles());
  const files = useInfiniteQuery({ ...filesInReview(cycleId ?? ''), enabled: !!cycleId });
  const pool = useInfiniteQuery(reviewerPool(cycleId));
  const poolRows = pool.data?.pages.flatMap((p) => p.items) ?? [];
  const rows = files.data?.pages.flatMap((p) => p.items) ?? [];
  const references = new Map(rows.map((r) => [r.id, r.referenceNumber ?? r.id]));
  async function start() {
    if (!cycleId) return;
    setStarting(true);
    try {
      const run = await startAutoAssign(cycleId);
      setParams({ cycle: cycleId, run: run.id });
    } catch (e) {
      message.error(errorText(t, e));
    } finally {
      setStarting(false);
    }
  }
  return (
    <div className="tp-stack">
      <Title>{t('assignment.title')}</Title>
      <div className="tp-page-actions">
        <label htmlFor="assignment-cycle">{t('fields.cycle')}</label>
        <Select
          id="assignment-cycle"
          style={{ minWidth: 220 }}
          value={cycleId}
          onChange={(v: string) => setParams({ cycle: v })}
          options={(cycles.data?.items ?? []).map((c) => ({ value: c.id, label: `${i18n.language === 'en' ? c.nameEn : c.nameZh} (${c.code})` }))}
        />
        <Button type="primary" disabled={!cycleId} loading={starting} onClick={() => void start()}>
          {t('assignment.start')}
        </Button>
      </div>
      {!cycleId && <Empty description={t('assignment.noCycle')} />}
      {cycleId && runId && <RunStatus cycleId={cycleId} runId={runId} references={references} />}
      {cycleId && (
        <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('assignment.files')}</Typography.Title>}>
          {files.error && <Alert type="error" title={errorText(t, files.error)} action={<Button onClick={() => void files.refetch()}>{t('assignment.retry')}</Button>} />}
          <Table
            rowKey="id"
            loading={files.isLoading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            dataSource={rows}
            locale={{ emptyText: <Empty description={t('assignment.noFiles')} /> }}
            expandable={{
              expandedRowKeys: openFile ? [openFile] : [],
              onExpand: (expanded, row) => setOpenFile(expanded ? row.id : null),
              expandedRowRender: (row) => <FilePanel fileId={row.id} pool={poolRows} />,
            }}
            columns={[
              { title: t('files.reference'), dataIndex: 'referenceNumber' },
              { title: t('admin.applicant'), dataIndex: 'applicantName' },
              { title: t('fields.level'), dataIndex: 'level', render: (l: string) => levelLabel(t, l) },
              { title: t('fields.specialty'), dataIndex: 'specialty', render: (s: string) => specialtyLabel(t, s) },
              { title: t('admin.crossProvincial'), dataIndex: 'crossProvincial', render: (c: boolean) => (c ? <Tag variant="solid" color="purple">{t('common.yes')}</Tag> : t('common.no')) },
            ]}
          />
          {files.hasNextPage && (
            <Button onClick={() => void files.fetchNextPage()} loading={files.isFetchingNextPage}>
              {t('admin.loadMore')}
            </Button>
          )}
        </Card>
      )}
    </div>
  );
}
