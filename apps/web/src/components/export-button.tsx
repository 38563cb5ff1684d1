import { useState } from 'react';
import { Alert, Button, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, downloadFile, Schemas, unwrap } from '../api/client';
import { errorText } from './problems';
import { currentLanguage } from '../i18n';

type ExportRequest = Schemas['RequestApplicationsExportDto'];
type ExportFormat = ExportRequest['format'];

/** The admin list's filter and sort as the list page queries them (the export takes the same, typed alike). */
export type ListFilter = Omit<ExportRequest, 'format' | 'lang' | 'sort'> & { sort?: ExportRequest['sort'] };

/** The export request for the list's filter: the same filter and order (the list's default order when none is chosen), in the page's language. */
function exportRequest(filter: ListFilter, format: ExportFormat): ExportRequest {
  return { ...filter, sort: filter.sort ?? 'createdAt', format, lang: currentLanguage() };
}

const POLL_MS = 1500;

/**
 * Export the current list as CSV or XLSX. The export is made by the worker: the button asks for
 * it, the status is read back while it is queued or running, and the download is offered once
 * it is done (until it expires).
 */
export function ExportButton({ filter, format }: { filter: ListFilter; format: ExportFormat }) {
  const { t } = useTranslation();
  const [exportId, setExportId] = useState<string | null>(null);
  const request = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/admin/applications/exports', { body: exportRequest(filter, format) })),
    onSuccess: (created) => setExportId(created.id),
  });
  const current = useQuery({
    queryKey: ['application-export', exportId],
    enabled: exportId !== null,
    queryFn: () => unwrap(api.GET('/api/v1/admin/applications/exports/{id}', { params: { path: { id: exportId ?? '' } } })),
    refetchInterval: (query) => (query.state.data && (query.state.data.status === 'done' || query.state.data.status === 'failed') ? false : POLL_MS),
  });
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const job = current.data;
  const pending = request.isPending || (exportId !== null && (!job || job.status === 'queued' || job.status === 'running'));
  const error = request.error ?? current.error ?? downloadError;

  return (
    <Space direction="vertical" size="small">
      <Space>
        <Button onClick={() => request.mutate()} loading={request.isPending} disabled={pending}>
          {t('exportJob.request', { format: format.toUpperCase() })}
        </Button>
        {pending && exportId !== null && (
          <span role="status" aria-live="polite">
            <Spin size="small" /> {t(job?.status === 'running' ? 'exportJob.running' : 'exportJob.queued')}
          </span>
        )}
        {job?.status === 'done' && !job.expired && (
          <Button
            type="primary"
            onClick={() => {
              setDownloadError(null);
              downloadFile(`/api/v1/admin/applications/exports/${job.id}/download`, job.fileName).catch(setDownloadError);
            }}
          >
            {t('exportJob.download', { rows: job.rowCount ?? 0 })}
          </Button>
        )}
      </Space>
      {job?.status === 'done' && job.expired && <Alert type="warning" title={t('exportJob.expired')} />}
      {job?.status === 'failed' && <Alert type="error" title={t('exportJob.failed')} />}
      {error !== null && <Alert type="error" title={errorText(t, error)} />}
    </Space>
  );
}
