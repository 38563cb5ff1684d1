import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Radio, Space, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { levelLabel, specialtyLabel, STATUS_COLORS } from '../../components/labels';
import { formatDate, formatDateTime } from '../../i18n';
import { EvidenceViewer, type ViewableEvidence } from '../../components/evidence-viewer';
import { evidenceLabel } from '../../components/labels';
import { downloadFile } from '../../api/client';
import { unitEvidenceQuery, unitEvidenceUrl } from './queries';

type UnitFile = Schemas['UnitFileDto'];
type Outcome = 'no_objection' | 'objections_handled';

/** One file of the officer's unit: what it says (no identity number), the internal posting, and the unit's decision. */
export function UnitFilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const file = useQuery({ queryKey: ['unit-file', id], queryFn: () => unwrap(api.GET('/api/v1/unit/files/{id}', { params: { path: { id } } })) });
  if (file.isLoading) return <Spin />;
  if (file.error || !file.data) return <Alert type="error" title={errorText(t, file.error)} />;
  const f = file.data;
  const unit = f.recommendation.unit;
  const identity = (f.data as { identity?: { fullName?: string } }).identity;
  return (
    <div className="tp-stack">
      <Link to="/unit">{t('unit.back')}</Link>
      <Typography.Title level={1}>
        {f.referenceNumber} · {f.applicantName ?? identity?.fullName}
      </Typography.Title>
      <Descriptions bordered size="small" column={1}>
        <Descriptions.Item label={t('unit.status')}>
          <Tag variant="solid" color={STATUS_COLORS[f.status as keyof typeof STATUS_COLORS] ?? 'default'}>
            {t(`statuses.${f.status}`)}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.unit')}>{unit ? (i18n.language === 'en' ? unit.nameEn : unit.nameZh) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('unit.levelSpecialty')}>
          {levelLabel(t, f.level)} · {specialtyLabel(t, f.specialty)}
        </Descriptions.Item>
        <Descriptions.Item label={t('unit.employer')}>{f.employerName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('unit.submittedAt')}>{formatDateTime(f.submittedAt)}</Descriptions.Item>
      </Descriptions>
      <EvidenceCard fileId={f.applicationId} />
      <PostingCard file={f} />
      {f.status === 'with_unit' && <DecisionCard file={f} />}
      {f.recommendation.decision && (
        <Alert
          type={f.recommendation.decision.decision === 'recommended' ? 'success' : 'warning'}
          title={t(`unit.decided.${f.recommendation.decision.decision}`, { date: formatDateTime(f.recommendation.decision.decidedAt) })}
          description={f.recommendation.decision.note ?? undefined}
        />
      )}
    </div>
  );
}

