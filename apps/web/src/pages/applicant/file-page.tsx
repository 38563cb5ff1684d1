import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Grid, Input, Result, Spin, Tabs, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { type ApplicationStatus, levelLabel, specialtyLabel, STATUS_COLORS, statusLabel } from '../../components/labels';
import { formSections, SectionForm, sectionErrors, type FormData, type SectionHint } from '../../components/schema-form';
import { isEmptyPatch, mergePatch } from '../../components/merge-patch';
import { formatDateTime, localized } from '../../i18n';
import { EvidencePanel } from './evidence-tab';
import { EligibilityPanel } from './eligibility-tab';
import { Receipt } from './receipt';
import { ResendVerificationButton } from './verify-email-banner';
import { useDocumentTitle } from '../../layout/document-title';
import { AppealsOfFile, CertificatePanel, CorrectionNotice, ExceptionalRoute, RejectionPanel, TimelinePanel } from './journey';

type Application = Schemas['ApplicationDto'];
type Problem = { path?: string; code: string; message: string };

const AUTOSAVE_MS = 1500;
/** The statuses the workflow lets an applicant withdraw from (the API's `withdraw` transition: before the committee vote). */
const WITHDRAWABLE_STATUSES: readonly ApplicationStatus[] = ['draft', 'submitted', 'returned', 'in_review', 'reviewed'];

/**
 * Autosave of the form data: each change is sent as a JSON merge patch against the last
 * version the server confirmed, with that `version`. A 409 STALE_VERSION (the file changed in
 * another tab or device) is never overwritten silently: the applicant chooses to reload theirs
 * or keep this one (re-sent on top of the current version).
 */
function useAutosave(application: Application | undefined, onSaved: (a: Application) => void) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const saved = useRef<{ data: FormData; version: number } | null>(null);
  const [local, setLocal] = useState<FormData>({});
  const [state, setState] = useState<'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'stale'>('idle');
  const [problems, setProblems] = useState<Problem[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const localRef = useRef<FormData>({});

  useEffect(() => {
    if (application && (!saved.current || application.version > saved.current.version)) {
      saved.current = { data: application.data as FormData, version: application.version };
      localRef.current = application.data as FormData;
      setLocal(application.data as FormData);
    }
  }, [application]);

  const save = useCallback(async () => {
    if (!application || !saved.current) return;
    const patch = mergePatch(saved.current.data, localRef.current) as FormData;
    if (isEmptyPatch(patch)) {
      setState('saved');
      return;
    }
    setState('saving');
    try {
      const next = await unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id: application.id } }, body: { version: saved.current.version, data: patch as never } }));
      saved.current = { data: next.data as FormData, version: next.version };
      setProblems([]);
      setState('saved');
      onSaved(next);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'STALE_VERSION') {
        setState('stale');
        modal.confirm({
          title: t('autosave.staleTitle'),
          content: t('autosave.staleText'),
          okText: t('autosave.keepMine'),
          cancelText: t('autosave.reload'),
          onOk: async () => {
            const current = await unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id: application.id } } }));
            saved.current = { data: current.data as FormData, version: current.version };
            await save();
          },
          onCancel: async () => {
            const current = await unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id: application.id } } }));
            saved.current = { data: current.data as FormData, version: current.version };
            localRef.current = current.data as FormData;
            setLocal(current.data as FormData);
            setState('saved');
            onSaved(current);
          },
        });
      } else {
        setProblems(e instanceof ApiError ? (e.problems as Problem[]) : []);
        setState('error');
      }
    }
  }, [application, modal, onSaved, t]);

  const change = useCallback(
    (section: string, value: unknown) => {
      localRef.current = { ...localRef.current, [section]: value };
      setLocal(localRef.current);
      setState('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
    },
    [save],
  );

  return { local, state, problems, change, saveNow: save };
}

function AutosaveStatus({ state }: { state: string }) {
  const { t } = useTranslation();
  const color = state === 'error' || state === 'stale' ? 'error' : state === 'saved' ? 'success' : 'default';
  return (
    <Tag variant="solid" color={color} role="status" aria-live="polite">
      {t(`autosave.${state}`)}
    </Tag>
  );
}

