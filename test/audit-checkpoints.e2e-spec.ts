import { createPublicKey, generateKeyPairSync, verify } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { signCheckpoint } from '@app/audit';
import { parseAuditSigningKey } from '@app/config';
import { JobProducer, ScheduleRunner } from '@app/queue';
import { ApiClient, ConfigOverrides, eventually, ownerQuery, TestUser, uniqueEmail, usePortal } from '@app/testing';

describe('signed audit checkpoints (e2e)', () => {
  const portal = usePortal({ worker: true, env: { AUDIT_CHECKPOINT_INTERVAL_SECONDS: '3600' } });
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  let worker: INestApplicationContext;
  let admin: TestUser;
  const db = () => app.get(DataSource);
  const dir = () => env.AUDIT_CHECKPOINT_DIR!;
  const files = () => (fs.existsSync(dir()) ? fs.readdirSync(dir()).filter((n) => n.endsWith('.json')).sort() : []);
  const read = (name: string) => JSON.parse(fs.readFileSync(path.join(dir(), name), 'utf8'));
  const checkpointNow = () => worker.get(ScheduleRunner).runNow('audit-checkpoints');

  beforeAll(async () => {
    ({ app, api, admin, worker, env } = portal);
  });

  async function verify() {
    const res = await admin.client.get('/api/v1/admin/audit/verify');
    expect(res.status).toBe(200);
    return res.body;
  }

  /** Three new audit entries (failed logins are audited). */
  async function moreEntries(): Promise<void> {
    for (let i = 0; i < 3; i++) expect((await api.post('/api/v1/auth/login', { email: uniqueEmail('nobody'), password: 'not the password 123' })).status).toBe(401);
  }

  it('the worker signs the chain head with the key from the configuration and writes it outside the database, on the configured schedule', async () => {
    const queue = worker.get(JobProducer).queueFor('scheduler.run');
    const scheduler = await eventually(() => queue.getJobScheduler('audit-checkpoints'));
    expect(Number(scheduler.every)).toBe(3600 * 1000);
    // A scheduler with `every` ticks at once; wait for that tick (the chain may have been empty then) so it races with nothing below.
    await eventually(async () => (await queue.getCompleted()).some((job) => job.data.scheduleKey === 'audit-checkpoints'));

    const before = files().length;
    await moreEntries();
    expect(await checkpointNow()).toBe(1);
    expect(files()).toHaveLength(before + 1);
    const name = files()[before];
    const checkpoint = read(name);
    const { head } = await verify();
    expect(checkpoint).toMatchObject({ format: 'title-portal.audit-checkpoint.v1', seq: head.seq, hash: head.hash, count: head.seq, signedAt: expect.any(String) });
    // An Ed25519 signature over the claim, checkable with the public key alone.
    const publicKey = createPublicKey(parseAuditSigningKey(env.AUDIT_SIGNING_KEY!)!);
    const signed = JSON.stringify([checkpoint.format, checkpoint.seq, checkpoint.hash, checkpoint.count, checkpoint.signedAt, checkpoint.keyId]);
    expect(verify_(signed, checkpoint.signature, publicKey)).toBe(true);
    // No copy of it in the database.
    const [{ n }] = await ownerQuery(db(), `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE '%checkpoint%'`);
    expect(n).toBe(0);

    // Nothing new: nothing signed again. New entries: a new checkpoint of the new head.
    expect(await checkpointNow()).toBe(0);
    await moreEntries();
    expect(await checkpointNow()).toBe(1);
    expect(files()).toHaveLength(before + 2);
    const result = await verify();
    expect(result).toMatchObject({ valid: true, firstBroken: null, checkpoints: { checked: before + 2, problems: [], newest: { seq: result.head.seq, hash: result.head.hash } } });
  });

  it('a forged or altered checkpoint is reported', async () => {
    const [first] = files();
    const genuine = read(first);
    const otherKey = generateKeyPairSync('ed25519').privateKey;
    const forged = signCheckpoint({ seq: '999999', hash: 'f'.repeat(64), count: '999999', signedAt: new Date().toISOString() }, otherKey);
    const altered = { ...genuine, hash: 'e'.repeat(64) };
    const forgedName = `checkpoint-${'9'.repeat(20)}-20990101T000000000Z.json`;
    const alteredName = `checkpoint-${genuine.seq.padStart(20, '0')}-20990101T000000001Z.json`;
    fs.writeFileSync(path.join(dir(), forgedName), JSON.stringify(forged));
    fs.writeFileSync(path.join(dir(), alteredName), JSON.stringify(altered));
    try {
      const result = await verify();
      expect(result.valid).toBe(false);
      expect(result.firstBroken).toBeNull();
      expect(result.checkpoints.problems).toEqual(
        expect.arrayContaining([
          { file: forgedName, seq: '999999', problem: 'SIGNATURE_INVALID', expected: null, actual: null },
          { file: alteredName, seq: genuine.seq, problem: 'SIGNATURE_INVALID', expected: null, actual: null },
        ]),
      );
      expect(result.checkpoints.problems).toHaveLength(2);
    } finally {
      fs.rmSync(path.join(dir(), forgedName));
      fs.rmSync(path.join(dir(), alteredName));
    }
    expect(await verify()).toMatchObject({ valid: true });
  });

  it('the worker signs nothing once the chain was changed since its last checkpoint', async () => {
    await moreEntries();
    const [victim] = await db().query('SELECT id::text, seq::text, data FROM audit_log ORDER BY seq DESC LIMIT 1');
    const before = files();
    await ownerQuery(db(), 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    try {
      await ownerQuery(db(), 'UPDATE audit_log SET data = $1::jsonb WHERE id = $2', [JSON.stringify({ ...victim.data, slipped: true }), victim.id]);
      await expect(checkpointNow()).rejects.toMatchObject({ code: 'AUDIT_CHAIN_BROKEN' });
      expect(files()).toEqual(before);
    } finally {
      await ownerQuery(db(), 'UPDATE audit_log SET data = $1::jsonb WHERE id = $2', [JSON.stringify(victim.data), victim.id]);
      await ownerQuery(db(), 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    }
  });

  it('a tail cut off past the newest checkpoint is reported, and so is a tail cut off and written again', async () => {
    await moreEntries();
    expect(await checkpointNow()).toBe(1);
    const newest = files()[files().length - 1];
    const checkpoint = read(newest);
    const keep = String(Number(checkpoint.seq) - 2);

    // The owner, with the guard off, removes the last entries: the chain left is consistent in itself.
    await ownerQuery(db(), 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
    try {
      await ownerQuery(db(), 'DELETE FROM audit_log WHERE seq > $1', [keep]);
    } finally {
      await ownerQuery(db(), 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
    }
    const truncated = await verify();
    expect(truncated).toMatchObject({ valid: false, firstBroken: null, head: { seq: keep } });
    expect(truncated.checkpoints.problems).toEqual([{ file: newest, seq: checkpoint.seq, problem: 'CHAIN_TRUNCATED', expected: checkpoint.seq, actual: keep }]);

    // New entries fill the positions again (chained by the trigger): the checkpointed position now holds another entry.
    await moreEntries();
    const rewritten = await verify();
    expect(rewritten).toMatchObject({ valid: false, firstBroken: null });
    expect(rewritten.checkpoints.problems).toEqual([{ file: newest, seq: checkpoint.seq, problem: 'ENTRY_CHANGED', expected: checkpoint.hash, actual: expect.stringMatching(/^[0-9a-f]{64}$/) }]);
    // And the worker refuses to vouch for it.
    await expect(checkpointNow()).rejects.toMatchObject({ code: 'AUDIT_CHAIN_BROKEN' });
  });
});

function verify_(text: string, signature: string, publicKey: ReturnType<typeof createPublicKey>): boolean {
  return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
}
