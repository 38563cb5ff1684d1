import { Readable } from 'stream';
import { ManualClock } from '@app/common';
import type { ApplicationExport } from '../entities/application-export.entity';
import { ApplicationExportsService, EXPORT_FAILED_CODE, EXPORT_REQUEUE_AFTER_MS } from './application-exports.service';

/** The service's rules with its collaborators stubbed; the e2e (test/export) runs it for real, with the worker. */
describe('ApplicationExportsService', () => {
  const now = new Date('2026-12-01T08:00:00Z');
  const row = (over: Partial<ApplicationExport> = {}): ApplicationExport =>
    ({
      id: 'exp-1',
      requestedBy: 'admin-1',
      format: 'csv',
      locale: 'en',
      filter: { cycleId: 'cycle-1', submittedFrom: '2026-01-01T00:00:00.000Z' },
      status: 'queued',
      attempts: 0,
      fileName: 'applications-2026-12-01.csv',
      rowCount: null,
      sizeBytes: null,
      storageKey: null,
      errorCode: null,
      requestedAt: now,
      startedAt: null,
      finishedAt: null,
      expiresAt: null,
      ...over,
    }) as ApplicationExport;

  function make(found: ApplicationExport | null = row(), overrides: { enqueue?: jest.Mock; write?: jest.Mock; claim?: jest.Mock; finish?: jest.Mock } = {}) {
    const repo = {
      insertQueued: jest.fn().mockResolvedValue('exp-1'),
      findById: jest.fn().mockResolvedValue(found),
      claim: overrides.claim ?? jest.fn().mockResolvedValue(true),
      finish: overrides.finish ?? jest.fn().mockResolvedValue(true),
      recordFailure: jest.fn().mockResolvedValue(undefined),
      queuedBefore: jest.fn().mockResolvedValue(['exp-1', 'exp-2']),
      expiredBy: jest.fn().mockResolvedValue([{ id: 'exp-9', storage_key: 'ab/cd/key' }]),
      forgetFile: jest.fn().mockResolvedValue(undefined),
    };
    const files = { open: jest.fn().mockReturnValue({ stream: Readable.from(['a']), contentType: 'text/csv', fileName: 'x.csv', rows: () => 42 }) };
    const storage = {
      write: overrides.write ?? jest.fn().mockResolvedValue({ key: 'ab/cd/new', sizeBytes: 1234, sha256: 'h' }),
      read: jest.fn().mockReturnValue(Readable.from(['bytes'])),
      remove: jest.fn().mockResolvedValue(undefined),
    };
    const producer = { enqueue: overrides.enqueue ?? jest.fn().mockResolvedValue({}) };
    const audit = { record: jest.fn().mockResolvedValue(undefined) };
    const dataSource = { transaction: (work: (m: object) => Promise<unknown>) => work({}) };
    const service = new ApplicationExportsService(dataSource as never, repo as never, files as never, storage as never, producer as never, audit as never, { EXPORT_RETENTION_HOURS: 24 } as never, new ManualClock(now));
    return { service, repo, files, storage, producer, audit };
  }

  it('records and audits a request, then queues it under the export’s own job id', async () => {
    const { service, repo, audit, producer } = make();
    await expect(service.request({ id: 'admin-1' }, { cycleId: 'cycle-1' }, 'csv', 'en')).resolves.toMatchObject({ id: 'exp-1', status: 'queued' });
    expect(repo.insertQueued).toHaveBeenCalledWith({}, expect.objectContaining({ requestedBy: 'admin-1', format: 'csv', fileName: 'applications-2026-12-01.csv' }));
    expect(audit.record).toHaveBeenCalledWith({}, expect.objectContaining({ action: 'applications.exported', entityId: 'cycle-1', data: expect.objectContaining({ exportId: 'exp-1' }) }));
    expect(producer.enqueue).toHaveBeenCalledWith('applications.export', { exportId: 'exp-1' }, { jobId: 'application-export-exp-1' });
  });

  it('keeps a request whose job cannot be queued (Redis down): queued, for the schedule', async () => {
    const { service } = make(row(), { enqueue: jest.fn().mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:6379')) });
    await expect(service.request({ id: 'admin-1' }, {}, 'xlsx', 'zh-CN')).resolves.toMatchObject({ status: 'queued' });
  });

  it('shows an export to its requester only (404 for another admin)', async () => {
    const { service } = make();
    await expect(service.get({ id: 'admin-1' }, 'exp-1')).resolves.toMatchObject({ id: 'exp-1' });
    await expect(service.get({ id: 'admin-2' }, 'exp-1')).rejects.toMatchObject({ code: 'EXPORT_NOT_FOUND', status: 404 });
    await expect(service.download({ id: 'admin-2' }, 'exp-1')).rejects.toMatchObject({ code: 'EXPORT_NOT_FOUND' });
  });

  it('refuses a download while queued or running (409), failed (409) and once expired (410); audits each download', async () => {
    for (const status of ['queued', 'running'] as const) {
      await expect(make(row({ status })).service.download({ id: 'admin-1' }, 'exp-1')).rejects.toMatchObject({ code: 'EXPORT_NOT_READY', status: 409 });
    }
    await expect(make(row({ status: 'failed', errorCode: EXPORT_FAILED_CODE })).service.download({ id: 'admin-1' }, 'exp-1')).rejects.toMatchObject({ code: 'EXPORT_FAILED', status: 409 });
    const done = { status: 'done' as const, storageKey: 'ab/cd/key', sizeBytes: 5, rowCount: 1 };
    const atTheLimit = make(row({ ...done, expiresAt: now }));
    await expect(atTheLimit.service.download({ id: 'admin-1' }, 'exp-1')).rejects.toMatchObject({ code: 'EXPORT_EXPIRED', status: 410 });
    await expect(make(row({ ...done, storageKey: null, expiresAt: new Date(now.getTime() + 1000) })).service.download({ id: 'admin-1' }, 'exp-1')).rejects.toMatchObject({ status: 410 });
    const fresh = make(row({ ...done, expiresAt: new Date(now.getTime() + 1000) }));
    await expect(fresh.service.download({ id: 'admin-1' }, 'exp-1')).resolves.toMatchObject({ contentType: 'text/csv; charset=utf-8', fileName: 'applications-2026-12-01.csv', sizeBytes: 5 });
    expect(fresh.storage.read).toHaveBeenCalledWith('ab/cd/key');
    expect(fresh.audit.record).toHaveBeenCalledWith({}, expect.objectContaining({ action: 'applications.export_downloaded', entityId: 'exp-1' }));
  });

  it('writes the file through the store, with the filter’s dates revived, and marks it done with rows and size', async () => {
    const { service, files, repo } = make();
    await expect(service.execute('exp-1', false)).resolves.toEqual({ rowCount: 42, sizeBytes: 1234 });
    expect(files.open).toHaveBeenCalledWith('admin-1', { cycleId: 'cycle-1', submittedFrom: new Date('2026-01-01T00:00:00.000Z') }, 'csv', 'en', 'applications-2026-12-01.csv');
    expect(repo.finish).toHaveBeenCalledWith('exp-1', { rowCount: 42, sizeBytes: 1234, storageKey: 'ab/cd/new' }, 24);
  });

  it('does nothing for an export done or failed already (a duplicate job)', async () => {
    const { service, storage } = make(row({ status: 'done' }), { claim: jest.fn().mockResolvedValue(false) });
    await expect(service.execute('exp-1', false)).resolves.toBeNull();
    expect(storage.write).not.toHaveBeenCalled();
  });

  it('records a failure with its code, failed only on the final attempt', async () => {
    const write = jest.fn().mockRejectedValue(new Error('bucket unreachable'));
    const { service, repo } = make(row(), { write });
    await expect(service.execute('exp-1', false)).rejects.toThrow('bucket unreachable');
    expect(repo.recordFailure).toHaveBeenLastCalledWith('exp-1', EXPORT_FAILED_CODE, false);
    await expect(service.execute('exp-1', true)).rejects.toThrow('bucket unreachable');
    expect(repo.recordFailure).toHaveBeenLastCalledWith('exp-1', EXPORT_FAILED_CODE, true);
  });

  it('removes the written file when the export cannot be marked done (no object without its row)', async () => {
    const lost = make(row(), { finish: jest.fn().mockResolvedValue(false) });
    await expect(lost.service.execute('exp-1', false)).resolves.toBeNull();
    expect(lost.storage.remove).toHaveBeenCalledWith('ab/cd/new');
    const broken = make(row(), { finish: jest.fn().mockRejectedValue(new Error('connection lost')) });
    await expect(broken.service.execute('exp-1', true)).rejects.toThrow('connection lost');
    expect(broken.storage.remove).toHaveBeenCalledWith('ab/cd/new');
  });

  it('queues again the exports left queued past a minute, under their job ids; removes expired files and forgets their keys', async () => {
    const { service, repo, producer, storage } = make();
    await expect(service.requeueStale(now)).resolves.toBe(2);
    expect(repo.queuedBefore).toHaveBeenCalledWith(new Date(now.getTime() - EXPORT_REQUEUE_AFTER_MS), 100);
    expect(producer.enqueue).toHaveBeenCalledWith('applications.export', { exportId: 'exp-2' }, { jobId: 'application-export-exp-2' });
    await expect(service.purgeExpired(now)).resolves.toBe(1);
    expect(repo.expiredBy).toHaveBeenCalledWith(now, 100);
    expect(storage.remove).toHaveBeenCalledWith('ab/cd/key');
    expect(repo.forgetFile).toHaveBeenCalledWith('exp-9', 'ab/cd/key');
  });
});
