import { INestApplicationContext } from '@nestjs/common';
import { ApplicationExportsService } from '@app/applications';
import type { ApiClient } from './portal';

/** An export of the admin list as the API shows it. */
export interface ExportBody {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  format: 'csv' | 'xlsx';
  fileName: string;
  rowCount: number | null;
  sizeBytes: number | null;
  errorCode: string | null;
  expired: boolean;
  finishedAt: string | null;
  expiresAt: string | null;
}

/** The raw bytes of a download (ApiClient would decode them as text and lose the BOM). */
export async function downloadExport(admin: ApiClient, exportId: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const res = await fetch(`${admin.baseUrl}/api/v1/admin/applications/exports/${exportId}/download`, { headers: { authorization: `Bearer ${admin.token}` } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** Read an export back until the worker has finished it (done or failed); the worker must be running. */
export async function waitForExport(admin: ApiClient, exportId: string, timeoutMs = 60000): Promise<ExportBody> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    const res = await admin.get<ExportBody>(`/api/v1/admin/applications/exports/${exportId}`);
    if (res.status !== 200) throw new Error(`GET export answered ${res.status}: ${JSON.stringify(res.body)}`);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
  }
  throw new Error(`export ${exportId} did not finish in ${timeoutMs} ms`);
}

/**
 * An export as an admin makes it: request it (202), wait until done, download it. Without a
 * worker, pass `runIn` (the API's context): the export is made there by the worker's own call.
 * On anything but 202, `status` is the request's and `bytes` its error body.
 */
export async function exportAndDownload(
  admin: ApiClient,
  request: Record<string, unknown>,
  runIn?: INestApplicationContext,
): Promise<{ status: number; headers: Headers; bytes: Buffer; export: ExportBody }> {
  const res = await admin.post<ExportBody>('/api/v1/admin/applications/exports', request);
  if (res.status !== 202) return { status: res.status, headers: res.headers, bytes: Buffer.from(JSON.stringify(res.body)), export: res.body };
  if (runIn) await runIn.get(ApplicationExportsService).execute(res.body.id, true);
  const done = await waitForExport(admin, res.body.id);
  if (done.status !== 'done') throw new Error(`export ${done.id} ${done.status}: ${done.errorCode}`);
  return { ...(await downloadExport(admin, done.id)), export: done };
}
