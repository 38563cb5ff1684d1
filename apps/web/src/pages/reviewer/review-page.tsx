import { useCallback, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, List, Modal, Radio, Result, Space, Spin, Tabs, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { evidenceLabel, levelLabel, specialtyLabel } from '../../components/labels';
import { formSections, SectionForm } from '../../components/schema-form';
import { formatDateTime, localized } from '../../i18n';
import { ScoreForm } from './score-form';
import { ACTIVE_STATUSES, cycleName, DueDate, OPEN_STATUSES, ReviewStatusTag, useCycles } from './shared';
import { EligibilityRules } from '../../components/eligibility-rules';
import { useDocumentTitle } from '../../layout/document-title';
import { EvidenceViewer } from '../../components/evidence-viewer';

type ReviewWithRubric = Schemas['ReviewWithRubricDto'];
type ReviewerFile = Schemas['ReviewerFileDto'];
type Evidence = Schemas['ReviewerEvidenceDto'];

function FilePanel({ file }: { file: ReviewerFile }) {
  const { t } = useTranslation();
  const form = useQuery({
    queryKey: ['cycle-form', file.cycleId, file.level],
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{id}/form', { params: { path: { id: file.cycleId }, query: { level: file.level } } })),
  });
  const schema = (form.data?.schema ?? {}) as Record<string, unknown>;
  const data = file.data as Record<string, unknown>;
  return (
    <div className="tp-stack">
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('reviewer.applicant')}>{file.applicantName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reviewer.employer')}>{file.employerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reviewer.crossProvincial')}>{file.crossProvincial ? `${t('common.yes')}${file.homeProvince ? ` (${t('reviewer.homeProvince')} ${file.homeProvince})` : ''}` : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('reviewer.exceptionalRoute')}>{file.exceptionalRoute ? t('common.yes') : t('common.no')}</Descriptions.Item>
        <Descriptions.Item label={t('reviewer.submittedAt')}>{formatDateTime(file.submittedAt)}</Descriptions.Item>
      </Descriptions>
      {form.isLoading && <Spin />}
      {form.error && <Alert type="error" title={errorText(t, form.error)} />}
      {form.data &&
        formSections(schema, form.data.uiHints).map((s) => (
          <Card key={s.key} size="small" title={<Typography.Title level={2} className="tp-card-heading">{localized(s.label)}</Typography.Title>}>
            <SectionForm schema={schema} section={s} data={data[s.key]} readonly />
          </Card>
        ))}
    </div>
  );
}

