import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, List, Modal, Progress, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, downloadFile, unwrap, uploadWithProgress, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { evidenceLabel } from '../../components/labels';
import type { EvidenceStatus } from './eligibility-tab';

type Application = Schemas['ApplicationDto'];

type EvidenceKind = Schemas['EvidenceRequirementDto']['kind'];
/**
 * The upload cards, in the order the page shows them. The kinds are the API's (the generated
 * types): a kind listed here that the API lacks, or one the API adds, fails the typecheck.
 */
const EVIDENCE_KINDS = [
  'identity_document',
  'degree_certificate',
  'title_certificate',
  'employer_recommendation',
  'employer_internal_notice',
  'portfolio',
  'continuing_education_proof',
  'entrustment_letter',
  'expert_recommendation',
  'appeal_evidence',
] as const satisfies readonly EvidenceKind[];
/** Evidence added to a rejected file for its appeal: uploaded from the appeal form, not the file's own evidence tab. */
const APPEAL_KIND = 'appeal_evidence';
const EVERY_KIND_LISTED: [Exclude<EvidenceKind, (typeof EVIDENCE_KINDS)[number]>] extends [never] ? true : never = true;
void EVERY_KIND_LISTED;
const ACCEPTED = { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] } as Record<string, string[]>;

type Attachment = { id: string; kind: string; originalName: string; mediaType: string; sizeBytes: number };

/** Fetches one of the applicant's own files with the session's token and shows it: a PDF in a frame, an image as an image. */
function EvidencePreview({ applicationId, attachment, onClose }: { applicationId: string; attachment: Attachment | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!attachment) return;
    let closed = false;
    let objectUrl: string | null = null;
    setUrl(null);
    setError(null);
    api
      .GET('/api/v1/applications/{id}/attachments/{attachmentId}', { params: { path: { id: applicationId, attachmentId: attachment.id } }, parseAs: 'blob' })
      .then(({ data, response }) => {
        if (!response.ok || !data) throw new Error(String(response.status));
        if (closed) return;
        // Typed by what the server detected in the bytes, not by the file's name.
        objectUrl = URL.createObjectURL(new Blob([data as Blob], { type: attachment.mediaType }));
        setUrl(objectUrl);
      })
      .catch(() => setError(t('errors.unexpected')));
    return () => {
      closed = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachment, applicationId, t]);
  return (
    <Modal
      open={attachment !== null}
      title={attachment ? `${evidenceLabel(t, attachment.kind)}: ${attachment.originalName}` : t('evidencePanel.preview')}
      onCancel={onClose}
      width="min(960px, 96vw)"
      footer={[
        <Button key="dl" onClick={() => attachment && void downloadFile(`/api/v1/applications/${applicationId}/attachments/${attachment.id}`, attachment.originalName)}>
          {t('evidencePanel.download')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('evidencePanel.close')}
        </Button>,
      ]}
    >
      {error && <Alert type="error" title={error} />}
      {!url && !error && <Spin />}
      {url && attachment?.mediaType === 'application/pdf' && (
        <>
          <iframe className="tp-evidence-frame" src={url} title={attachment.originalName} data-testid="evidence-frame" />
          <Typography.Paragraph type="secondary">{t('evidencePanel.pdfFallback')}</Typography.Paragraph>
        </>
      )}
      {url && attachment && attachment.mediaType !== 'application/pdf' && <img className="tp-evidence-image" src={url} alt={attachment.originalName} data-testid="evidence-image" />}
    </Modal>
  );
}

/**
 * The evidence of one file: a card per kind, the kinds this file must carry first (from the
 * eligibility report's evidence rules: level, cross-provincial employer, exceptional route),
 * each marked required with its minimum, the others marked optional.
 */