function HistoryPanel({ application }: { application: Application }) {
  const { t } = useTranslation();
  const history = useQuery({
    queryKey: ['history', application.id, application.version, application.status],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/history', { params: { path: { id: application.id } } })),
  });
  const items = (history.data ?? []) as { action: string; toStatus: string; reason?: string | null; at: string }[];
  return (
    <Timeline
      items={items.map((h) => ({
        children: (
          <>
            <strong>{statusLabel(t, h.toStatus)}</strong> · {formatDateTime(h.at)}
            {h.reason && <div>{h.reason}</div>}
          </>
        ),
      }))}
    />
  );
}

export function FilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const queryClient = useQueryClient();
  const [chosenTab, setTab] = useState<string | null>(null);
  // Section tabs beside the form on wide screens, above it on a phone.
  const wide = Grid.useBreakpoint().md ?? true;
  const [section, setSection] = useState<string | null>(null);
  const [declaration, setDeclaration] = useState(false);
  const [submitProblems, setSubmitProblems] = useState<Problem[]>([]);
  const [receipt, setReceipt] = useState<Application | null>(null);

  const file = useQuery({ queryKey: ['application', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })) });
  const application = file.data;
  const form = useQuery({
    queryKey: ['cycle-form', application?.cycleId, application?.level],
    enabled: !!application,
    queryFn: () => unwrap(api.GET('/api/v1/cycles/{id}/form', { params: { path: { id: application!.cycleId }, query: { level: application!.level } } })),
  });
  const onSaved = useCallback((next: Application) => queryClient.setQueryData(['application', id], next), [queryClient, id]);
  const autosave = useAutosave(application, onSaved);

  // A file withdrawn (or ended) before submission has no number and is no longer a draft either.
  const heading = application ? (application.referenceNumber ?? (application.status === 'draft' ? t('files.draftNoNumber') : t('designer.noNumber'))) : null;
  useDocumentTitle(receipt ? t('receipt.title') : heading);

  if (file.isLoading) return <Spin />;
  if (file.error || !application) return <Result status="warning" title={errorText(t, file.error)} />;
  const editable = application.status === 'draft' || application.status === 'returned';
  // A file the applicant can no longer edit opens on where it stands.
  const tab = chosenTab ?? (editable ? 'form' : 'progress');
  const schema = (form.data?.schema ?? {}) as Record<string, unknown>;
  const sections: SectionHint[] = form.data ? formSections(schema, form.data.uiHints as never) : [];
  const current = section ?? sections[0]?.key;
  const problems = [...autosave.problems, ...submitProblems];

  async function submit() {
    setSubmitProblems([]);
    await autosave.saveNow();
    try {
      const submitted = await unwrap(api.POST('/api/v1/applications/{id}/submit', { params: { path: { id } }, body: { declarationAccepted: declaration } }));
      setReceipt(submitted);
      onSaved(submitted);
      // The receipt reaches the inbox through the outbox and the worker, a moment after the commit.
      for (const ms of [1500, 4000, 8000]) window.setTimeout(() => void queryClient.invalidateQueries({ queryKey: ['unread-count'] }), ms);
    } catch (e) {
      if (e instanceof ApiError && e.problems.length) setSubmitProblems(e.problems as Problem[]);
      else message.error(errorText(t, e));
    }
  }

  function goTo(problem: Problem) {
    const path = problem.path ?? '';
    if (path.startsWith('/')) {
      setTab('form');
      setSection(path.split('/')[1]);
    } else if (path.startsWith('attachments.')) setTab('evidence');
    else if (path.startsWith('eligibility.')) setTab('eligibility');
    else setTab('submit');
  }

  function withdraw() {
    let reason = '';
    modal.confirm({
      title: t('withdraw.title'),
      content: (
        <div>
          <p>{t('withdraw.text')}</p>
          <label htmlFor="withdraw-reason">{t('withdraw.reason')}</label>
          <Input.TextArea id="withdraw-reason" rows={3} onChange={(e) => (reason = e.target.value)} />
        </div>
      ),
      okText: t('withdraw.confirm'),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          onSaved(await unwrap(api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } }, body: { reason } })));
        } catch (e) {
          message.error(errorText(t, e));
          throw e;
        }
      },
    });
  }

  if (receipt) return <Receipt receipt={receipt} onClose={() => setReceipt(null)} />;

  return (
    <div className="tp-stack">
      <Typography.Title level={1}>
        {heading} <Tag variant="solid" color={STATUS_COLORS[application.status]}>{statusLabel(t, application.status)}</Tag>
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, md: 3 }}>
        <Descriptions.Item label={t('fields.level')}>{levelLabel(t, application.level)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.specialty')}>{specialtyLabel(t, application.specialty)}</Descriptions.Item>
        <Descriptions.Item label={t('files.updated')}>{formatDateTime(application.updatedAt)}</Descriptions.Item>
        {application.statusReason && <Descriptions.Item label={t('files.reason')}>{application.statusReason}</Descriptions.Item>}
        {application.correctionDeadline && <Descriptions.Item label={t('files.correctionDeadline')}>{formatDateTime(application.correctionDeadline)}</Descriptions.Item>}
      </Descriptions>
      <div className="tp-page-actions">
        {editable && <AutosaveStatus state={autosave.state} />}
        {WITHDRAWABLE_STATUSES.includes(application.status) && (
          <Button danger onClick={withdraw}>
            {t('withdraw.button')}
          </Button>
        )}
      </div>
      {/* Where the designer's journey stands: correction, rejection and appeal, certificate. */}
      {application.status === 'returned' && <CorrectionNotice application={application} onEdit={() => setTab('form')} onResubmit={() => setTab('submit')} />}
      {application.status === 'rejected' && <RejectionPanel application={application} />}
      {(application.status === 'approved' || application.status === 'revoked') && <CertificatePanel application={application} />}
      <AppealsOfFile application={application} />
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('problems.title', { count: problems.length })}
          description={
            <ul>
              {problems.map((p, i) => (
                <li key={i}>
                  {p.code === 'EMAIL_NOT_VERIFIED' ? (
                    <>
                      {p.message} <ResendVerificationButton />
                    </>
                  ) : (
                    <Button type="link" size="small" onClick={() => goTo(p)}>
                      {p.message}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'form',
            label: t('fileTabs.form'),
            children: form.isLoading ? (
              <Spin />
            ) : (
              <div>
                <Tabs
                  tabPosition={wide ? 'left' : 'top'}
                  activeKey={current}
                  onChange={setSection}
                  items={sections.map((s) => ({
                    key: s.key,
                    label: localized(s.label),
                    children: (
                      <SectionForm
                        schema={schema}
                        section={s}
                        data={autosave.local[s.key]}
                        errors={sectionErrors(problems, s.key)}
                        readonly={!editable}
                        onChange={(value) => autosave.change(s.key, value)}
                      />
                    ),
                  }))}
                />
              </div>
            ),
          },
          {
            key: 'evidence',
            label: t('fileTabs.evidence'),
            children: (
              <div className="tp-stack">
                <ExceptionalRoute application={application} editable={editable} onSaved={onSaved} />
                <EvidencePanel application={application} editable={editable} />
              </div>
            ),
          },
          { key: 'eligibility', label: t('fileTabs.eligibility'), children: <EligibilityPanel application={application} /> },
          {
            key: 'submit',
            label: t('fileTabs.submit'),
            children: editable ? (
              <Card>
                <Typography.Paragraph>{t('declaration.text')}</Typography.Paragraph>
                <Checkbox checked={declaration} onChange={(e) => setDeclaration(e.target.checked)}>
                  {t('declaration.accept')}
                </Checkbox>
                <div style={{ marginTop: 16 }}>
                  <Button type="primary" onClick={() => void submit()}>
                    {application.status === 'returned' ? t('submit.resubmit') : t('submit.button')}
                  </Button>
                </div>
              </Card>
            ) : (
              <Alert type="info" title={t('submit.notEditable', { status: statusLabel(t, application.status) })} />
            ),
          },
          { key: 'progress', label: t('journey.tab'), children: <TimelinePanel application={application} /> },
          { key: 'history', label: t('fileTabs.history'), children: <HistoryPanel application={application} /> },
        ]}
      />
    </div>
  );
}
