import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Descriptions, Grid, Input, Modal, Result, Select, Spin, Tabs, Tag, Timeline, Typography } from 'antd';
import { useBlocker, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, unwrap, type Schemas } from '../../api/client';
import { errorText, isNetworkError, problemText } from '../../components/problems';
import { dropDraft, keepDraft, readDrafts, sortDrafts, withoutPointers } from '../../components/local-draft';
import { useSession } from '../../auth/session';
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
 * What the server refuses (an invalid field) is left out and the rest saved; what it has not
 * confirmed (refused or offline) waits in this browser's local draft (local-draft.ts) and comes
 * back on a reload. Offline, the save is retried every few seconds and when the browser is back online.
 */
function useAutosave(application: Application | undefined, onSaved: (a: Application) => void) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const session = useSession();
  const saved = useRef<{ data: FormData; version: number } | null>(null);
  const [local, setLocal] = useState<FormData>({});
  const [state, setState] = useState<AutosaveState>('idle');
  const [problems, setProblems] = useState<Problem[]>([]);
  const timer = useRef<number | undefined>(undefined);
  const localRef = useRef<FormData>({});
  const [staleDrafts, setStaleDrafts] = useState<Record<string, unknown> | null>(null);
  const fileId = application?.id;

  useEffect(() => {
    if (application && (!saved.current || application.version > saved.current.version)) {
      const first = !saved.current;
      saved.current = { data: application.data as FormData, version: application.version };
      let data = application.data as FormData;
      const editable = application.status === 'draft' || application.status === 'returned';
      if (first && editable) {
        // A new file opens with the signed-in designer's name and e-mail (saved with the first edit).
        const identity = (data.identity ?? {}) as Record<string, unknown>;
        const user = session.user;
        if (user && !identity.fullName && !identity.email) data = { ...data, identity: { ...identity, fullName: user.fullName, email: user.email } };
        // Text typed here before a reload that the server never confirmed: on this version, saved
        // at once; on an older one (the file changed elsewhere since), only if the applicant says so.
        const { current, stale } = sortDrafts(readDrafts(application.id), application.version);
        if (Object.keys(current).length) {
          data = { ...data, ...(current as FormData) };
          setState('pending');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void saveRef.current(), 0);
        }
        if (Object.keys(stale).length) setStaleDrafts(stale);
      }
      localRef.current = data;
      setLocal(data);
    }
  }, [application, session.user]);

  const save = useCallback(async () => {
    if (!application || !saved.current) return;
    window.clearTimeout(timer.current);
    let patch = mergePatch(saved.current.data, localRef.current) as FormData;
    if (isEmptyPatch(patch)) {
      setState('saved');
      return;
    }
    setState('saving');
    let refused: Problem[] = [];
    try {
      // Up to three tries: each leaves out the fields the server refused, so the valid ones are saved.
      for (let attempt = 0; attempt < 3 && !isEmptyPatch(patch); attempt++) {
        try {
          const next: Application = await unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id: application.id } }, body: { version: saved.current.version, data: patch } }));
          saved.current = { data: next.data as FormData, version: next.version };
          onSaved(next);
          break;
        } catch (e) {
          if (!(e instanceof ApiError) || isNetworkError(e) || !e.problems.length || e.code === 'STALE_VERSION') throw e;
          refused = e.problems as Problem[];
          const pointers = refused.map((p) => p.path ?? '').filter((p) => p.startsWith('/'));
          const rest = withoutPointers(patch, pointers) as FormData;
          if (!pointers.length || JSON.stringify(rest) === JSON.stringify(patch)) break;
          patch = rest;
        }
      }
      // Sections the server now holds as typed need no local copy; the others keep theirs, now
      // on top of the version this save made (it was ours, not a change from elsewhere).
      const drafted = readDrafts(application.id);
      for (const section of Object.keys(localRef.current)) {
        if (sameData(saved.current.data[section], localRef.current[section])) dropDraft(application.id, section);
        else if (section in drafted) keepDraft(application.id, section, localRef.current[section], saved.current.version);
      }
      setProblems(refused);
      setState(refused.length ? 'error' : 'saved');
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
            for (const section of Object.keys(readDrafts(application.id))) dropDraft(application.id, section);
            setLocal(current.data as FormData);
            setState('saved');
            onSaved(current);
          },
        });
      } else if (isNetworkError(e)) {
        // Not the applicant's fault and nothing to mark: said as such, and tried again.
        setState('offline');
        timer.current = window.setTimeout(() => void saveRef.current(), OFFLINE_RETRY_MS);
      } else {
        setProblems(e instanceof ApiError ? (e.problems as Problem[]) : []);
        setState('error');
      }
    }
  }, [application, modal, onSaved, t]);
  const saveRef = useRef(save);
  saveRef.current = save;

  useEffect(() => {
    const retry = () => state === 'offline' && void saveRef.current();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [state]);

  const change = useCallback(
    (section: string, value: unknown) => {
      localRef.current = { ...localRef.current, [section]: value };
      if (fileId && saved.current) keepDraft(fileId, section, value, saved.current.version);
      setLocal(localRef.current);
      setState((s) => (s === 'offline' ? s : 'pending'));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void saveRef.current(), AUTOSAVE_MS);
    },
    [fileId],
  );

  // Unsaved text from before the file changed elsewhere: restored (and saved on top) or dropped, as the applicant says.
  useEffect(() => {
    if (!staleDrafts || !fileId) return;
    setStaleDrafts(null);
    modal.confirm({
      title: t('autosave.olderDraftTitle'),
      content: t('autosave.olderDraftText'),
      okText: t('autosave.restoreOlder'),
      cancelText: t('autosave.discardOlder'),
      onOk: () => {
        for (const [section, value] of Object.entries(staleDrafts)) change(section, value);
      },
      onCancel: () => {
        for (const section of Object.keys(staleDrafts)) dropDraft(fileId, section);
      },
    });
  }, [staleDrafts, fileId, modal, t, change]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  return { local, state, problems, change, saveNow: save, unsaved: UNSAVED_STATES.includes(state) };
}

