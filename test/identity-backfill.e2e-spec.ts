import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle, IdentityBackfillService } from '@app/applications';
import { PiiCipher } from '@app/common';
import { AppConfig } from '@app/config';
import { PersonIdentity } from '@app/identity';
import { ApiClient, makeApplicant, makeOpenCycle, residentIdFor, submitFile, TestUser, usePortal } from '@app/testing';
import { runIdentityBackfill } from '../scripts/identity-backfill';

/**
 * The identity backfill (one person, one account for the accounts that filed before it):
 * binds each such account to the blind index of the number its files keep sealed, with the
 * running key; skips and records a number bound to another account; skips an account whose
 * files carry several numbers; idempotent; a dry run writes nothing.
 */
describe('the identity backfill for accounts that filed before one person, one account (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let otherCycle: Cycle;
  const db = () => portal.db();
  const persons = () => app.get(PersonIdentity);

  beforeAll(async () => {
    ({ app, api } = portal);
    cycle = await makeOpenCycle(app);
    otherCycle = await makeOpenCycle(app);
  });

  /** The state before the migration OnePersonOneAccount: neither the account nor its files carry the index. */
  async function asBeforeOnePerson(user: TestUser): Promise<void> {
    await db().query('UPDATE users SET identity_index = NULL, identity_bound_at = NULL WHERE id = $1', [user.id]);
    await db().query('UPDATE applications SET identity_index = NULL WHERE applicant_id = $1', [user.id]);
  }
  const indexOfUser = async (user: TestUser): Promise<string | null> => (await db().query('SELECT identity_index AS "index" FROM users WHERE id = $1', [user.id]))[0].index;
  const fileIndices = async (user: TestUser): Promise<(string | null)[]> =>
    (await db().query('SELECT identity_index AS "index" FROM applications WHERE applicant_id = $1 ORDER BY id', [user.id])).map((r: { index: string | null }) => r.index);

  it('binds the earlier accounts, skips and records the conflicts and the ambiguous, writes nothing when dry, and a second run finds nothing', async () => {
    // An earlier account with two files (two cycles) of its own number.
    const earlier = await makeApplicant(app, api);
    await submitFile(app, api, cycle, { user: earlier });
    await submitFile(app, api, otherCycle, { user: earlier });
    await asBeforeOnePerson(earlier);

    // An earlier account whose number a newer account has bound since (the newer one submitted after the upgrade).
    const older = await makeApplicant(app, api);
    const newer = await makeApplicant(app, api);
    await submitFile(app, api, cycle, { user: newer });
    const newerIndex = await indexOfUser(newer);
    await db().query('UPDATE users SET identity_index = NULL WHERE id = $1', [newer.id]);
    await db().query('UPDATE applications SET identity_index = NULL WHERE applicant_id = $1', [newer.id]);
    const olderFile = await submitFile(app, api, otherCycle, { user: older });
    const cipher = new PiiCipher(app.get(AppConfig).PII_ENCRYPTION_KEY);
    await db().query('UPDATE applications SET document_number_sealed = $1 WHERE id = $2', [cipher.seal(residentIdFor(newer.id)), olderFile.id]);
    await asBeforeOnePerson(older);
    await db().query('UPDATE users SET identity_index = $1 WHERE id = $2', [newerIndex, newer.id]);
    await db().query('UPDATE applications SET identity_index = $1 WHERE applicant_id = $2', [newerIndex, newer.id]);

    // An earlier account whose two files carry two different numbers.
    const mixed = await makeApplicant(app, api);
    await submitFile(app, api, cycle, { user: mixed });
    const mixedSecond = await submitFile(app, api, otherCycle, { user: mixed });
    await db().query('UPDATE applications SET document_number_sealed = $1 WHERE id = $2', [cipher.seal(residentIdFor(`${mixed.id}-other`)), mixedSecond.id]);
    await asBeforeOnePerson(mixed);

    // A dry run: the report, and nothing written.
    const dry = await app.get(IdentityBackfillService).run({ dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, accounts: 3, bound: 1, files: 2 });
    expect(dry.conflicts).toEqual([{ userId: older.id, boundUserId: newer.id, applicationId: olderFile.id }]);
    expect(dry.ambiguous).toEqual([{ userId: mixed.id, reason: 'several_numbers' }]);
    expect(await indexOfUser(earlier)).toBeNull();
    expect(await db().query('SELECT 1 FROM identity_conflicts WHERE refused_user_id = $1', [older.id])).toHaveLength(0);

    // The run, as the operator's script does it (a context of its own on the same database).
    const report = await runIdentityBackfill(portal.env);
    expect(report).toMatchObject({ dryRun: false, accounts: 3, bound: 1, alreadyBound: 0, files: 2 });
    expect(report.conflicts).toEqual([{ userId: older.id, boundUserId: newer.id, applicationId: olderFile.id }]);
    expect(report.ambiguous).toEqual([{ userId: mixed.id, reason: 'several_numbers' }]);

    // The earlier account is bound to the index a submission computes, and its files carry it.
    const expected = persons().indexOf(residentIdFor(earlier.id));
    expect(await indexOfUser(earlier)).toBe(expected);
    expect(await fileIndices(earlier)).toEqual([expected, expected]);
    const [audit] = await db().query("SELECT actor_id AS \"actorId\", data FROM audit_log WHERE action = 'user.identity_backfilled' AND entity_id = $1", [earlier.id]);
    expect(audit).toMatchObject({ actorId: null, data: { boundNow: true } });
    expect(JSON.stringify(audit)).not.toContain(residentIdFor(earlier.id));
    expect(JSON.stringify(audit)).not.toContain(expected);
    // The person's rules now hold for them: a second account with the same number is refused.
    const secondAccount = await makeApplicant(app, api);
    const standing = await db().transaction((m) => persons().standing(m, secondAccount.id, expected));
    expect(standing).toEqual({ kind: 'other', holderId: earlier.id });

    // The conflict is the office's to see; the older account stays unbound, as does the mixed one.
    expect(await db().query('SELECT bound_user_id AS "boundUserId", application_id AS "applicationId" FROM identity_conflicts WHERE refused_user_id = $1', [older.id])).toEqual([
      { boundUserId: newer.id, applicationId: olderFile.id },
    ]);
    expect(await indexOfUser(older)).toBeNull();
    expect(await indexOfUser(mixed)).toBeNull();
    expect(await fileIndices(mixed)).toEqual([null, null]);

    // Idempotent: the bound account is done; the skipped ones are reported again, the conflict counted once more, nothing else changes.
    const again = await app.get(IdentityBackfillService).run();
    expect(again).toMatchObject({ accounts: 2, bound: 0, files: 0 });
    expect(await indexOfUser(earlier)).toBe(expected);
  });

  it('indexes the earlier files of an account a later submission bound already', async () => {
    const user = await makeApplicant(app, api);
    await submitFile(app, api, cycle, { user });
    await db().query('UPDATE applications SET identity_index = NULL WHERE applicant_id = $1', [user.id]);
    const bound = await indexOfUser(user);
    expect(bound).not.toBeNull();
    const report = await app.get(IdentityBackfillService).run();
    expect(report).toMatchObject({ alreadyBound: 1, bound: 0 });
    expect(await fileIndices(user)).toEqual([bound]);
  });
});
