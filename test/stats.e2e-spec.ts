import { randomUUID } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle, StatsCountersSchedule } from '@app/applications';
import { ApiClient, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, TestUser, usePortal, submitToOffice } from '@app/testing';

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
/** Day 0 of the seeded files: 2026-03-10 00:00 in Asia/Shanghai. */
const BASE = Date.parse('2026-03-10T00:00:00+08:00');
const at = (days: number, extraMs = 0) => new Date(BASE + days * DAY + extraMs);

type Step = [action: string, from: string | null, to: string, when: Date];

interface Seeded {
  key: string;
  level: string;
  specialty: string;
  province: string;
  steps: Step[];
  correctionDeadline?: Date;
}

/**
 * A cycle with known counts and durations, written as the history would have recorded it:
 * each file with its status, province and every history entry at a chosen time (the
 * database's trigger fills the stage entry times, as in production).
 */
const created = (): Step => ['created', null, 'draft', at(0)];
const submitted = (day: number, extraMs = 0): Step => ['submitted', 'draft', 'submitted', at(day, extraMs)];
const FILES: Seeded[] = [
  { key: 'A1', level: 'assistant', specialty: 'product_design', province: '50', steps: [created()] },
  { key: 'A2', level: 'intermediate', specialty: 'product_design', province: '50', steps: [created(), submitted(1)] },
  { key: 'A3', level: 'intermediate', specialty: 'experience_design', province: '44', steps: [created(), submitted(1), ['accepted', 'submitted', 'in_review', at(3)]] },
  // Submitted at 00:30 Shanghai time on day 2 (16:30 UTC on day 1): counted on Shanghai's day 2.
  {
    key: 'A4',
    level: 'associate_senior',
    specialty: 'product_design',
    province: '50',
    steps: [created(), submitted(2, 0.5 * HOUR), ['accepted', 'submitted', 'in_review', at(6, 0.5 * HOUR)]],
  },
  {
    key: 'A5',
    level: 'intermediate',
    specialty: 'visual_communication',
    province: '31',
    steps: [created(), submitted(1), ['accepted', 'submitted', 'in_review', at(2)], ['reviewed', 'in_review', 'reviewed', at(12)]],
  },
  { key: 'A6', level: 'assistant', specialty: 'product_design', province: '50', steps: [created(), submitted(1), ['rejected', 'submitted', 'rejected', at(9)]] },
  {
    key: 'A7',
    level: 'assistant',
    specialty: 'product_design',
    province: '44',
    steps: [created(), submitted(1), ['returned', 'submitted', 'returned', at(2)], ['correction_overdue', 'returned', 'rejected', at(12)]],
    correctionDeadline: at(11),
  },
  {
    key: 'A8',
    level: 'assistant',
    specialty: 'product_design',
    province: '50',
    steps: [created(), submitted(1), ['returned', 'submitted', 'returned', at(3)]],
    correctionDeadline: new Date(Date.now() - DAY),
  },
  {
    key: 'A9',
    level: 'full_senior',
    specialty: 'product_design',
    province: '50',
    steps: [created(), submitted(1), ['accepted', 'submitted', 'in_review', at(2)], ['withdrawn', 'in_review', 'withdrawn', at(5)]],
  },
  { key: 'A10', level: 'full_senior', specialty: 'product_design', province: '50', steps: [created(), ['withdrawn', 'draft', 'withdrawn', at(1)]] },
];