/** Equal as data: objects key by key (the server may order keys differently), anything else as JSON. */
function sameData(a: unknown, b: unknown): boolean {
  const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
  return isObject(a) && isObject(b) ? isEmptyPatch(mergePatch(a, b)) : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'stale' | 'offline';
const UNSAVED_STATES: readonly AutosaveState[] = ['pending', 'saving', 'error', 'stale', 'offline'];
const OFFLINE_RETRY_MS = 5000;

/**
 * Warns before leaving with unsaved changes: the browser's own prompt on a reload or a closed
 * tab (beforeunload), a confirmation on a link inside the app (react-router's blocker).
 * The typed text survives either way in the local draft; the warning says it is not on the server yet.
 */
function useLeaveWarning(unsaved: boolean) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  useEffect(() => {
    if (blocker.state !== 'blocked') return;
    modal.confirm({
      title: t('autosave.leaveTitle'),
      content: t('autosave.leaveText'),
      okText: t('autosave.leave'),
      cancelText: t('autosave.stay'),
      onOk: () => blocker.proceed(),
      onCancel: () => blocker.reset(),
    });
  }, [blocker, modal, t]);
}

function AutosaveStatus({ state, onRetry }: { state: string; onRetry: () => void }) {
  const { t } = useTranslation();
  const color = state === 'error' || state === 'stale' ? 'error' : state === 'offline' ? 'warning' : state === 'saved' ? 'success' : 'default';
  return (
    <>
      <Tag variant="solid" color={color} role="status" aria-live="polite">
        {t(`autosave.${state}`)}
      </Tag>
      {state === 'offline' && (
        <Button size="small" onClick={onRetry}>
          {t('autosave.retry')}
        </Button>
      )}
    </>
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

/**
 * Withdrawing asks for a reason: an empty one is refused on its field here (the API refuses it
 * too), and a refusal is shown on the dialog, never thrown out of it as a page error.
 */
function WithdrawButton({ id, onSaved }: { id: string; onSaved: (a: Application) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function confirm() {
    if (!reason.trim()) {
      setError(t('withdraw.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      onSaved(await unwrap(api.POST('/api/v1/applications/{id}/withdraw', { params: { path: { id } }, body: { reason: reason.trim() } })));
      setOpen(false);
    } catch (e) {
      const onField = e instanceof ApiError ? e.problems.find((p) => p.path === 'reason') : undefined;
      setError(onField ? problemText(t, onField) : errorText(t, e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button danger onClick={() => setOpen(true)}>
        {t('withdraw.button')}
      </Button>
      <Modal open={open} title={t('withdraw.title')} okText={t('withdraw.confirm')} okButtonProps={{ danger: true, loading: busy }} onOk={() => void confirm()} onCancel={() => setOpen(false)} destroyOnHidden>
        <p>{t('withdraw.text')}</p>
        <label htmlFor="withdraw-reason">{t('withdraw.reason')}</label>
        <Input.TextArea
          id="withdraw-reason"
          rows={3}
          value={reason}
          status={error ? 'error' : undefined}
          aria-invalid={!!error}
          aria-describedby={error ? 'withdraw-reason-error' : undefined}
          onChange={(e) => {
            setReason(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <div id="withdraw-reason-error" role="alert" className="ant-form-item-explain-error">
            {error}
          </div>
        )}
      </Modal>
    </>
  );
}

export function FilePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
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
  useLeaveWarning(autosave.unsaved);

  // A file withdrawn (or ended) before submission has no number and is no longer a draft either.
  const heading = application ? (application.referenceNumber ?? (application.status === 'draft' ? t('files.draftNoNumber') : t('designer.noNumber'))) : null;
  useDocumentTitle(receipt ? t('receipt.title') : heading);

  if (file.isLoading) return <Spin />;
  if (file.error || !application) return <Result status="warning" title={errorText(t, file.error)} />;
  const editable = application.status === 'draft' || application.status === 'returned';
  // A file the applicant can no longer edit opens on where it stands.
  const tab = chosenTab ?? (editable ? 'form' : 'progress');
  const schema = (form.data?.schema ?? {}) as Record<string, unknown>;
  const sections: SectionHint[] = form.data ? formSections(schema, form.data.uiHints) : [];
  const current = section ?? sections[0]?.key;
  // Every refusal in the page's language, on its field (the API words them in the account's language).
  const problems = [...autosave.problems, ...submitProblems].map((p) => ({ ...p, message: problemText(t, p) }));

  const sectionForm = (s: SectionHint) => (
    <SectionForm
      schema={schema}
      section={s}
      data={autosave.local[s.key]}
      errors={sectionErrors(problems, s.key)}
      readonly={!editable}
      onChange={(value) => autosave.change(s.key, value)}
    />
  );

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
        {editable && <AutosaveStatus state={autosave.state} onRetry={() => void autosave.saveNow()} />}
        {WITHDRAWABLE_STATUSES.includes(application.status) && (
          <WithdrawButton id={id} onSaved={onSaved} />
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
                    <Button type="link" size="small" className="tp-problem-link" onClick={() => goTo(p)}>
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
                {wide ? (
                  <Tabs
                    tabPosition="left"
                    activeKey={current}
                    onChange={setSection}
                    items={sections.map((s) => ({
                      key: s.key,
                      label: localized(s.label),
                      children: sectionForm(s),
                    }))}
                  />
                ) : (
                  // A phone: the sections from a picker. Ten tabs in a row overflow into antd's "more"
                  // menu, which sits inside the tab list (an axe violation) and hides most sections.
                  <div className="tp-stack">
                    <div>
                      <label htmlFor="tp-section-picker">{t('fileTabs.section')}</label>
                      <Select
                        id="tp-section-picker"
                        style={{ width: '100%' }}
                        value={current}
                        onChange={setSection}
                        options={sections.map((s) => ({ value: s.key, label: localized(s.label) }))}
                      />
                    </div>
                    {sections.filter((s) => s.key === current).map((s) => (
                      <div key={s.key}>{sectionForm(s)}</div>
                    ))}
                  </div>
                )}
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
