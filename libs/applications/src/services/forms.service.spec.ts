import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@app/audit';
import { SystemClock } from '@app/common';
import { buildDefaultForm } from '../domain';
import { FormVersion } from '../entities/form-version.entity';
import { FormsService } from './forms.service';

describe('FormsService.validator', () => {
  const published = { id: 'f1', status: 'published', schema: buildDefaultForm('intermediate').schema } as unknown as FormVersion;

  function service() {
    // The pool's own manager must never be used by a caller inside a transaction:
    // a second connection per request deadlocks the pool under load.
    const poolManager = { findOne: jest.fn().mockRejectedValue(new Error('used a second pool connection')) };
    const dataSource = { manager: poolManager } as unknown as DataSource;
    return { forms: new FormsService(dataSource, {} as AuditService, new SystemClock()), poolManager };
  }

  it('loads the form through the caller’s transaction manager', async () => {
    const { forms, poolManager } = service();
    const txManager = { findOne: jest.fn().mockResolvedValue(published) } as unknown as EntityManager;
    const compiled = await forms.validator('f1', txManager);
    expect(compiled.validateDraft({})).toEqual([]);
    expect(poolManager.findOne).not.toHaveBeenCalled();
  });

  it('compiles a published version once, even for concurrent first callers', async () => {
    const { forms } = service();
    const findOne = jest.fn().mockResolvedValue(published);
    const txManager = { findOne } as unknown as EntityManager;
    const [a, b] = await Promise.all([forms.validator('f1', txManager), forms.validator('f1', txManager)]);
    expect(a).toBe(b);
    await forms.validator('f1', txManager);
    expect(findOne).toHaveBeenCalledTimes(1);
  });

  it('forgets a failed load so the next call can retry', async () => {
    const { forms } = service();
    const failing = { findOne: jest.fn().mockRejectedValue(new Error('boom')) } as unknown as EntityManager;
    await expect(forms.validator('f1', failing)).rejects.toThrow('boom');
    const ok = { findOne: jest.fn().mockResolvedValue(published) } as unknown as EntityManager;
    await expect(forms.validator('f1', ok)).resolves.toBeDefined();
  });
});
