import { EntityManager } from 'typeorm';
import { runWithRequestOrigin } from '@app/common';
import { AuditRepository } from './audit.repository';
import { AuditService } from './audit.service';

describe('AuditService.record: the address', () => {
  const manager = {} as EntityManager;
  function setUp() {
    const entries = { insert: jest.fn().mockResolvedValue(undefined) };
    return { service: new AuditService(entries as unknown as AuditRepository), entries };
  }
  const base = { actorId: 'admin-1', action: 'user.updated', entityType: 'user', entityId: 'user-1' };

  it('while a request is handled: the request’s address and user agent, whatever the caller passes', async () => {
    const { service, entries } = setUp();
    await runWithRequestOrigin({ ip: '203.0.113.5', userAgent: 'Probe/1' }, async () => {
      await service.record(manager, base);
      await service.record(manager, { ...base, ip: '10.9.9.9' });
    });
    for (const [, row] of entries.insert.mock.calls) expect(row).toMatchObject({ ip: '203.0.113.5', userAgent: 'Probe/1' });
  });

  it('outside a request (the worker): the address the job passes, else none; never a user agent', async () => {
    const { service, entries } = setUp();
    await service.record(manager, { ...base, ip: '198.51.100.2' });
    await service.record(manager, base);
    expect(entries.insert.mock.calls.map(([, row]) => [row.ip, row.userAgent])).toEqual([
      ['198.51.100.2', null],
      [null, null],
    ]);
  });
});
