import { createHash, randomBytes, randomUUID } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { hashToken } from '@app/common';
import {
  ApiClient,
  makeApplicant,
  makeOpenCycle,
  makeReadyFile,
  makeReviewer,
  makeReviewerProfile,
  makeUser,
  ownerQuery,
  TEST_PASSWORD,
  TestUser,
  tinyPdf,
  uniqueEmail,
  usePortal,
  submitToOffice,
} from '@app/testing';

const UA = 'AuditProbe/1.0 (e2e)';
const GENESIS = '0'.repeat(64);

interface AuditRow {
  id: string;
  seq: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  data: Record<string, any>;
  ip: string | null;
  user_agent: string | null;
  prev_hash: string;
  hash: string;
}

describe('audit trail (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);
  const withUa = { 'user-agent': UA };

  async function entries(where: string, params: unknown[]): Promise<AuditRow[]> {
    return db().query(`SELECT a.id::text, a.seq::text, actor_id, action, entity_type, entity_id, data, ip, user_agent, prev_hash, hash FROM audit_log a WHERE ${where} ORDER BY a.seq`, params);
  }

  /** A submitted file of a new applicant, submitted through the API with our user agent. */
  async function submittedFile(): Promise<{ owner: TestUser; id: string }> {
    const owner = await makeApplicant(app, api);
    const id = await makeReadyFile(app, owner.client, owner.id, cycle);
    const res = await submitToOffice(app, owner.client, id, withUa);
    expect(res.status).toBe(200);
    return { owner, id };
  }

  async function verify(): Promise<{ valid: boolean; checked: number; head: { seq: string; hash: string } | null; firstBroken: any }> {
    const res = await admin.client.get('/api/v1/admin/audit/verify');
    expect(res.status).toBe(200);
    return res.body;
  }

  describe('entries for each audited action', () => {
    it('logins: success by the user, failures by the public with the address, the user agent and the e-mail masked', async () => {
      const user = await makeApplicant(app, api);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: TEST_PASSWORD }, withUa)).status).toBe(200);
      expect((await api.post('/api/v1/auth/login', { email: user.email, password: 'wrong password entirely 1' }, withUa)).status).toBe(401);
      const stranger = uniqueEmail('nobody');
      expect((await api.post('/api/v1/auth/login', { email: stranger, password: 'wrong password entirely 1' }, withUa)).status).toBe(401);

      const mine = await entries("entity_type = 'user' AND entity_id = $1 AND user_agent = $2", [user.id, UA]);
      expect(mine.map((e) => [e.action, e.actor_id, e.ip, e.data.reason ?? null])).toEqual([
        ['user.login_succeeded', user.id, '127.0.0.1', null],
        ['user.login_failed', null, '127.0.0.1', 'wrong_password'],
      ]);
      expect(mine[1].data.email).toBe(`${user.email[0]}***@example.com`);

      const [unknown] = await entries("action = 'user.login_failed' AND data->>'reason' = 'unknown_account' AND data->>'email' = $1", [`${stranger[0]}***@example.com`]);
      expect(unknown).toMatchObject({ actor_id: null, entity_id: 'unknown', ip: '127.0.0.1', user_agent: UA });
      // Nothing of the e-mail beyond its first character and domain is kept.
      expect(JSON.stringify(unknown.data)).not.toContain(stranger.split('@')[0]);
    });

    it('a profile change, with before and after and the phone number masked', async () => {
      const user = await makeApplicant(app, api);
      expect((await user.client.patch('/api/v1/me', { phone: '13800001234', fullName: 'Test Person' }, withUa)).status).toBe(200);
      expect((await user.client.patch('/api/v1/me', { phone: '13900005678' }, withUa)).status).toBe(200);
      const rows = await entries("action = 'user.profile_updated' AND entity_id = $1", [user.id]);
      expect(rows.map((e) => [e.actor_id, e.user_agent, e.data])).toEqual([
        [user.id, UA, { changes: { phone: { from: null, to: '138****1234' } } }],
        [user.id, UA, { changes: { phone: { from: '138****1234', to: '139****5678' } } }],
      ]);
    });

    it('password reset, and role and status changes with before and after', async () => {
      const user = await makeApplicant(app, api);
      expect((await api.post('/api/v1/auth/password/forgot', { email: user.email }, withUa)).status).toBe(202);
      const token = randomBytes(24).toString('base64url');
      await db().query("INSERT INTO account_tokens (user_id, purpose, token_hash, expires_at) VALUES ($1, 'password_reset', $2, now() + interval '10 minutes')", [user.id, hashToken(token)]);
      expect((await api.post('/api/v1/auth/password/reset', { token, password: 'a brand new passphrase 77' }, withUa)).status).toBe(204);

      const changed = await admin.client.patch(`/api/v1/admin/users/${user.id}`, { roles: ['applicant', 'reviewer'], status: 'disabled' }, withUa);
      expect(changed.status).toBe(200);

      const rows = await entries("entity_type = 'user' AND entity_id = $1 AND action IN ('user.password_reset_requested', 'user.password_reset', 'user.updated')", [user.id]);
      expect(rows.map((e) => [e.action, e.actor_id, e.ip, e.user_agent])).toEqual([
        ['user.password_reset_requested', null, '127.0.0.1', UA],
        ['user.password_reset', user.id, '127.0.0.1', UA],
        ['user.updated', admin.id, '127.0.0.1', UA],
      ]);
      expect(rows[2].data).toEqual({ from: { roles: ['applicant'], status: 'active' }, to: { roles: ['applicant', 'reviewer'], status: 'disabled' } });
    });

    it('transitions and admin decisions, with the status before and after, the actor, address and user agent', async () => {
      const { owner, id } = await submittedFile();
      const accepted = await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept', reason: 'all in order', confirmEntrustment: true, confirmExceptional: true }, withUa);
      expect(accepted.status).toBe(200);
      const rows = await entries("entity_type = 'application' AND entity_id = $1 AND action LIKE 'application.%'", [id]);
      expect(rows.map((e) => [e.action, e.actor_id, e.data.from, e.data.to, e.ip, e.user_agent])).toEqual([
        ['application.submitted', owner.id, 'draft', 'with_unit', '127.0.0.1', UA],
        ['application.accepted', admin.id, 'submitted', 'in_review', '127.0.0.1', UA],
      ]);
      expect(rows[1].data.reason).toBe('all in order');
      // The fields the submission set are named; their values (the declaration's address among them) are not copied.
      expect(rows[0].data.fields).toEqual(expect.arrayContaining(['declarationIp', 'referenceNumber', 'submittedAt']));
      const [{ reference_number: reference }] = await db().query('SELECT reference_number FROM applications WHERE id = $1', [id]);
      expect(JSON.stringify(rows[0].data)).not.toMatch(new RegExp(`127\\.0\\.0\\.1|${reference}`));
    });

    it('assignments, evidence downloads by someone other than the owner (not by the owner), and views of the full identity number', async () => {
      const { owner, id } = await submittedFile();
      const fd = new FormData();
      fd.append('kind', 'portfolio');
      fd.append('file', new Blob([new Uint8Array(tinyPdf())], { type: 'application/pdf' }), 'portfolio.pdf');
      // Uploads are for drafts: return the file to put one in, as a correction would.
      await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'return', reason: 'add the portfolio' });
      const uploaded = await owner.client.post(`/api/v1/applications/${id}/attachments`, fd);
      expect(uploaded.status).toBe(201);
      expect((await owner.client.get(`/api/v1/applications/${id}/attachments/${uploaded.body.id}`, withUa)).status).toBe(200);
      expect((await admin.client.get(`/api/v1/applications/${id}/attachments/${uploaded.body.id}`, withUa)).status).toBe(200);
      const downloads = await entries("action = 'attachment.downloaded' AND entity_id = $1", [id]);
      expect(downloads.map((e) => [e.actor_id, e.user_agent])).toEqual([[admin.id, UA]]);

      const revealed = await admin.client.get(`/api/v1/applications/${id}?revealIdentity=true`, withUa);
      expect(revealed.status).toBe(200);
      const [reveal] = await entries("action = 'application.identity_revealed' AND entity_id = $1", [id]);
      expect(reveal).toMatchObject({ actor_id: admin.id, ip: '127.0.0.1', user_agent: UA, data: { field: 'identity.documentNumber' } });
      const full: string = revealed.body.data.identity.documentNumber;
      expect(reveal.data.masked).toBe(`${full.slice(0, 4)}${'*'.repeat(full.length - 8)}${full.slice(-4)}`);
      expect(JSON.stringify(reveal.data)).not.toContain(full);

      const resubmitted = await submitToOffice(app, owner.client, id);
      expect(resubmitted.status).toBe(200);
      await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept', confirmEntrustment: true, confirmExceptional: true });
      const reviewer = await makeReviewer(app, api);
      await makeReviewerProfile(app, reviewer.id, { employerName: `Studio ${randomBytes(3).toString('hex')}`, employerCreditCode: null });
      const assigned = await admin.client.post(`/api/v1/applications/${id}/assignments`, { reviewerIds: [reviewer.id] }, withUa);
      expect(assigned.status).toBe(201);
      const [assignment] = await entries("action = 'review.assigned' AND entity_id = $1", [id]);
      expect(assignment).toMatchObject({ actor_id: admin.id, user_agent: UA, data: expect.objectContaining({ reviewerId: reviewer.id }) });

      // The file's audit also holds what was done to its reviews (their entries name the file).
      const reviewId = assigned.body.items[0].id;
      expect((await reviewer.client.put(`/api/v1/reviews/${reviewId}`, { comment: 'first impressions' })).status).toBe(200);
      const fileAudit = await admin.client.get(`/api/v1/applications/${id}/audit?limit=100`);
      expect(fileAudit.body.items.map((e: { action: string }) => e.action)).toEqual(
        expect.arrayContaining(['review.draft_saved', 'review.assigned', 'attachment.downloaded', 'application.identity_revealed', 'application.submitted']),
      );
      expect(fileAudit.body.items.find((e: { action: string }) => e.action === 'review.draft_saved')).toMatchObject({ entityType: 'review_assignment', entityId: reviewId, actorId: reviewer.id });
    });

    it('cycle changes with before and after of the changed fields only', async () => {
      const res = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { reviewDeadline: '2027-03-31', nameEn: cycle.nameEn }, withUa);
      expect(res.status).toBe(200);
      const [entry] = (await entries("action = 'cycle.updated' AND entity_id = $1", [cycle.id])).slice(-1);
      expect(entry.data).toEqual({ changes: { reviewDeadline: { from: null, to: '2027-03-31' } } });
      expect(entry).toMatchObject({ actor_id: admin.id, user_agent: UA });
    });
  });

  describe('append-only and hash-chained', () => {
    it('the database refuses UPDATE, DELETE and TRUNCATE on the audit log, to the portal for lack of the grant and to its owner by the trigger', async () => {
      const [{ id }] = await db().query('SELECT id::text FROM audit_log ORDER BY seq LIMIT 1');
      // The portal's own connection: no such privilege at all.
      await expect(db().query("UPDATE audit_log SET action = 'user.nothing' WHERE id = $1", [id])).rejects.toThrow(/permission denied for table audit_log/);
      await expect(db().query('DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow(/permission denied for table audit_log/);
      await expect(db().query('TRUNCATE audit_log')).rejects.toThrow(/permission denied for table audit_log/);
      // The owner: the append-only trigger.
      const asOwner = (sql: string, params?: unknown[]) => ownerQuery(db(), sql, params);
      await expect(asOwner("UPDATE audit_log SET action = 'user.nothing' WHERE id = $1", [id])).rejects.toThrow(/append-only: UPDATE refused/);
      await expect(asOwner("UPDATE audit_log SET hash = repeat('a', 64) WHERE id = $1", [id])).rejects.toThrow(/append-only/);
      await expect(asOwner('DELETE FROM audit_log WHERE id = $1', [id])).rejects.toThrow(/append-only: DELETE refused/);
      await expect(asOwner('TRUNCATE audit_log')).rejects.toThrow(/append-only: TRUNCATE refused/);
      expect((await db().query('SELECT count(*)::int AS n FROM audit_log WHERE id = $1', [id]))[0].n).toBe(1);
    });

    it('chains every entry in commit order from the genesis; the hash is the SHA-256 of the canonical text', async () => {
      const rows: AuditRow[] = await entries('true', []);
      expect(rows.length).toBeGreaterThan(10);
      rows.forEach((row, i) => {
        expect(row.seq).toBe(String(i + 1));
        expect(row.prev_hash).toBe(i === 0 ? GENESIS : rows[i - 1].hash);
      });
      // The canonical text, pinned: [format, id, seq, created_at (UTC, microseconds), actor, action, target type, target id, data, ip, user agent, prev_hash].
      const last = rows[rows.length - 1];
      const [{ canonical, at }] = await db().query(
        `SELECT audit_entry_canonical(a) AS canonical, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS at FROM audit_log a WHERE id = $1`,
        [last.id],
      );
      expect(JSON.parse(canonical)).toEqual([1, Number(last.id), Number(last.seq), at, last.actor_id, last.action, last.entity_type, last.entity_id, last.data, last.ip, last.user_agent, last.prev_hash]);
      expect(createHash('sha256').update(canonical, 'utf8').digest('hex')).toBe(last.hash);
      expect(await verify()).toMatchObject({ valid: true, checked: rows.length, head: { seq: last.seq, hash: last.hash }, firstBroken: null });
    });

    it('20 concurrent transitions (and failed logins beside them) leave one valid chain with no gap', async () => {
      const files = await Promise.all(Array.from({ length: 20 }, async () => {
        const owner = await makeApplicant(app, api);
        return { owner, id: await makeReadyFile(app, owner.client, owner.id, cycle) };
      }));
      const before = Number((await db().query('SELECT max(seq)::text AS s FROM audit_log'))[0].s);
      const results = await Promise.all([
        ...files.map((f) => f.owner.client.post(`/api/v1/applications/${f.id}/submit`, { declarationAccepted: true })),
        ...Array.from({ length: 10 }, () => api.post('/api/v1/auth/login', { email: uniqueEmail('ghost'), password: 'not the password 123' })),
      ]);
      expect(results.map((r) => r.status)).toEqual([...Array(20).fill(200), ...Array(10).fill(401)]);
      const [{ n, lo, hi, distinct }] = await db().query('SELECT count(*)::int AS n, min(seq)::int AS lo, max(seq)::int AS hi, count(DISTINCT prev_hash)::int AS distinct FROM audit_log WHERE seq > $1', [before]);
      expect({ n, lo, hi, distinct }).toEqual({ n: 30, lo: before + 1, hi: before + 30, distinct: 30 });
      expect(await verify()).toMatchObject({ valid: true, firstBroken: null });
    });

    it('a changed entry is found by the verifier at that entry (and the chain is whole again once it is restored)', async () => {
      const [victim] = await db().query("SELECT id::text, seq::text, hash, data FROM audit_log WHERE action = 'application.accepted' ORDER BY seq LIMIT 1");
      // As the owner could: switch the guard off, change one entry, switch it back on.
      const tamper = async (data: unknown) => {
        await ownerQuery(db(), 'ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
        try {
          await ownerQuery(db(), 'UPDATE audit_log SET data = $1::jsonb WHERE id = $2', [JSON.stringify(data), victim.id]);
        } finally {
          await ownerQuery(db(), 'ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
        }
      };
      await tamper({ ...victim.data, reason: 'nothing to see here' });
      const broken = await verify();
      expect(broken).toMatchObject({ valid: false, firstBroken: { id: victim.id, seq: victim.seq, problem: 'HASH_MISMATCH', actual: victim.hash } });
      expect(broken.head?.seq).toBe(String(Number(victim.seq) - 1));
      expect(broken.checked).toBe(Number(victim.seq));
      await tamper(victim.data);
      expect(await verify()).toMatchObject({ valid: true });
    });

    it('the verifier rebuilds in Node the canonical text the database hashed, whatever the content', async () => {
      const awkward = [
        { n: 1.5, exact: 81.50, big: 9007199254740991, tiny: 1e-7, neg: -0, list: [1, 'two', null, true, { z: [] }], '': 'empty key', 'longer key': 'x', k: '"quoted" \\ back\nline\ttab\u0001\u001f\u007f' },
        { 资格: '审查 😀', nested: { b: { c: { d: 'deep' } } }, a: {}, emptyList: [] },
      ];
      for (const data of awkward) {
        // As the portal writes entries (INSERT only); jsonb keeps 81.50 as written and prints 1e-7 as 0.0000001.
        await db().query('INSERT INTO audit_log (actor_id, action, entity_type, entity_id, data, ip, user_agent) VALUES (NULL, $1, $2, $3, $4::jsonb, NULL, $5)', [
          'test.awkward',
          'test',
          'e2e',
          JSON.stringify(data).replace('"exact":81.5', '"exact":81.50'),
          'UA "q" \\ \n 资 \u0002',
        ]);
      }
      const { valid, firstBroken } = await verify();
      expect({ valid, firstBroken }).toEqual({ valid: true, firstBroken: null });
    });

    it('a changed entry is found even when the database function rendering the canonical text is replaced to hide it', async () => {
      await submittedFile();
      const [victim] = await db().query("SELECT id::text, seq::text, hash, data FROM audit_log WHERE action = 'application.submitted' ORDER BY seq LIMIT 1");
      const asOwner = (sql: string, params?: unknown[]) => ownerQuery(db(), sql, params);
      const [{ canonical: oldText }] = await asOwner('SELECT audit_entry_canonical(a) AS canonical FROM audit_log a WHERE id = $1', [victim.id]);
      const [{ definition }] = await asOwner(`SELECT pg_get_functiondef('audit_entry_canonical(audit_log)'::regprocedure) AS definition`);
      // The insider: the entry changed with the guard off, and the canonical function made to
      // answer the old text for that row (and the true text for every other row).
      await asOwner('ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only');
      try {
        await asOwner('UPDATE audit_log SET data = $1::jsonb WHERE id = $2', [JSON.stringify({ ...victim.data, to: 'approved' }), victim.id]);
        await asOwner(`CREATE OR REPLACE FUNCTION audit_entry_canonical(e audit_log) RETURNS text LANGUAGE sql STABLE AS $$
          SELECT CASE WHEN e.id = ${Number(victim.id)} THEN ${escapeLiteral(oldText)} ELSE jsonb_build_array(
            1, e.id, e.seq, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            e.actor_id, e.action, e.entity_type, e.entity_id, e.data, e.ip, e.user_agent, e.prev_hash)::text END $$`);
        const [{ hidden }] = await asOwner('SELECT audit_entry_hash(a) = a.hash AS hidden FROM audit_log a WHERE id = $1', [victim.id]);
        expect(hidden).toBe(true);

        expect(await verify()).toMatchObject({ valid: false, checked: Number(victim.seq), firstBroken: { id: victim.id, seq: victim.seq, problem: 'HASH_MISMATCH', actual: victim.hash } });
      } finally {
        await asOwner(definition);
        await asOwner('UPDATE audit_log SET data = $1::jsonb WHERE id = $2', [JSON.stringify(victim.data), victim.id]);
        await asOwner('ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only');
      }
      expect(await verify()).toMatchObject({ valid: true });
    });
  });

  describe('GET /admin/audit and /applications/:id/audit', () => {
    let owner: TestUser;
    let fileId: string;

    beforeAll(async () => {
      ({ owner, id: fileId } = await submittedFile());
      await admin.client.post(`/api/v1/applications/${fileId}/qualification`, { decision: 'return', reason: 'stamp missing' });
      await submitToOffice(app, owner.client, fileId);
      await admin.client.post(`/api/v1/applications/${fileId}/qualification`, { decision: 'reject', reason: 'not eligible after all' });
    });

    async function allPages(path: string, limit: number): Promise<any[]> {
      const items: any[] = [];
      let cursor: string | null = null;
      do {
        const res: { status: number; body: any } = await admin.client.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        items.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      return items;
    }

    it('filters by target and pages newest first without gaps or repeats', async () => {
      const items = await allPages(`/api/v1/admin/audit?entityType=application&entityId=${fileId}`, 2);
      expect(items.map((e) => e.action)).toEqual(['application.rejected', 'application.resubmitted', 'application.returned', 'application.submitted']);
      expect(items.map((e) => e.seq)).toEqual([...items.map((e) => e.seq)].sort((a, b) => b - a));
      expect(items[0]).toMatchObject({ actorId: admin.id, entityType: 'application', entityId: fileId, data: { from: 'submitted', to: 'rejected' }, hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(await allPages(`/api/v1/applications/${fileId}/audit`, 3)).toEqual(items);
    });

    it('filters by actor, action and time range', async () => {
      const byOwner = await allPages(`/api/v1/admin/audit?actorId=${owner.id}`, 50);
      expect(byOwner.length).toBeGreaterThan(0);
      expect(byOwner.every((e) => e.actorId === owner.id)).toBe(true);
      expect(byOwner.map((e) => e.action)).toEqual(expect.arrayContaining(['application.resubmitted', 'application.submitted', 'user.login_succeeded']));

      const rejections = await allPages('/api/v1/admin/audit?action=application.rejected', 50);
      expect(rejections.map((e) => e.entityId)).toContain(fileId);
      expect(rejections.every((e) => e.action === 'application.rejected')).toBe(true);

      const { at } = byOwner[byOwner.length - 1];
      const from = new Date(new Date(at).getTime() + 1).toISOString();
      const after = await allPages(`/api/v1/admin/audit?actorId=${owner.id}&from=${from}`, 50);
      expect(after.length).toBe(byOwner.length - 1);
      const before = await allPages(`/api/v1/admin/audit?actorId=${owner.id}&to=${from}`, 50);
      expect(before.map((e) => e.id)).toEqual([byOwner[byOwner.length - 1].id]);
    });

    it('refuses bad filters and cursors with a 400 naming the field', async () => {
      const cases: [string, string][] = [
        ['actorId=nope', 'actorId'],
        ['action=DROP%20TABLE', 'action'],
        ['from=yesterday', 'from'],
        ['from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'to'],
        ['cursor=abc', 'cursor'],
        [`cursor=${Buffer.from(JSON.stringify(['2026-01-01T00:00:00Z', 'x'])).toString('base64url')}`, 'cursor'],
        ['limit=1000', 'limit'],
      ];
      for (const [query, field] of cases) {
        const res = await admin.client.get(`/api/v1/admin/audit?${query}`);
        expect({ query, status: res.status, paths: res.body.details?.map((d: { path: string }) => d.path) }).toEqual({ query, status: 400, paths: expect.arrayContaining([field]) });
      }
    });

    it('uses the index of each filter (no sequential scan of the audit log)', async () => {
      await ownerQuery(db(), 'ANALYZE audit_log');
      const plans: string[] = [];
      const filters: [string, unknown[]][] = [
        ['actor_id = $1', [owner.id]],
        ['action = $1', ['application.rejected']],
        ['entity_type = $1 AND entity_id = $2', ['application', fileId]],
      ];
      for (const [where, params] of filters) {
        const rows = await db().transaction(async (m) => {
          // A tiny table is cheapest to scan whole; what matters is that an index serves the filter.
          await m.query('SET LOCAL enable_seqscan = off');
          return m.query(`EXPLAIN SELECT * FROM audit_log WHERE seq IS NOT NULL AND ${where} ORDER BY seq DESC LIMIT 21`, params);
        });
        plans.push(rows.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n'));
      }
      expect(plans[0]).toMatch(/audit_log_actor_seq_idx/);
      expect(plans[1]).toMatch(/audit_log_action_seq_idx/);
      expect(plans[2]).toMatch(/audit_log_entity_seq_idx/);
      const [fileAudit] = await db().transaction(async (m) => {
        await m.query('SET LOCAL enable_seqscan = off');
        return [await m.query(
          `EXPLAIN SELECT * FROM audit_log a WHERE a.seq IS NOT NULL AND ((a.entity_type = 'application' AND a.entity_id = $1) OR (a.data ? 'applicationId' AND a.data->>'applicationId' = $1)) ORDER BY a.seq DESC LIMIT 21`,
          [fileId],
        )];
      });
      expect(fileAudit.map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN']).join('\n')).toMatch(/audit_log_entity_seq_idx[\s\S]*audit_log_application_seq_idx|audit_log_application_seq_idx[\s\S]*audit_log_entity_seq_idx/);
    });

    it('answers 403 to non-admins on every admin audit route, 404 to an admin for their own file', async () => {
      const reviewer = await makeReviewer(app, api);
      for (const who of [owner, reviewer]) {
        for (const path of ['/api/v1/admin/audit', '/api/v1/admin/audit/verify', `/api/v1/applications/${fileId}/audit`]) {
          expect({ path, status: (await who.client.get(path)).status }).toEqual({ path, status: 403 });
        }
      }
      expect((await api.get('/api/v1/admin/audit')).status).toBe(401);

      const adminApplicant = await makeUser(app, api, { roles: ['admin', 'applicant'] });
      const own = await makeReadyFile(app, adminApplicant.client, adminApplicant.id, cycle);
      expect((await admin.client.get(`/api/v1/applications/${own}/audit`)).status).toBe(200);
      expect((await adminApplicant.client.get(`/api/v1/applications/${own}/audit`)).status).toBe(404);
      expect((await admin.client.get(`/api/v1/applications/${randomUUID()}/audit`)).status).toBe(404);
    });
  });
});
