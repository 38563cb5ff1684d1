import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Drawer, Form, Input, List, Radio, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { downloadFile, type Schemas } from '../../api/client';
import { EligibilityRules } from '../../components/eligibility-rules';
import { EvidencePreview, type ViewableEvidence } from '../../components/evidence-viewer';
import { evidenceLabel, levelLabel, specialtyLabel } from '../../components/labels';
import { errorText, showFieldProblems } from '../../components/problems';
import { DISPLAY_ZONE, formatDateTime, localized } from '../../i18n';
import { decide, fileEligibility, type QualificationDecision, type QueueItem } from './queries/qualification';
import { daysWaiting, FileFlags } from './qualification';

type Decision = QualificationDecision['decision'];
type Confirmation = QueueItem['requiredConfirmations'][number];
interface DecisionForm {
  decision: Decision;
  reason?: string;
  correctionDeadline?: Dayjs | null;
  confirmExceptional?: boolean;
  confirmEntrustment?: boolean;
}

const evidenceUrl = (fileId: string, e: ViewableEvidence) => `/api/v1/applications/${fileId}/attachments/${e.id}`;

/** The recommending unit's part (domain.md §8): which unit, its internal posting and outcome, when it recommended. */
function RecommendationPanel({ recommendation }: { recommendation: Schemas['RecommendationDto'] | null }) {
  const { t, i18n } = useTranslation();
  if (!recommendation) return <Alert type="info" showIcon title={t('qualification.noRecommendation')} />;
  const { unit, posting, recommendedAt } = recommendation;
  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('qualification.recommendation')}</Typography.Title>}>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('unit.unit')}>{unit ? (i18n.language === 'en' ? unit.nameEn : unit.nameZh) : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('unit.posting')}>
          {posting ? t('unit.postingPeriod', { start: posting.startDate, end: posting.endDate, days: posting.workingDays }) : t('unit.noPosting')}
        </Descriptions.Item>
        {posting?.outcome && (
          <Descriptions.Item label={t('unit.outcome')}>
            {t(`unit.outcomes.${posting.outcome}`)}
            {posting.objectionsHandling ? `: ${posting.objectionsHandling}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('qualification.recommendedAt')}>{formatDateTime(recommendedAt)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

function EligibilityPanel({ id }: { id: string }) {
  const { t } = useTranslation();
  const report = useQuery(fileEligibility(id));
  if (report.isLoading) return <Spin />;
  if (report.error || !report.data) return <Alert type="error" title={errorText(t, report.error)} action={<Button onClick={() => void report.refetch()}>{t('qualification.retry')}</Button>} />;
  const data = report.data;
  return (
    <div className="tp-stack">
      <Alert type={data.eligible ? 'success' : 'warning'} showIcon title={data.eligible ? t('eligibility.eligible') : t('eligibility.notEligible')} description={t('eligibility.countUntil', { date: data.countUntil })} />
      <EligibilityRules results={data.results} />
    </div>
  );
}

/** The evidence beside the report: the list, the one chosen shown inline, each downloadable. */
function EvidenceColumn({ item }: { item: QueueItem }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ViewableEvidence | null>(item.evidence[0] ?? null);
  useEffect(() => setShown(item.evidence[0] ?? null), [item]);
  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('qualification.evidence')}</Typography.Title>}>
      <List
        size="small"
        dataSource={item.evidence}
        locale={{ emptyText: <span className="tp-empty">{t('reviewer.evidence.none')}</span> }}
        renderItem={(e) => (
          <List.Item
            actions={[
              <Button key="view" size="small" type={shown?.id === e.id ? 'primary' : 'default'} onClick={() => setShown(e)} aria-label={t('reviewer.evidence.viewNamed', { name: e.originalName })}>
                {t('reviewer.evidence.view')}
              </Button>,
              <Button key="dl" size="small" type="link" onClick={() => void downloadFile(evidenceUrl(item.id, e), e.originalName)} aria-label={t('reviewer.evidence.downloadNamed', { name: e.originalName })}>
                {t('reviewer.evidence.download')}
              </Button>,
            ]}
          >
            <List.Item.Meta title={evidenceLabel(t, e.kind)} description={`${e.originalName} · ${Math.ceil(e.sizeBytes / 1024)} KB`} />
          </List.Item>
        )}
      />
      {shown && (
        <div style={{ marginTop: 12 }} aria-live="polite">
          <p>
            <strong>{`${evidenceLabel(t, shown.kind)}: ${shown.originalName}`}</strong>
          </p>
          <EvidencePreview url={evidenceUrl(item.id, shown)} evidence={shown} />
        </div>
      )}
    </Card>
  );
}

function DecisionPanel({ item, defaultCorrectionDays, onDecided }: { item: QueueItem; defaultCorrectionDays: number; onDecided: (decision: Decision) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecisionForm>();
  const decision = Form.useWatch('decision', form) ?? 'accept';
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const defaultDeadline = dayjs().tz(DISPLAY_ZONE).add(defaultCorrectionDays, 'day');
  async function submit(values: DecisionForm) {
    setError(null);
    const body: QualificationDecision = { decision: values.decision };
    if (values.reason?.trim()) body.reason = values.reason.trim();
    if (values.decision === 'return' && values.correctionDeadline) body.correctionDeadline = values.correctionDeadline.tz(DISPLAY_ZONE, true).endOf('day').toISOString();
    if (values.decision === 'accept') for (const c of item.requiredConfirmations) body[c.field] = values[c.field] === true;
    setBusy(true);
    try {
      await decide(item.id, body);
      onDecided(values.decision);
    } catch (e) {
      if (!showFieldProblems(form, t, e)) setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('qualification.decision')}</Typography.Title>}>
      {error && <Alert type="error" role="alert" title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ decision: 'accept' }} onFinish={(v) => void submit(v)}>
        <Form.Item name="decision" label={t('qualification.decision')}>
          <Radio.Group
            onChange={() => setError(null)}
            options={(['accept', 'return', 'reject'] as const).map((d) => ({ value: d, label: t(`qualification.decisions.${d}`) }))}
          />
        </Form.Item>
        {decision === 'accept' && item.requiredConfirmations.length > 0 && (
          <div role="group" aria-label={t('qualification.confirmations')}>
            <p>{t('qualification.confirmationsIntro')}</p>
            {item.requiredConfirmations.map((c: Confirmation) => (
              <Form.Item key={c.field} name={c.field} valuePropName="checked">
                <Checkbox>{localized(c.label)}</Checkbox>
              </Form.Item>
            ))}
          </div>
        )}
        {decision === 'return' && (
          <Form.Item
            name="correctionDeadline"
            label={t('qualification.correctionDeadline')}
            extra={t('qualification.defaultDeadline', { days: defaultCorrectionDays, date: defaultDeadline.format('YYYY-MM-DD') })}
          >
            <DatePicker disabledDate={(d) => d.isBefore(dayjs().tz(DISPLAY_ZONE).add(1, 'day').startOf('day'))} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={decision === 'accept' ? t('qualification.note') : t('qualification.reason')}
          rules={decision === 'accept' ? [] : [{ required: true, whitespace: true, message: t('qualification.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} danger={decision === 'reject'}>
          {t(`qualification.submit.${decision}`)}
        </Button>
      </Form>
    </Card>
  );
}

/** One file of the queue in a drawer: report, flags and confirmations beside the evidence; the decision. */
export function QualificationFile({ item, defaultCorrectionDays, onClose }: { item: QueueItem | null; defaultCorrectionDays: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return (
    <Drawer open={item !== null} onClose={onClose} size="min(1280px, 100vw)" title={item ? t('qualification.fileTitle', { reference: item.referenceNumber ?? '' }) : ''} destroyOnHidden>
      {item && (
        <div className="tp-qualification-grid">
          <div className="tp-stack">
            <Descriptions bordered size="small" column={1}>
              <Descriptions.Item label={t('admin.applicant')}>{item.applicantName}</Descriptions.Item>
              <Descriptions.Item label={t('admin.employer')}>{item.employerName}</Descriptions.Item>
              <Descriptions.Item label={t('fields.level')}>{levelLabel(t, item.level)}</Descriptions.Item>
              <Descriptions.Item label={t('fields.specialty')}>{specialtyLabel(t, item.specialty)}</Descriptions.Item>
              <Descriptions.Item label={t('admin.submittedAt')}>{formatDateTime(item.submittedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('qualification.daysWaiting')}>{t('qualification.days', { count: daysWaiting(item.submittedAt) })}</Descriptions.Item>
              <Descriptions.Item label={t('qualification.flags.title')}>
                <FileFlags item={item} />
                {!item.crossProvincial && !item.exceptionalRoute && t('qualification.flags.none')}
              </Descriptions.Item>
            </Descriptions>
            <RecommendationPanel recommendation={item.recommendation ?? null} />
            <Card size="small" title={<Typography.Title level={2} className="tp-card-heading">{t('qualification.eligibility')}</Typography.Title>}>
              <EligibilityPanel id={item.id} />
            </Card>
            <DecisionPanel
              item={item}
              defaultCorrectionDays={defaultCorrectionDays}
              onDecided={(d) => {
                message.success(t(`qualification.done.${d}`, { reference: item.referenceNumber ?? '' }));
                void queryClient.invalidateQueries({ queryKey: ['admin', 'qualification'] });
                onClose();
              }}
            />
          </div>
          <EvidenceColumn item={item} />
        </div>
      )}
    </Drawer>
  );
}
