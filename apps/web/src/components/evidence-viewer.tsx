import { useEffect, useState } from 'react';
import { Alert, Button, Modal, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile, fetchBlob } from '../api/client';
import { evidenceLabel } from './labels';

/** One uploaded evidence file as the viewers need it. */
export interface ViewableEvidence {
  id: string;
  kind: string;
  originalName: string;
  mediaType: string;
}

/**
 * Fetches one evidence file with the session's token and shows it inline: a PDF in a frame,
 * an image as an image (the type the server detected, so each gets what its bytes are).
 * `url`: the protected download address of the file.
 */
export function EvidencePreview({ url, evidence }: { url: string; evidence: ViewableEvidence }) {
  const { t } = useTranslation();
  const [objectUrl, setObjectUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let revoked = false;
    let made: string | null = null;
    setObjectUrl(null);
    setError(null);
    fetchBlob(url)
      .then((blob) => {
        if (revoked) return;
        made = URL.createObjectURL(new Blob([blob], { type: evidence.mediaType }));
        setObjectUrl(made);
      })
      .catch(() => setError(t('errors.unexpected')));
    return () => {
      revoked = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [url, evidence.mediaType, t]);
  if (error) return <Alert type="error" title={error} />;
  if (!objectUrl) return <Spin />;
  return evidence.mediaType === 'application/pdf' ? (
    <>
      <iframe className="tp-evidence-frame" src={objectUrl} title={evidence.originalName} data-testid="evidence-frame" />
      <Typography.Paragraph type="secondary">{t('reviewer.evidence.pdfFallback')}</Typography.Paragraph>
    </>
  ) : (
    <img className="tp-evidence-image" src={objectUrl} alt={evidence.originalName} data-testid="evidence-image" />
  );
}

/** The viewer as a dialog (the reviewer's evidence tab): the file inline, a download, close. */
export function EvidenceViewer({ urlOf, evidence, onClose }: { urlOf: (evidence: ViewableEvidence) => string; evidence: ViewableEvidence | null; onClose: () => void }) {
  const { t } = useTranslation();
  const download = evidence ? () => void downloadFile(urlOf(evidence), evidence.originalName) : undefined;
  return (
    <Modal
      open={evidence !== null}
      title={evidence ? `${evidenceLabel(t, evidence.kind)}: ${evidence.originalName}` : t('reviewer.evidence.viewer')}
      onCancel={onClose}
      width="min(960px, 96vw)"
      footer={[
        <Button key="dl" onClick={download}>
          {t('reviewer.evidence.download')}
        </Button>,
        <Button key="close" type="primary" onClick={onClose}>
          {t('reviewer.evidence.close')}
        </Button>,
      ]}
    >
      {evidence && <EvidencePreview url={urlOf(evidence)} evidence={evidence} />}
    </Modal>
  );
}
