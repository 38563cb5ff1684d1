import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, List, Space, Spin, Switch, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { api, ApiError, downloadFile, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { statusLabel } from '../../components/labels';
import { EvidencePanel } from './evidence-tab';
import { DISPLAY_ZONE, formatDate, formatDateTime } from '../../i18n';

type Application = Schemas['ApplicationDto'];

/** Whom the next step waits for, by the workflow action that takes it (the API's path ahead). */
const AWAITED_BY: Record<string, string> = {
  submit: 'you',
  resubmit: 'you',
  accept_qualification: 'office',
  complete_review: 'experts',
  committee_pass: 'committee',
  close_notice: 'notice',
  confirm_title: 'bureau',
};

function useTimeline(application: Application) {
  return useQuery({
    queryKey: ['timeline', application.id, application.version, application.status],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/timeline', { params: { path: { id: application.id } } })),
  });
}

/** The file's way to the title: the stages passed with their dates, then the path ahead with the dates the cycle expects and who acts. */
export function TimelinePanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const timeline = useTimeline(application);
  if (timeline.isLoading) return <Spin />;
  if (timeline.error) return <Alert type="error" title={errorText(t, timeline.error)} />;
  const { passed, ahead } = timeline.data!;
  const next = ahead[0];
  return (
    <div className="tp-stack" data-testid="timeline">
      {next && <Alert type="info" showIcon title={t('journey.awaited', { who: t(`journey.awaitedBy.${AWAITED_BY[next.action] ?? 'office'}`) })} />}
      <Typography.Title level={2} style={{ fontSize: 16 }}>
        {t('journey.passed')}
      </Typography.Title>
      <Timeline
        items={passed.map((s, i) => ({
          color: i === passed.length - 1 ? 'blue' : 'green',
          children: (
            <>
              <strong>{t(`journey.actions.${s.action}`, { defaultValue: statusLabel(t, s.status) })}</strong> · {formatDateTime(s.at)}
              {i === passed.length - 1 && <Tag style={{ marginInlineStart: 8 }}>{t('journey.now')}</Tag>}
              <div className="tp-empty">{t(`journey.by.${s.actorRole}`, { defaultValue: s.actorRole })}</div>
              {s.reason && <div>{s.reason}</div>}
            </>
          ),
        }))}
      />
      {ahead.length > 0 && (
        <>
          <Typography.Title level={2} style={{ fontSize: 16 }}>
            {t('journey.ahead')}
          </Typography.Title>
          <Timeline
            items={ahead.map((s) => ({
              color: 'gray',
              children: (
                <>
                  <strong>{t(`journey.steps.${s.action}`, { defaultValue: statusLabel(t, s.status) })}</strong> · {s.expectedBy ? t('journey.expectedBy', { date: s.expectedBy }) : t('journey.noDate')}
                  {s.overdue && (
                    <Tag variant="solid" color="error" style={{ marginInlineStart: 8 }}>
                      {t('journey.overdue')}
                    </Tag>
                  )}
                  <div className="tp-empty">{t('journey.awaited', { who: t(`journey.awaitedBy.${AWAITED_BY[s.action] ?? 'office'}`) })}</div>
                </>
              ),
            }))}
          />
        </>
      )}
    </div>
  );
}

/** The time left until `deadline`, refreshed every 30 seconds. */
function useTimeLeft(deadline: string | null | undefined) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, []);
  if (!deadline) return null;
  return Math.max(0, new Date(deadline).getTime() - now);
}

/** A returned file: what to correct, by when (with the time left), and the way to the form and the resubmission. */
export function CorrectionNotice({ application, onEdit, onResubmit }: { application: Application; onEdit(): void; onResubmit(): void }) {
  const { t } = useTranslation();
  const left = useTimeLeft(application.correctionDeadline);
  const hours = left === null ? 0 : Math.floor(left / 3_600_000);
  const countdown =
    left === null ? null : left === 0 ? t('journey.correction.over') : hours >= 24 ? t('journey.correction.left', { days: Math.floor(hours / 24), hours: hours % 24 }) : t('journey.correction.leftHours', { hours, minutes: Math.floor((left % 3_600_000) / 60_000) });
  return (
    <Alert
      type="warning"
      showIcon
      title={t('journey.correction.title')}
      description={
        <div className="tp-stack">
          {application.statusReason && (
            <div>
              <strong>{t('journey.correction.reason')}:</strong> {application.statusReason}
            </div>
          )}
          {application.correctionDeadline && (
            <div>
              {t('journey.correction.deadline', { date: formatDateTime(application.correctionDeadline) })}{' '}
              <Tag variant="solid" color={left === 0 ? 'error' : 'warning'} role="timer" data-testid="correction-countdown">
                {countdown}
              </Tag>
            </div>
          )}
          <Space wrap>
            <Button onClick={onEdit}>{t('journey.correction.edit')}</Button>
            <Button type="primary" onClick={onResubmit} disabled={left === 0}>
              {t('journey.correction.resubmit')}
            </Button>
          </Space>
        </div>
      }
    />
  );
}