describe('admin statistics (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let otherCycle: Cycle;
  let admin: TestUser;
  let applicant: TestUser;
  let reviewer: TestUser;
  let reviewer2: TestUser;
  const ids = new Map<string, string>();

  const db = () => app.get(DataSource);

  async function seedFile(cycleId: string, f: Seeded): Promise<string> {
    const id = randomUUID();
    const last = f.steps[f.steps.length - 1];
    const submittedAt = f.steps.find((s) => s[0] === 'submitted')?.[3] ?? null;
    await db().query(
      `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, applicant_name, employer_name,
                                 cross_provincial, home_province, submitted_at, reference_number, correction_deadline, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $2, '{}'::jsonb, $7, '某设计公司', $8 <> '50', $8, $9, $10, $11, $12, $12)`,
      [id, randomUUID(), cycleId, f.level, f.specialty, last[2], `统计${f.key}`, f.province, submittedAt, submittedAt ? `S-${f.key}-${id.slice(0, 8)}` : null, f.correctionDeadline ?? null, f.steps[0][3]],
    );
    // One entry at a time, in order: the trigger reads the previous entry for the stage entry time.
    for (const [action, from, to, when] of f.steps) {
      await db().query('INSERT INTO application_history (application_id, action, from_status, to_status, created_at) VALUES ($1, $2, $3, $4, $5)', [id, action, from, to, when]);
    }
    return id;
  }

  async function assignment(applicationId: string, reviewerId: string, status: string, dueAt: Date) {
    await db().query('INSERT INTO review_assignments (application_id, reviewer_id, cycle_id, status, due_at) VALUES ($1, $2, $3, $4, $5)', [
      applicationId,
      reviewerId,
      cycle.id,
      status,
      dueAt,
    ]);
  }

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
    otherCycle = await makeOpenCycle(app);
    applicant = await makeApplicant(app, api);
    reviewer = await makeReviewer(app, api);
    reviewer2 = await makeReviewer(app, api);
    for (const f of FILES) ids.set(f.key, await seedFile(cycle.id, f));
    // Another cycle's files never count.
    await seedFile(otherCycle.id, { ...FILES[5], key: 'O1' });
    await seedFile(otherCycle.id, { ...FILES[7], key: 'O2' });
    const past = new Date(Date.now() - 2 * DAY);
    const future = new Date(Date.now() + 5 * DAY);
    await assignment(ids.get('A3')!, reviewer.id, 'submitted', past);
    await assignment(ids.get('A4')!, reviewer.id, 'assigned', past);
    await assignment(ids.get('A4')!, reviewer2.id, 'draft', future);
    await assignment(ids.get('A3')!, reviewer2.id, 'declined', past);
  });

  it('counts by status (drafts included) and, over submitted files, by level, specialty and home province', async () => {
    const res = await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
    expect(res.status).toBe(200);
    const s = res.body;
    expect(s.cycleId).toBe(cycle.id);
    expect(s.total).toBe(10);
    expect(s.filed).toBe(8);
    expect(s.byStatus).toEqual({ draft: 1, submitted: 1, in_review: 2, reviewed: 1, rejected: 2, returned: 1, withdrawn: 2 });
    expect(s.byLevel).toEqual({ assistant: 3, intermediate: 3, associate_senior: 1, full_senior: 1 });
    expect(s.bySpecialty).toEqual({ product_design: 6, experience_design: 1, visual_communication: 1 });
    expect(s.byHomeProvince).toEqual({ '50': 5, '44': 2, '31': 1 });
    expect(s.crossProvincial).toEqual({ count: 3, share: 0.375 });
  });

  it('derives pass rates per stage from the history', async () => {
    const { body: s } = await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
    expect(s.passRates).toEqual({
      // accepted A3 A4 A5 A9; rejected A6, correction overdue A7
      qualification: { passed: 4, failed: 2, rate: 0.6667 },
      // review completed A5; left by withdrawal A9
      review: { passed: 1, failed: 1, rate: 0.5 },
      committee: { passed: 0, failed: 0, rate: null },
      notice: { passed: 0, failed: 0, rate: null },
    });
  });

  it('gives the median and 90th percentile of the days spent in each stage (stays that ended)', async () => {
    const { body: s } = await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
    const byStage = Object.fromEntries(s.stageDurations.map((d: { stage: string }) => [d.stage, d]));
    // Qualification stays: A3 2, A4 4, A5 1, A6 8, A7 1, A8 2, A9 1 -> 1 1 1 2 2 4 8: median 2, p90 4 + 0.4 * (8 - 4) = 5.6.
    expect(byStage.qualification).toEqual({ stage: 'qualification', count: 7, medianDays: 2, p90Days: 5.6 });
    expect(byStage.correction).toEqual({ stage: 'correction', count: 1, medianDays: 10, p90Days: 10 });
    // Review: A5 10 days, A9 3 days: median 6.5, p90 3 + 0.9 * 7 = 9.3.
    expect(byStage.review).toEqual({ stage: 'review', count: 2, medianDays: 6.5, p90Days: 9.3 });
    expect(byStage.committee).toEqual({ stage: 'committee', count: 0, medianDays: null, p90Days: null });
    expect(byStage.notice).toEqual({ stage: 'notice', count: 0, medianDays: null, p90Days: null });
  });

  it("counts files past a deadline and each reviewer's workload", async () => {
    const { body: s } = await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
    // A8 is returned past its deadline; A7's deadline also passed but it is closed (rejected).
    expect(s.overdue).toEqual({ corrections: 1, reviews: 1 });
    const nameOf = async (id: string) => ((await db().query('SELECT full_name FROM users WHERE id = $1', [id])) as { full_name: string }[])[0].full_name;
    const workload = [...s.reviewerWorkload].sort((a: { assigned: number }, b: { assigned: number }) => b.assigned - a.assigned);
    expect(workload).toEqual([
      { reviewerId: reviewer.id, fullName: await nameOf(reviewer.id), assigned: 2, submitted: 1, overdue: 1 },
      { reviewerId: reviewer2.id, fullName: await nameOf(reviewer2.id), assigned: 1, submitted: 0, overdue: 0 },
    ]);
  });

  it('counts first submissions per Asia/Shanghai day', async () => {
    const { body: s } = await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
    // A4 was submitted at 00:30 on 12 March in Shanghai (still 11 March in UTC).
    expect(s.submissionsPerDay).toEqual([
      { date: '2026-03-11', count: 7 },
      { date: '2026-03-12', count: 1 },
    ]);
  });

  it('counts a file that goes through the real workflow (the history trigger fills its cycle and stage times)', async () => {
    const live = await makeOpenCycle(app);
    const id = await makeReadyFile(app, applicant.client, applicant.id, live);
    const submit = await submitToOffice(app, applicant.client, id);
    expect(submit.status).toBe(200);
    const accept = await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' });
    expect(accept.status).toBe(200);
    const rows: { action: string; cycle_id: string; stage_entered_at: Date | null; created_at: Date }[] = await db().query(
      'SELECT action, cycle_id, stage_entered_at, created_at FROM application_history WHERE application_id = $1 ORDER BY id',
      [id],
    );
    expect(rows.map((r) => r.action)).toEqual(['created', 'submitted', 'accepted']);
    expect(rows.every((r) => r.cycle_id === live.id)).toBe(true);
    expect(rows[0].stage_entered_at).toBeNull();
    expect(rows[1].stage_entered_at).toEqual(rows[0].created_at);
    expect(rows[2].stage_entered_at).toEqual(rows[1].created_at);
    const { body: s } = await admin.client.get(`/api/v1/admin/stats?cycleId=${live.id}`);
    expect(s.byStatus).toEqual({ in_review: 1 });
    expect(s.passRates.qualification).toEqual({ passed: 1, failed: 0, rate: 1 });
    expect(s.stageDurations.find((d: { stage: string }) => d.stage === 'qualification').count).toBe(1);
    expect(s.submissionsPerDay).toHaveLength(1);
  });

  it('keeps its counters equal to a recount of the files and their history, through edits, a deletion and folding', async () => {
    const countRows = async (table: string) => Number((await db().query(`SELECT count(*) AS n FROM ${table} WHERE cycle_id = $1`, [cycle.id]))[0].n);
    const recount = async () => ({
      files: await db().query(
        `SELECT status, level, specialty, home_province, cross_provincial, submitted_at IS NOT NULL AS filed, count(*)::int AS n
           FROM applications WHERE cycle_id = $1 GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 1, 2, 3, 4, 5, 6`,
        [cycle.id],
      ),
      counted: await db().query(
        `SELECT status, level, specialty, home_province, cross_provincial, filed, sum(files)::int AS n
           FROM cycle_file_counts WHERE cycle_id = $1 GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(files) <> 0 ORDER BY 1, 2, 3, 4, 5, 6`,
        [cycle.id],
      ),
    });
    const before = (await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).body;

    // A write that leaves every counted column alone adds no counter row.
    const rowsBefore = await countRows('cycle_file_counts');
    await db().query(`UPDATE applications SET data = '{"note": 1}'::jsonb, employer_name = '另一公司' WHERE id = $1`, [ids.get('A1')]);
    expect(await countRows('cycle_file_counts')).toBe(rowsBefore);
    // A draft whose level changes moves between groups; a deleted draft leaves the counts.
    await db().query(`UPDATE applications SET level = 'intermediate' WHERE id = $1`, [ids.get('A1')]);
    let after = (await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).body;
    expect(after.total).toBe(before.total);
    const { files, counted } = await recount();
    expect(counted).toEqual(files);
    await db().query(`DELETE FROM applications WHERE id = $1`, [ids.get('A1')]);
    after = (await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).body;
    expect(after.total).toBe(before.total - 1);
    expect(after.byStatus.draft).toBeUndefined();

    // Folding sums each group's rows into one and changes no figure.
    const unfolded = await countRows('cycle_file_counts');
    await app.get(StatsCountersSchedule).run();
    const folded = (await admin.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).body;
    expect({ ...folded, generatedAt: null }).toEqual({ ...after, generatedAt: null });
    const again = await recount();
    expect(again.counted).toEqual(again.files);
    expect(await countRows('cycle_file_counts')).toBe(again.files.length);
    expect(unfolded).toBeGreaterThan(again.files.length);
    const groups = Number((await db().query('SELECT count(DISTINCT (from_status, action, day)) AS n FROM cycle_action_counts WHERE cycle_id = $1', [cycle.id]))[0].n);
    expect(await countRows('cycle_action_counts')).toBe(groups);
  });

  it('answers 400 naming cycleId when it is missing or not a UUID, and 404 for an unknown cycle', async () => {
    const missing = await admin.client.get('/api/v1/admin/stats');
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body.details)).toContain('cycleId');
    expect((await admin.client.get('/api/v1/admin/stats?cycleId=nope')).status).toBe(400);
    const unknown = await admin.client.get(`/api/v1/admin/stats?cycleId=${randomUUID()}`);
    expect(unknown.status).toBe(404);
  });

  it('is for admins only: 403 for applicants and reviewers, 401 without a token', async () => {
    for (const who of [applicant, reviewer]) {
      const res = await who.client.get(`/api/v1/admin/stats?cycleId=${cycle.id}`);
      expect(res.status).toBe(403);
    }
    expect((await api.get(`/api/v1/admin/stats?cycleId=${cycle.id}`)).status).toBe(401);
  });
});
