import { useState } from 'react';
import { Alert, App, Button, Card, List, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, downloadFile, unwrap, uploadWithProgress, type Schemas } from '../../api/client';
import { errorText } from '../../components/problems';
import { evidenceLabel } from '../../components/labels';

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
] as const satisfies readonly EvidenceKind[];
const EVERY_KIND_LISTED: [Exclude<EvidenceKind, (typeof EVIDENCE_KINDS)[number]>] extends [never] ? true : never = true;
void EVERY_KIND_LISTED;
const ACCEPTED = { 'application/pdf': ['.pdf'], 'image/jpeg': ['.jpg', '.jpeg'], 'image/png': ['.png'] } as Record<string, string[]>;

export function EvidencePanel({ application, editable }: { application: Application; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const list = useQuery({
    queryKey: ['attachments', application.id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/attachments', { params: { path: { id: application.id } } })),
  });
  const [progress, setProgress] = useState<Record<string, number>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const limits = list.data?.limits;

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
      await queryClient.invalidateQueries({ queryKey: ['attachments', application.id] });
      await queryClient.invalidateQueries({ queryKey: ['eligibility', application.id] });
    } catch (e) {
      setErrors((x) => ({ ...x, [kind]: errorText(t, e) }));
    } finally {
      setProgress((p) => {
        const { [kind]: _, ...rest } = p;
        return rest;
      });
    }
  }

  async function remove(attachmentId: string) {
    await unwrap(api.DELETE('/api/v1/applications/{id}/attachments/{attachmentId}', { params: { path: { id: application.id, attachmentId } } }));
    await queryClient.invalidateQueries({ queryKey: ['attachments', application.id] });
    await queryClient.invalidateQueries({ queryKey: ['eligibility', application.id] });
  }

  return (
    <div className="tp-stack">
      <Typography.Paragraph>{limits && t('evidencePanel.limits', { mb: Math.floor(limits.maxFileBytes / 1048576) })}</Typography.Paragraph>
      {EVIDENCE_KINDS.map((kind) => {
        const files = (list.data?.items ?? []).filter((a) => a.kind === kind);
        const inputId = `upload-${kind}`;
        return (
          <Card key={kind} size="small" title={evidenceLabel(t, kind)}>
            <List
              size="small"
              dataSource={files}
              locale={{ emptyText: <span className="tp-empty">{t('evidencePanel.none')}</span> }}
              renderItem={(a) => (
                <List.Item
                  actions={[
                    <Button key="dl" size="small" type="link" onClick={() => void downloadFile(`/api/v1/applications/${application.id}/attachments/${a.id}`, a.originalName)}>
                      {t('evidencePanel.download')}
                    </Button>,
                    editable && (
                      <Button key="rm" size="small" danger type="link" onClick={() => void remove(a.id)}>
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
    </div>
  );
}