function AppealList({ appeals }: { appeals: Schemas['AppealDto'][] }) {
  const { t } = useTranslation();
  if (appeals.length === 0) return null;
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('journey.appeal.listTitle')}</Typography.Title>}>
      <List
        dataSource={appeals}
        renderItem={(a) => (
          <List.Item>
            <div className="tp-stack" style={{ width: '100%' }} data-testid="appeal">
              <Space wrap>
                <Tag variant="solid" color={a.status === 'open' ? 'processing' : a.outcome === 're_review' ? 'success' : 'default'}>{t(`journey.appeal.status.${a.status}`)}</Tag>
                {a.outcome && <strong>{t(`journey.appeal.outcome.${a.outcome}`)}</strong>}
              </Space>
              <Descriptions size="small" column={1}>
                <Descriptions.Item label={t('journey.appeal.lodgedAt')}>{formatDateTime(a.lodgedAt)}</Descriptions.Item>
                <Descriptions.Item label={t('journey.appeal.grounds')}>{a.grounds}</Descriptions.Item>
                {a.decidedAt && <Descriptions.Item label={t('journey.appeal.decidedAt')}>{formatDateTime(a.decidedAt)}</Descriptions.Item>}
                {a.decisionNote && <Descriptions.Item label={t('journey.appeal.decisionNote')}>{a.decisionNote}</Descriptions.Item>}
              </Descriptions>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}

/** The file's appeals, whatever its status now (an appeal granted sends it back to review). */
export function AppealsOfFile({ application }: { application: Application }) {
  const appeals = useQuery({
    queryKey: ['appeals', application.id, application.status],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/appeals', { params: { path: { id: application.id } } })),
  });
  return <AppealList appeals={appeals.data ?? []} />;
}

/** A rejected file: the stage and reason of the decision, the appeal deadline, and the appeal form while the window is open. */
export function RejectionPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ grounds: string }>();
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rejection = useQuery({
    queryKey: ['rejection', application.id, application.version],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/appeals/rejection', { params: { path: { id: application.id } } })),
  });
  const r = rejection.data?.rejection;

  async function lodge({ grounds }: { grounds: string }) {
    setSending(true);
    setError(null);
    try {
      await unwrap(api.POST('/api/v1/applications/{id}/appeals', { params: { path: { id: application.id } }, body: { grounds } }));
      message.success(t('journey.appeal.lodged'));
      form.resetFields();
      await queryClient.invalidateQueries({ queryKey: ['rejection', application.id] });
      await queryClient.invalidateQueries({ queryKey: ['appeals', application.id] });
    } catch (e) {
      setError(errorText(t, e));
    } finally {
      setSending(false);
    }
  }

  if (rejection.isLoading) return <Spin />;
  return (
    <div className="tp-stack">
      <Alert
        type="error"
        showIcon
        title={t('journey.rejection.title')}
        description={
          r ? (
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('journey.rejection.stage')}>{r.stage ? t(`journey.rejection.stages.${r.stage}`, { defaultValue: r.stage }) : t(`journey.actions.${r.action}`, { defaultValue: r.action })}</Descriptions.Item>
              {r.reason && <Descriptions.Item label={t('journey.rejection.reason')}>{r.reason}</Descriptions.Item>}
              <Descriptions.Item label={t('journey.rejection.decidedAt')}>{formatDateTime(r.decidedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('journey.rejection.appealBy')}>{formatDateTime(r.appealDeadline)}</Descriptions.Item>
            </Descriptions>
          ) : (
            application.statusReason
          )
        }
      />
      {r && r.appealed && <Alert type="info" showIcon title={t('journey.rejection.appealed')} />}
      {r && r.appealed && <EvidencePanel application={application} editable={false} appeal />}
      {r && !r.appealed && !r.windowOpen && <Alert type="warning" showIcon title={t('journey.rejection.windowClosed', { date: formatDateTime(r.appealDeadline) })} />}
      {r && !r.appealed && r.windowOpen && (
        <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('journey.appeal.title')}</Typography.Title>}>
          <Typography.Paragraph>{t('journey.appeal.intro')}</Typography.Paragraph>
          {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void lodge(v)}>
            <Form.Item label={t('journey.appeal.grounds')} name="grounds" rules={[{ required: true, whitespace: true, message: t('validation.required') }, { min: 10, message: t('journey.appeal.groundsMin') }]}>
              <Input.TextArea rows={6} maxLength={5000} showCount />
            </Form.Item>
            <Typography.Paragraph type="secondary">{t('journey.appeal.evidenceHelp')}</Typography.Paragraph>
            <EvidencePanel application={application} editable appeal />
            <Button type="primary" htmlType="submit" loading={sending}>
              {t('journey.appeal.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </div>
  );
}

/** An approved file's certificate (PDF and verification page), or a revoked one's reason and the bar on applying. */
export function CertificatePanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const details = useQuery({
    queryKey: ['certificate', application.id, application.status],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/certificate/details', { params: { path: { id: application.id } } })),
  });
  if (details.isLoading) return <Spin />;
  if (details.error) return <Alert type={details.error instanceof ApiError && details.error.status === 404 ? 'info' : 'error'} title={errorText(t, details.error)} />;
  const c = details.data!;
  if (c.status === 'revoked') {
    return (
      <Alert
        type="error"
        showIcon
        title={t('journey.certificate.revokedTitle')}
        description={
          <>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('journey.certificate.number')}>{c.number}</Descriptions.Item>
            {c.revokedOn && <Descriptions.Item label={t('journey.certificate.revokedOn')}>{c.revokedOn}</Descriptions.Item>}
            {c.revocationReason && <Descriptions.Item label={t('journey.certificate.revokedReason')}>{c.revocationReason}</Descriptions.Item>}
          </Descriptions>
          {/* The bar ends at midnight (Asia/Shanghai) starting that day. */}
          {c.barredUntil && <Typography.Paragraph strong>{t('journey.certificate.barredUntil', { date: dayjs(c.barredUntil).tz(DISPLAY_ZONE).format('YYYY-MM-DD') })}</Typography.Paragraph>}
          </>
        }
      />
    );
  }
  const path = new URL(c.verificationUrl, location.origin).pathname;
  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('journey.certificate.title')}</Typography.Title>}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('journey.certificate.number')}>{c.number}</Descriptions.Item>
        <Descriptions.Item label={t('journey.certificate.obtainedOn')}>{formatDate(c.obtainedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('journey.certificate.issuedOn')}>{formatDate(c.issuedOn)}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph>
        {t('journey.certificate.verifyHelp')} <Typography.Text code copyable>{c.verificationCode}</Typography.Text>
      </Typography.Paragraph>
      <Space wrap>
        <Button type="primary" onClick={() => void downloadFile(`/api/v1/applications/${application.id}/certificate`, `certificate-${c.number}.pdf`).catch((e) => message.error(errorText(t, e)))}>
          {t('journey.certificate.download')}
        </Button>
        <Link to={path}>{t('journey.certificate.verifyPage')}</Link>
      </Space>
    </Card>
  );
}

