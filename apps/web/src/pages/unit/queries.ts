import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/**
 * The unit's evidence routes (GET unit/files/:id/attachments and …/attachments/:attachmentId):
 * object-level, the unit's own files only, no identity documents, downloads audited.
 */
export const unitEvidenceUrl = (fileId: string, evidenceId: string) => `/api/v1/unit/files/${encodeURIComponent(fileId)}/attachments/${encodeURIComponent(evidenceId)}`;

/** The evidence of a file addressed to the officer's unit, oldest first. */
export const unitEvidenceQuery = (fileId: string) =>
  queryOptions({
    queryKey: ['unit-file', fileId, 'evidence'],
    queryFn: () => unwrap(api.GET('/api/v1/unit/files/{id}/attachments', { params: { path: { id: fileId } } })),
  });
