import * as path from 'path';

/**
 * Set-up for the office's committee and notice pages (committees.spec.ts), done through the
 * compiled fixtures of libs/testing as backstage.ts does: a pool of reviewers under a unique
 * name prefix (the browser picks them as committee members), two reviewed files of the demo
 * cycle (the agenda), and a file on public notice with an objection (the notice page).
 */

interface NestApp {
  close(): Promise<void>;
}
interface FixtureClient {
  get(path: string): Promise<{ status: number; body: never }>;
  post(path: string, body: unknown): Promise<{ status: number; body: { id: string } }>;
}
interface TestUser {
  id: string;
  email: string;
}
interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: FixtureClient }>;
  makeAdmin(app: NestApp, client: FixtureClient): Promise<TestUser & { client: FixtureClient }>;
  makeReviewer(app: NestApp, client: FixtureClient): Promise<TestUser>;
  makeCommitteeMembers(app: NestApp, client: FixtureClient, count: number, options: { locale?: 'zh-CN' | 'en'; namePrefix?: string; login?: boolean }): Promise<{ id: string; fullName: string }[]>;
  submitFile(app: NestApp, client: FixtureClient, cycle: { id: string; specialties: string[] }, options: { fullName?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  forceTransition(app: NestApp, applicationId: string, action: string): Promise<void>;
  recordSubmittedReviews(app: NestApp, applicationId: string, cycleId: string, reviews: { reviewerId: string; total: string; recommendation: 'pass' | 'fail'; comment: string }[]): Promise<void>;
  confirmCalendarYears(admin: FixtureClient, years: number[]): Promise<void>;
  yearsFromToday(): number[];
}

export interface OfficeStage {
  /** The pool reviewers' common name prefix (unique to this run) and their full names, in order. */
  prefix: string;
  memberNames: string[];
  cycle: { id: string; code: string; nameZh: string; nameEn: string; specialty: string };
  reviewed: { id: string; referenceNumber: string; applicantName: string }[];
  /** A file on notice with an objection (phone only: open at once). */
  noticed: { id: string; referenceNumber: string; applicantName: string; objectionPhone: string };
  dispose(): Promise<void>;
}

export async function openOfficeStage(memberCount: number): Promise<OfficeStage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS fixtures, loaded at run time from dist/
  const f = require(path.resolve(__dirname, '../../../dist/libs/testing/src')) as Fixtures;
  const env = JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>;
  const { app, client } = await f.startApi(env);
  const expectStatus = (what: string, res: { status: number; body: unknown }, status: number) => {
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const open = (await client.get('/api/v1/public/cycles?limit=100')) as unknown as { body: { items: { id: string; code: string; nameZh: string; nameEn: string; specialties: string[] }[] } };
  const cycle = open.body.items.find((c) => /^\d{4}-ID$/.test(c.code));
  if (!cycle) throw new Error('No open demo cycle');
  const admin = await f.makeAdmin(app, client);
  await f.confirmCalendarYears(admin.client, f.yearsFromToday());
  const suffix = Date.now().toString(36).slice(-5);
  const prefix = `评委${suffix}`;
  const members = await f.makeCommitteeMembers(app, client, memberCount, { namePrefix: prefix, login: false });
  const reviewers = [await f.makeReviewer(app, client), await f.makeReviewer(app, client)];

  async function reviewedFile(fullName: string) {
    const file = await f.submitFile(app, client, cycle!, { fullName });
    await f.forceTransition(app, file.id, 'accept_qualification');
    await f.recordSubmittedReviews(app, file.id, cycle!.id, [
      { reviewerId: reviewers[0].id, total: '86.00', recommendation: 'pass', comment: '作品转化成果突出' },
      { reviewerId: reviewers[1].id, total: '81.50', recommendation: 'pass', comment: 'Strong portfolio' },
    ]);
    await f.forceTransition(app, file.id, 'complete_review');
    return { id: file.id, referenceNumber: file.referenceNumber, applicantName: fullName };
  }
  const reviewed = [await reviewedFile(`议程甲${suffix}`), await reviewedFile(`议程乙${suffix}`)];

  // A file on notice: through the committee's pass, as closing a meeting posts it.
  const noticedName = `公示${suffix}`;
  const noticedFile = await reviewedFile(noticedName);
  const committee = await admin.client.post('/api/v1/committees', {
    nameZh: `公示用评审委员会${suffix}`,
    nameEn: `Notice committee ${suffix}`,
    organisedBy: 'specialty',
    levels: ['intermediate'],
    specialties: cycle.specialties,
    chairId: members[0].id,
    memberIds: members.slice(0, 11).map((m) => m.id),
    termStart: new Date(Date.now() - 30 * 86400_000).toISOString().slice(0, 10),
    termEnd: new Date(Date.now() + 365 * 86400_000).toISOString().slice(0, 10),
  });
  expectStatus('committee', committee, 201);
  const meeting = await admin.client.post('/api/v1/meetings', {
    committeeId: committee.body.id,
    cycleId: cycle.id,
    scheduledAt: new Date(Date.now() + 3600_000).toISOString(),
    location: '301',
    applicationIds: [noticedFile.id],
  });
  expectStatus('meeting', meeting, 201);
  expectStatus('open', await admin.client.post(`/api/v1/meetings/${meeting.body.id}/open`, { presentMemberIds: members.slice(0, 11).map((m) => m.id) }), 200);
  expectStatus('tally', await admin.client.post(`/api/v1/meetings/${meeting.body.id}/tallies`, { applicationId: noticedFile.id, yes: 11, no: 0, abstain: 0 }), 200);
  expectStatus('close', await admin.client.post(`/api/v1/meetings/${meeting.body.id}/close`, {}), 200);
  const notices = (await client.get('/api/v1/public/notices?limit=100')) as unknown as { body: { items: { id: string; name: string | null }[] } };
  const notice = notices.body.items.find((n) => n.name === noticedName);
  if (!notice) throw new Error(`${noticedName} is not on notice`);
  const objectionPhone = '13812345678';
  expectStatus(
    'objection',
    await client.post(`/api/v1/public/notices/${notice.id}/objections`, { name: '王某某', phone: objectionPhone, statement: `作品${suffix}的主要设计人另有其人。`, locale: 'zh-CN' }),
    201,
  );
  return {
    prefix,
    memberNames: members.map((m) => m.fullName),
    cycle: { id: cycle.id, code: cycle.code, nameZh: cycle.nameZh, nameEn: cycle.nameEn, specialty: cycle.specialties[0] },
    reviewed,
    noticed: { ...noticedFile, objectionPhone },
    dispose: () => app.close(),
  };
}