function EvidencePanel({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Evidence | null>(null);
  const list = useQuery({
    queryKey: ['review-evidence', reviewId],
    queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}/file/attachments', { params: { path: { id: reviewId } } })),
  });
  if (list.error) return <Alert type="error" title={errorText(t, list.error)} />;
  return (
    <>
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <span className="tp-empty">{t('reviewer.evidence.none')}</span> }}
        renderItem={(a) => (
          <List.Item
            actions={[
              <Button key="view" size="small" onClick={() => setOpen(a)} aria-label={t('reviewer.evidence.viewNamed', { name: a.originalName })}>
                {t('reviewer.evidence.view')}
              </Button>,
              <Button
                key="dl"
                size="small"
                type="link"
                onClick={() => void downloadFile(`/api/v1/reviews/${reviewId}/file/attachments/${a.id}`, a.originalName)}
                aria-label={t('reviewer.evidence.downloadNamed', { name: a.originalName })}
              >
                {t('reviewer.evidence.download')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={evidenceLabel(t, a.kind)} description={`${a.originalName} · ${Math.ceil(a.sizeBytes / 1024)} KB`} />
          </List.Item>
        )}
      />
      <EvidenceViewer urlOf={(e) => `/api/v1/reviews/${reviewId}/file/attachments/${e.id}`} evidence={open} onClose={() => setOpen(null)} />
    </>
  );
}

function EligibilityPanel({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation();
  const report = useQuery({
    queryKey: ['review-eligibility', reviewId],
    queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}/file/eligibility', { params: { path: { id: reviewId } } })),
  });
  if (report.isLoading) return <Spin />;
  if (report.error || !report.data) return <Alert type="error" title={errorText(t, report.error)} />;
  const data = report.data;
  return (
    <div className="tp-stack">
      <Alert type={data.eligible ? 'success' : 'warning'} showIcon title={data.eligible ? t('eligibility.eligible') : t('eligibility.notEligible')} description={t('eligibility.countUntil', { date: data.countUntil })} />
      {data.exceptionalRoute && <Alert type="info" showIcon title={t('reviewer.exceptionalRoute')} />}
      <EligibilityRules results={data.results} />
    </div>
  );
}

function DeclineButton({ review, onDeclined }: { review: ReviewWithRubric; onDeclined: (relationId: string | null) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<'conflict' | 'unavailable' | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function decline() {
    if (!reason) {
      setError(t('validation.required'));
      return;
    }
    setBusy(true);
    try {
      const result = await unwrap(api.POST('/api/v1/reviews/{id}/decline', { params: { path: { id: review.id } }, body: { reason, note: note.trim() || undefined } }));
      setOpen(false);
      message.success(result.relationId ? t('reviewer.declinedWithRelation') : t('reviewer.declined'));
      onDeclined(result.relationId);
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('reviewer.decline')}
      </Button>
      <Modal open={open} title={t('reviewer.declineTitle')} onCancel={() => setOpen(false)} onOk={() => void decline()} okText={t('reviewer.decline')} okButtonProps={{ danger: true, loading: busy }} cancelText={t('reviewer.conflicts.cancel')}>
        {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
        <p id="decline-reason-label">{t('reviewer.declineReason')}</p>
        <Radio.Group
          aria-labelledby="decline-reason-label"
          value={reason}
          onChange={(e) => {
            setReason(e.target.value as 'conflict' | 'unavailable');
            setError(null);
          }}
          style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          options={(['conflict', 'unavailable'] as const).map((r) => ({ value: r, label: t(`reviewer.declineReasons.${r}`) }))}
        />
        {reason === 'conflict' && <Alert type="info" showIcon title={t('reviewer.declineConflictHelp')} style={{ marginTop: 12 }} />}
        <label htmlFor="decline-note" style={{ display: 'block', marginTop: 12 }}>
          {t('reviewer.declineNote')}
        </label>
        <Input.TextArea id="decline-note" rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
      </Modal>
    </>
  );
}

/** One assignment: score it, read its file, evidence and eligibility, or decline it. */
export function ReviewPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const cycles = useCycles();
  const review = useQuery({ queryKey: ['review', id], queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}', { params: { path: { id } } })) });
  const active = review.data ? ACTIVE_STATUSES.includes(review.data.status) : false;
  const file = useQuery({
    queryKey: ['review-file', id],
    enabled: active,
    retry: false,
    queryFn: () => unwrap(api.GET('/api/v1/reviews/{id}/file', { params: { path: { id } } })),
  });
  const onChange = useCallback(
    (next: ReviewWithRubric) => {
      queryClient.setQueryData(['review', id], next);
      void queryClient.invalidateQueries({ queryKey: ['my-reviews'] });
    },
    [queryClient, id],
  );
  useDocumentTitle(file.data?.referenceNumber ?? (review.data ? t('reviewer.noReference') : undefined));

  if (review.isLoading) return <Spin />;
  if (review.error || !review.data) return <Result status="warning" title={errorText(t, review.error)} extra={<Link to="/reviews">{t('reviewer.back')}</Link>} />;
  const r = review.data;
  const cycle = cycles.data?.items.find((c) => c.id === r.cycleId);
  const reference = file.data?.referenceNumber ?? t('reviewer.noReference');

  return (
    <div className="tp-stack">
      <Link to="/reviews">{t('reviewer.back')}</Link>
      <Typography.Title level={1}>
        {reference} <ReviewStatusTag status={r.status} />
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        {file.data && <Descriptions.Item label={t('fields.level')}>{levelLabel(t, file.data.level)}</Descriptions.Item>}
        {file.data && <Descriptions.Item label={t('fields.specialty')}>{specialtyLabel(t, file.data.specialty)}</Descriptions.Item>}
        <Descriptions.Item label={t('reviewer.cycle')}>{cycleName(i18n.language, cycle) ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('reviewer.reviewDeadline')}>
          <DueDate review={r} />
        </Descriptions.Item>
      </Descriptions>
      {OPEN_STATUSES.includes(r.status) && (
        <Space wrap>
          <DeclineButton
            review={r}
            onDeclined={(relationId) => {
              void queryClient.invalidateQueries({ queryKey: ['my-reviews'] });
              void queryClient.invalidateQueries({ queryKey: ['my-relations'] });
              navigate(relationId ? '/reviews/conflicts' : '/reviews');
            }}
          />
        </Space>
      )}
      {!active && <Alert type="info" showIcon title={t('reviewer.ended', { status: t(`reviewer.statuses.${r.status}`) })} description={r.statusNote ?? undefined} />}
      {active && file.error && <Alert type="warning" showIcon title={t('reviewer.fileClosed')} />}
      <Tabs
        defaultActiveKey="score"
        items={[
          ...(active || r.status === 'submitted' ? [{ key: 'score', label: t('reviewer.tabs.score'), children: <ScoreForm review={r} onChange={onChange} /> }] : []),
          ...(active && file.data
            ? [
                { key: 'file', label: t('reviewer.tabs.file'), children: <FilePanel file={file.data} /> },
                { key: 'evidence', label: t('reviewer.tabs.evidence'), children: <EvidencePanel reviewId={id} /> },
                { key: 'eligibility', label: t('reviewer.tabs.eligibility'), children: <EligibilityPanel reviewId={id} /> },
              ]
            : []),
        ]}
      />
    </div>
  );
}
