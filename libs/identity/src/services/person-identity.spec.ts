import type { DataSource, EntityManager } from 'typeorm';
import type { AuditService } from '@app/audit';
import type { AppConfig } from '@app/config';
import { Clock } from '@app/common';
import { IdentityBindingsRepository } from './identity-bindings.repository';
import { normaliseDocumentNumber, PersonIdentity } from './person-identity.service';
import type { UserDirectory } from './user-directory';

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const NUMBER = '11010519491231002X';

function service(bindings: Partial<IdentityBindingsRepository> = {}) {
  const dataSource = { transaction: (work: (m: EntityManager) => unknown) => work({} as EntityManager) } as unknown as DataSource;
  const audit = { record: jest.fn() } as unknown as AuditService;
  const directory = { forget: jest.fn() } as unknown as UserDirectory;
  const clock = { now: () => new Date('2026-12-06T10:00:00Z') } as Clock;
  const persons = new PersonIdentity(dataSource, bindings as IdentityBindingsRepository, directory, audit, clock, { PII_ENCRYPTION_KEY: KEY } as AppConfig);
  return { persons, audit };
}

describe('PersonIdentity', () => {
  it('indexes the number however it is spelt (spaces, a lower-case x), never as the number itself', () => {
    const { persons } = service();
    expect(normaliseDocumentNumber(' 110105 19491231002x ')).toBe(NUMBER);
    const index = persons.indexOf(NUMBER);
    expect(index).toMatch(/^[0-9a-f]{64}$/);
    expect(persons.indexOf('110105 19491231002x')).toBe(index);
    expect(persons.indexOf('110105194912310021')).not.toBe(index);
    expect(index).not.toContain('1949');
  });

  it('says where an account stands: bound to this number, to another, unbound, or the number held by another account', async () => {
    const mine = 'a'.repeat(64);
    const theirs = 'b'.repeat(64);
    const m = {} as EntityManager;
    const standing = (bound: string | null, holder: string | null, index: string) =>
      service({ indexOf: async () => bound, holderOf: async () => holder }).persons.standing(m, 'me', index);
    expect(await standing(mine, 'me', mine)).toEqual({ kind: 'bound' });
    expect(await standing(mine, 'me', theirs)).toEqual({ kind: 'mismatch' });
    expect(await standing(null, null, mine)).toEqual({ kind: 'unbound' });
    expect(await standing(null, 'other', mine)).toEqual({ kind: 'other', holderId: 'other' });
  });

  it('binds an unbound account; a bound one keeps its number (a mismatch when it differs)', async () => {
    const m = {} as EntityManager;
    const index = 'c'.repeat(64);
    expect(await service({ bind: async () => true }).persons.bind(m, 'me', index)).toBe('bound');
    expect(await service({ bind: async () => false, indexOf: async () => index }).persons.bind(m, 'me', index)).toBe('bound');
    expect(await service({ bind: async () => false, indexOf: async () => 'd'.repeat(64) }).persons.bind(m, 'me', index)).toBe('mismatch');
  });

  it('tells the database refusing a second account the number from any other unique violation', () => {
    const { persons } = service();
    expect(persons.isBoundElsewhere({ driverError: { code: '23505', constraint: 'users_identity_index_key' } })).toBe(true);
    expect(persons.isBoundElsewhere({ driverError: { code: '23505', constraint: 'users_email_key' } })).toBe(false);
  });

  it('corrects with an audit entry showing the new number masked only; never the admin’s own account', async () => {
    const rebind = jest.fn(async () => true);
    const { persons, audit } = service({ indexOf: async () => 'e'.repeat(64), holderOf: async () => null, rebind });
    const view = await persons.correct('admin', 'user', { documentNumber: NUMBER, reason: 'typo at first submission' });
    expect(view).toEqual({ userId: 'user', identityBound: true, identityBoundAt: new Date('2026-12-06T10:00:00Z'), documentNumberMasked: '1101**********002X' });
    expect(rebind).toHaveBeenCalledWith(expect.anything(), 'user', persons.indexOf(NUMBER), expect.any(Date));
    const recorded = (audit.record as jest.Mock).mock.calls[0][1];
    expect(recorded).toMatchObject({ action: 'user.identity_corrected', entityId: 'user', data: { reason: 'typo at first submission', wasBound: true, changed: true } });
    expect(JSON.stringify(recorded)).not.toContain(NUMBER);

    await expect(persons.correct('admin', 'admin', { documentNumber: null, reason: 'mine' })).rejects.toMatchObject({ code: 'USER_NOT_FOUND' });
    await expect(
      service({ indexOf: async () => null, holderOf: async () => 'someone-else' }).persons.correct('admin', 'user', { documentNumber: NUMBER, reason: 'x' }),
    ).rejects.toMatchObject({ code: 'IDENTITY_BOUND_TO_OTHER_ACCOUNT' });
  });
});