export function EvidencePanel({ application, editable, appeal = false }: { application: Application; editable: boolean; appeal?: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['attachments', application.id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id: application.id } } })),
  });
  // The same query (and key) as the eligibility tab: one request serves both.
  const report = useQuery({
    queryKey: ['eligibility', application.id, application.version],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id: application.id } } })),
    enabled: !appeal,
  });
  const required = new Map(((report.data?.evidence as unknown as EvidenceStatus | undefined)?.required ?? []).map((r) => [r.kind, r.minCount]));
  // The appeal form shows only appeal evidence; the file's tab its own kinds, and appeal evidence once there is some.
  const hasAppealEvidence = (list.data?.items ?? []).some((a) => a.kind === APPEAL_KIND);
  const fileKinds = EVIDENCE_KINDS.filter((k) => k !== APPEAL_KIND || hasAppealEvidence);
  const kinds = appeal ? [APPEAL_KIND] : report.data ? [...fileKinds.filter((k) => required.has(k)), ...fileKinds.filter((k) => !required.has(k))] : fileKinds;
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [preview, setPreview] = useState<Attachment | null>(null);
  const limits = list.data?.limits;

  const refresh = () =>
    Promise.all([queryClient.invalidateQueries({ queryKey: ['attachments', application.id] }), queryClient.invalidateQueries({ queryKey: ['eligibility', application.id] })]);

  async function upload(kind: string, file: File) {
    setErrors((e) => ({ ...e, [kind]: '' }));
    // Checked here to spare a pointless upload; the API checks the content again and has the last word.
    const extension = file.name.slice(file.name.lastIndexOf('.')).toLowerCase();
    const accepted = limits?.acceptedMediaTypes ?? Object.keys(ACCEPTED);
    if (!accepted.some((type) => type === file.type || ACCEPTED[type]?.includes(extension))) {
      setErrors((e) => ({ ...e, [kind]: t('evidencePanel.wrongType') }));
      return;
    }
    if (limits && file.size > limits.maxFileBytes) {
      setErrors((e) => ({ ...e, [kind]: t('evidencePanel.tooLarge', { mb: Math.floor(limits.maxFileBytes / 1048576) }) }));
      return;
    }
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', file);
    setProgress((p) => ({ ...p, [kind]: 0 }));
    try {
      await uploadWithProgress(`/api/v1/applications/${application.id}/attachments`, form, (percent) => setProgress((p) => ({ ...p, [kind]: percent })));
      message.success(t('evidencePanel.uploaded', { name: file.name }));
      await refresh();
    } catch (e) {
      setErrors((x) => ({ ...x, [kind]: duplicateText(e) ?? errorText(t, e) }));
    } finally {
      setProgress((p) => {
        const { [kind]: _, ...rest } = p;
        return rest;
      });
    }
  }

  /** The API names the copy already there (409 DUPLICATE_ATTACHMENT): say where it is. */
  function duplicateText(e: unknown): string | null {
    if (!(e instanceof ApiError) || e.code !== 'DUPLICATE_ATTACHMENT') return null;
    const details = e.body.details as unknown as { kind?: string; originalName?: string } | undefined;
    return t('evidencePanel.duplicate', { name: details?.originalName ?? '', kind: evidenceLabel(t, details?.kind ?? '') });
  }

  function remove(a: Attachment) {
    modal.confirm({
      title: t('evidencePanel.removeTitle'),
      content: t('evidencePanel.removeText', { name: a.originalName, kind: evidenceLabel(t, a.kind) }),
      okText: t('evidencePanel.remove'),
      okButtonProps: { danger: true },
      cancelText: t('evidencePanel.keep'),
      onOk: async () => {
        try {
          await unwrap(api.DELETE('/api/v1/applications/{id}/attachments/{attachmentId}', { params: { path: { id: application.id, attachmentId: a.id } } }));
          await refresh();
        } catch (e) {
          message.error(errorText(t, e));
        }
      },
    });
  }

  return (
    <div className="tp-stack">
      <Typography.Paragraph>{limits && t('evidencePanel.limits', { mb: Math.floor(limits.maxFileBytes / 1048576) })}</Typography.Paragraph>
      {report.data && !appeal && <Typography.Paragraph>{t('evidencePanel.requiredIntro')}</Typography.Paragraph>}
      {kinds.map((kind) => {
        const files = (list.data?.items ?? []).filter((a) => a.kind === kind);
        const inputId = `upload-${kind}`;
        const minCount = required.get(kind);
        return (
          <Card
            key={kind}
            size="small"
            data-testid={`evidence-${kind}`}
            title={
              <span>
                {evidenceLabel(t, kind)}{' '}
                {report.data &&
                  !appeal &&
                  (minCount !== undefined ? (
                    <Tag color="red" variant="outlined">
                      {minCount > 1 ? t('evidencePanel.requiredAtLeast', { n: minCount }) : t('evidencePanel.required')}
                    </Tag>
                  ) : (
                    <Tag variant="outlined">{t('evidencePanel.optional')}</Tag>
                  ))}
              </span>
            }
          >
            <List
              size="small"
              dataSource={files}
              locale={{ emptyText: <span className="tp-empty">{t('evidencePanel.none')}</span> }}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button key="view" size="small" type="link" onClick={() => setPreview(a)} aria-label={`${t('evidencePanel.preview')}: ${a.originalName}`}>
                      {t('evidencePanel.preview')}
                    </Button>,
                    <Button key="dl" size="small" type="link" onClick={() => void downloadFile(`/api/v1/applications/${application.id}/attachments/${a.id}`, a.originalName)}>
                      {t('evidencePanel.download')}
                    </Button>,
                    editable && (
                      <Button key="rm" size="small" danger type="link" onClick={() => remove(a)} aria-label={`${t('evidencePanel.remove')}: ${a.originalName}`}>
                        {t('evidencePanel.remove')}
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  {a.originalName} ({Math.ceil(a.sizeBytes / 1024)} KB)
                </List.Item>
              )}
            />
            {editable && (
              <div style={{ marginTop: 8 }}>
                <label htmlFor={inputId}>{t('evidencePanel.choose', { kind: evidenceLabel(t, kind) })}</label>{' '}
                <input
                  id={inputId}
                  type="file"
                  accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
                  onChange={(event) => {
                    const file = event.target.files?.[0];
                    event.target.value = '';
                    if (file) void upload(kind, file);
                  }}
                />
                {progress[kind] !== undefined && <Progress percent={progress[kind]} size="small" aria-label={t('evidencePanel.progress')} />}
                {errors[kind] && <Alert type="error" showIcon role="alert" title={errors[kind]} style={{ marginTop: 8 }} />}
              </div>
            )}
          </Card>
        );
      })}
      <EvidencePreview applicationId={application.id} attachment={preview} onClose={() => setPreview(null)} />
    </div>
  );
}