/** The exceptional route (破格): the file's flag, and how many of the recommendation letters it needs are uploaded. */
export function ExceptionalRoute({ application, editable, onSaved }: { application: Application; editable: boolean; onSaved(next: Application): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [saving, setSaving] = useState(false);
  const attachments = useQuery({
    queryKey: ['attachments', application.id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id: application.id } } })),
  });
  const eligibility = useQuery({
    queryKey: ['eligibility', application.id, application.version],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id: application.id } } })),
  });
  const required = (eligibility.data?.evidence as { required?: { kind: string; minCount: number }[] } | undefined)?.required ?? [];
  const needed = required.find((r) => r.kind === 'expert_recommendation')?.minCount ?? 2;
  const present = (attachments.data?.items ?? []).filter((a) => a.kind === 'expert_recommendation').length;

  async function toggle(on: boolean) {
    setSaving(true);
    try {
      const next = await unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id: application.id } }, body: { version: application.version, exceptionalRoute: on } }));
      onSaved(next);
      await queryClient.invalidateQueries({ queryKey: ['eligibility', application.id] });
      message.success(t('journey.exceptional.saved'));
    } catch (e) {
      message.error(errorText(t, e));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card size="small" title={<Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>{t('journey.exceptional.title')}</Typography.Title>}>
      <Typography.Paragraph>{t('journey.exceptional.text')}</Typography.Paragraph>
      <Space wrap align="center">
        <Switch id="exceptional-route" checked={application.exceptionalRoute} loading={saving} disabled={!editable} onChange={(on) => void toggle(on)} />
        <label htmlFor="exceptional-route">{t('journey.exceptional.switch')}</label>
      </Space>
      {application.exceptionalRoute && (
        <Alert
          style={{ marginTop: 12 }}
          type={present >= needed ? 'success' : 'warning'}
          showIcon
          title={t('journey.exceptional.letters', { present, needed })}
          action={
            editable && (
              <Button
                size="small"
                onClick={() => {
                  const input = document.getElementById('upload-expert_recommendation');
                  input?.scrollIntoView({ block: 'center' });
                  input?.focus();
                }}
              >
                {t('journey.exceptional.upload')}
              </Button>
            )
          }
        />
      )}
    </Card>
  );
}