/** The file's evidence (without identity documents): each in the viewer, or downloaded; every download is audited by the API. */
function EvidenceCard({ fileId }: { fileId: string }) {
  const { t } = useTranslation();
  const evidence = useQuery(unitEvidenceQuery(fileId));
  const [shown, setShown] = useState<ViewableEvidence | null>(null);
  const items = evidence.data?.items ?? [];
  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('unit.evidence')}</Typography.Title>}>
      {evidence.error ? (
        // Not an alert role: the page's alerts are the posting's and the decision's refusals.
        <Typography.Text type="danger">{errorText(t, evidence.error)}</Typography.Text>
      ) : evidence.isLoading ? (
        <Spin />
      ) : items.length === 0 ? (
        <span className="tp-empty">{t('unit.noEvidence')}</span>
      ) : (
        <ul className="tp-plain-list">
          {items.map((e) => (
            <li key={e.id}>
              {evidenceLabel(t, e.kind)}: {e.originalName}{' '}
              <Button type="link" size="small" onClick={() => setShown(e)} aria-label={t('unit.viewEvidence', { name: e.originalName })}>
                {t('unit.view')}
              </Button>
              <Button type="link" size="small" onClick={() => void downloadFile(unitEvidenceUrl(fileId, e.id), e.originalName)} aria-label={t('unit.downloadEvidence', { name: e.originalName })}>
                {t('unit.download')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <EvidenceViewer urlOf={(e) => unitEvidenceUrl(fileId, e.id)} evidence={shown} onClose={() => setShown(null)} />
    </Card>
  );
}

function PostingCard({ file }: { file: UnitFile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const posting = file.recommendation.posting;
  const [startDate, setStartDate] = useState(posting?.startDate ?? '');
  const [endDate, setEndDate] = useState(posting?.endDate ?? '');
  const [outcome, setOutcome] = useState<Outcome | null>((posting?.outcome as Outcome | null) ?? null);
  const [handling, setHandling] = useState(posting?.objectionsHandling ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const editable = file.status === 'with_unit';

  async function save() {
    // The end the portal counted for an earlier start is not an end the officer chose for a new one.
    const sendEnd = endDate && !(posting && endDate === posting.endDate && startDate !== posting.startDate) ? endDate : undefined;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.PUT('/api/v1/unit/files/{id}/posting', {
          params: { path: { id: file.applicationId } },
          body: { startDate, endDate: sendEnd, outcome: outcome ?? undefined, objectionsHandling: outcome === 'objections_handled' ? handling : undefined },
        }),
      );
      message.success(t('unit.postingSaved'));
      await queryClient.invalidateQueries({ queryKey: ['unit-file', file.applicationId] });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('unit.posting')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('unit.postingHelp')}</Typography.Paragraph>
      {posting && (
        <Typography.Paragraph data-testid="posting-period">
          {t('unit.postingPeriod', { start: formatDate(posting.startDate), end: formatDate(posting.endDate), days: posting.workingDays })}
        </Typography.Paragraph>
      )}
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      {editable && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <label htmlFor="posting-start">{t('unit.startDate')}</label>
          <Input id="posting-start" type="date" value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          <label htmlFor="posting-end">{t('unit.endDate')}</label>
          <Input id="posting-end" type="date" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
          <span id="posting-outcome-label">{t('unit.outcome')}</span>
          <Radio.Group aria-labelledby="posting-outcome-label" value={outcome} onChange={(e) => setOutcome(e.target.value as Outcome)}>
            <Radio value="no_objection">{t('unit.outcomes.no_objection')}</Radio>
            <Radio value="objections_handled">{t('unit.outcomes.objections_handled')}</Radio>
          </Radio.Group>
          {outcome === 'objections_handled' && (
            <>
              <label htmlFor="posting-handling">{t('unit.objectionsHandling')}</label>
              <Input.TextArea id="posting-handling" value={handling} onChange={(e) => setHandling(e.target.value)} rows={3} />
            </>
          )}
          <Button type="primary" onClick={() => void save()} loading={busy} disabled={!startDate}>
            {t('unit.savePosting')}
          </Button>
        </Space>
      )}
      {!editable && posting?.outcome && <Typography.Paragraph>{t(`unit.outcomes.${posting.outcome}`)}</Typography.Paragraph>}
    </Card>
  );
}

function DecisionCard({ file }: { file: UnitFile }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const path = { params: { path: { id: file.applicationId } } };

  async function act(action: 'recommend' | 'return' | 'decline') {
    if (action !== 'recommend' && !text.trim()) {
      setError(t('unit.reasonRequired'));
      return;
    }
    setBusy(action);
    setError(null);
    try {
      if (action === 'recommend') await unwrap(api.POST('/api/v1/unit/files/{id}/recommend', { ...path, body: text.trim() ? { note: text.trim() } : {} }));
      if (action === 'return') await unwrap(api.POST('/api/v1/unit/files/{id}/return', { ...path, body: { reason: text.trim() } }));
      if (action === 'decline') await unwrap(api.POST('/api/v1/unit/files/{id}/decline', { ...path, body: { reason: text.trim() } }));
      message.success(t(`unit.done.${action}`));
      setText('');
      await queryClient.invalidateQueries({ queryKey: ['unit-file', file.applicationId] });
      void queryClient.invalidateQueries({ queryKey: ['unit-files'] });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('unit.decision')}</Typography.Title>}>
      <Typography.Paragraph type="secondary">{t('unit.decisionHelp')}</Typography.Paragraph>
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      <label htmlFor="unit-decision-text">{t('unit.decisionText')}</label>
      <Input.TextArea id="unit-decision-text" value={text} onChange={(e) => setText(e.target.value)} rows={3} />
      <Space wrap style={{ marginTop: 12 }}>
        <Button type="primary" onClick={() => void act('recommend')} loading={busy === 'recommend'}>
          {t('unit.recommend')}
        </Button>
        <Button onClick={() => void act('return')} loading={busy === 'return'}>
          {t('unit.return')}
        </Button>
        <Button danger onClick={() => void act('decline')} loading={busy === 'decline'}>
          {t('unit.decline')}
        </Button>
      </Space>
    </Card>
  );
}
