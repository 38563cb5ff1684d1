import { queryOptions } from '@tanstack/react-query';
import { fetchBlob } from '../../api/client';
import type { ViewableEvidence } from '../../components/evidence-viewer';

/**
 * The unit's evidence routes (GET unit/files/:id/attachments and …/attachments/:attachmentId:
 * object-level, the unit's own files only, no identity documents, downloads audited). They are
 * added by the chain branch; until its API types are merged into schema.d.ts they are read
 * with the session's token directly. After the merge: api.GET('/api/v1/unit/files/{id}/attachments').
 */
export const unitEvidenceUrl = (fileId: string, evidenceId: string) => `/api/v1/unit/files/${encodeURIComponent(fileId)}/attachments/${encodeURIComponent(evidenceId)}`;

export interface UnitEvidence extends ViewableEvidence {
  sizeBytes: number;
  createdAt: string;
}

/** The evidence of a file addressed to the officer's unit, oldest first. */
export const unitEvidenceQuery = (fileId: string) =>
  queryOptions({
    queryKey: ['unit-file', fileId, 'evidence'],
    queryFn: async () => JSON.parse(await (await fetchBlob(`/api/v1/unit/files/${encodeURIComponent(fileId)}/attachments`)).text()) as { items: UnitEvidence[] },
  });
