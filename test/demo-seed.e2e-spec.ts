import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { shanghaiDate } from '@app/common';
import { validateEnvironment } from '@app/config';
import { dropDatabase } from '@app/db';
import { ApiClient, ConfigOverrides, createTestEnvironment, startApi } from '@app/testing';
import { seedDemoFiles } from '../scripts/seed/demo-files';
import { DEMO_DESIGNERS, demoResidentId } from '../scripts/seed/demo-people';
import { DEMO_PASSWORDS, seedDemoIfEmpty } from '../scripts/seed/demo-seed';

/** Rows per table that the demo's files touch: a second run must leave every count as it was. */
const COUNTED = [
  'users',
  'applications',
  'application_history',
  'attachments',
  'unit_recommendations',
  'review_assignments',
  'committees',
  'committee_meetings',
  'public_notices',
  'certificates',
  'audit_log',
  'outbox_events',
  'calendar_years',
];

/**
 * `npm start` on an empty database: the demo's accounts, forms and open cycle, then its cycle in
 * motion (scripts/seed/demo-files.ts). Over HTTP, every demo role finds something to do.
 */
describe('the demo: a cycle in motion on first start (e2e)', () => {
  let env: ConfigOverrides;
  let app: NestFastifyApplication;
  let api: ApiClient;
  const db = () => app.get(DataSource);
  const counts = async () => {
    const rows: Record<string, number>[] = await db().query(`SELECT ${COUNTED.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`);
    return rows[0];
  };

  async function login(email: string, password: string): Promise<ApiClient> {
    const res = await api.post('/api/v1/auth/login', { email, password });
    expect({ email, status: res.status }).toEqual({ email, status: 200 });
    return api.withToken(res.body.accessToken);
  }

  beforeAll(async () => {
    env = await createTestEnvironment({ SEED_DEMO: 'true' });
    expect(await seedDemoIfEmpty(validateEnvironment(env))).toBe(true);
    const made = await seedDemoFiles(env);
    expect(made).toMatchObject({ files: DEMO_DESIGNERS.length });
    ({ app, client: api } = await startApi(env));
  }, 180_000);

  afterAll(async () => {
    await app?.close();
    if (env?.DATABASE_OWNER_URL) await dropDatabase(env.DATABASE_OWNER_URL);
  });

  it('gives every demo role something to do', async () => {
    const config = validateEnvironment(env);
    const today = shanghaiDate(new Date());

    // The office: files awaiting qualification, a meeting on the calendar, the audit chain intact.
    const admin = await login(config.ADMIN_EMAIL, config.ADMIN_PASSWORD);
    const queue = await admin.get('/api/v1/admin/qualification');
    expect(queue.status).toBe(200);
    expect(queue.body.items.length).toBeGreaterThanOrEqual(2);
    for (const item of queue.body.items) expect(item.status).toBe('submitted');
    const verified = await admin.get('/api/v1/admin/audit/verify');
    expect(verified.body).toMatchObject({ valid: true, firstBroken: null });

    // Each demo reviewer: open reviews, and a meeting of the committee they sit on still to come.
    for (const email of ['reviewer1@title-portal.local', 'reviewer2@title-portal.local']) {
      const reviewer = await login(email, DEMO_PASSWORDS.reviewer);
      const reviews = await reviewer.get('/api/v1/reviews');
      expect(reviews.status).toBe(200);
      const open = reviews.body.items.filter((r: { status: string }) => r.status === 'assigned' || r.status === 'draft');
      expect({ email, open: open.length >= 2 }).toEqual({ email, open: true });
      const meetings = await reviewer.get('/api/v1/meetings');
      expect(meetings.status).toBe(200);
      const upcoming = meetings.body.items.filter((m: { status: string; scheduledAt: string }) => m.status === 'scheduled' && new Date(m.scheduledAt) > new Date());
      expect(upcoming).toHaveLength(1);
      const meeting = await reviewer.get(`/api/v1/meetings/${upcoming[0].id}`);
      expect(meeting.body.items).toHaveLength(2);
    }

    // The recommending unit: its queue, one file whose internal posting is running.
    const unit = await login('unit1@title-portal.local', DEMO_PASSWORDS.unit);
    const unitQueue = await unit.get('/api/v1/unit/files');
    expect(unitQueue.status).toBe(200);
    expect(unitQueue.body.items.length).toBeGreaterThanOrEqual(2);
    const running = unitQueue.body.items.filter((f: { posting: { endDate: string; outcome: string | null } | null }) => f.posting && f.posting.endDate >= today && !f.posting.outcome);
    expect(running).toHaveLength(1);

    // The bureau: a file awaiting its confirmation.
    const bureau = await login('bureau1@title-portal.local', DEMO_PASSWORDS.bureau);
    const awaiting = await bureau.get('/api/v1/bureau/awaiting-confirmation');
    expect(awaiting.status).toBe(200);
    expect(awaiting.body.items).toHaveLength(1);

    // Anyone: a file on public notice now.
    const notices = await api.get('/api/v1/public/notices');
    expect(notices.status).toBe(200);
    expect(notices.body.items).toHaveLength(1);
    expect(notices.body.items[0].endDate >= today).toBe(true);

    // applicant2: an approved file whose certificate verifies publicly; its history went through every stage.
    const holder = await login('applicant2@title-portal.local', DEMO_PASSWORDS.applicant);
    const mine = await holder.get('/api/v1/applications');
    const approved = mine.body.items.find((a: { status: string }) => a.status === 'approved');
    expect(approved).toBeDefined();
    const details = await holder.get(`/api/v1/applications/${approved.id}/certificate/details`);
    expect(details.status).toBe(200);
    const verification = await api.get(`/api/v1/public/certificates/${details.body.verificationCode}`);
    expect(verification.status).toBe(200);
    expect(verification.body).toMatchObject({ status: 'valid', holderName: 'Zhao Min' });
    const history = await holder.get(`/api/v1/applications/${approved.id}/history`);
    expect(history.body.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'draft',
      'with_unit',
      'submitted',
      'in_review',
      'reviewed',
      'public_notice',
      'awaiting_confirmation',
      'approved',
    ]);

    // applicant1: a complete draft, ready to submit.
    const applicant = await login('applicant1@title-portal.local', DEMO_PASSWORDS.applicant);
    const drafts = await applicant.get('/api/v1/applications');
    expect(drafts.body.items.map((a: { status: string }) => a.status)).toEqual(['draft']);
    const eligibility = await applicant.get(`/api/v1/applications/${drafts.body.items[0].id}/eligibility`);
    expect(eligibility.body.evidence.missing).toEqual([]);
  });

  it('made every change as the API would: history, audit entries and the messages each promised', async () => {
    const [{ unexplained }]: { unexplained: number }[] = await db().query(
      `SELECT count(*)::int AS unexplained FROM applications a
        WHERE a.status <> (SELECT h.to_status FROM application_history h WHERE h.application_id = a.id ORDER BY h.id DESC LIMIT 1)`,
    );
    expect(unexplained).toBe(0);
    const types: { type: string }[] = await db().query('SELECT DISTINCT type FROM outbox_events ORDER BY type');
    expect(types.map((t) => t.type)).toEqual(
      expect.arrayContaining([
        'application.submitted',
        'unit.file_received',
        'application.recommended',
        'application.accepted',
        'review.assigned',
        'committee.meeting_scheduled',
        'application.public_notice',
        'application.awaiting_confirmation',
        'application.approved',
      ]),
    );
    const [{ actions }]: { actions: string[] }[] = await db().query('SELECT array_agg(DISTINCT action ORDER BY action) AS actions FROM audit_log');
    expect(actions).toEqual(expect.arrayContaining(['attachment.uploaded', 'review.submitted', 'committee.meeting_closed', 'confirmation_batch.confirmed']));
  });

  it('stores the demo identity numbers encrypted, as any other', async () => {
    const rows: { data: string }[] = await db().query('SELECT data::text AS data FROM applications');
    const all = rows.map((r) => r.data).join('\n');
    for (const [i, d] of DEMO_DESIGNERS.entries()) expect(all).not.toContain(demoResidentId(d, i));
  });

  it('changes nothing when run again', async () => {
    const before = await counts();
    expect(await seedDemoIfEmpty(validateEnvironment(env))).toBe(false);
    expect(await seedDemoFiles(env)).toBeNull();
    expect(await counts()).toEqual(before);
  });
});
