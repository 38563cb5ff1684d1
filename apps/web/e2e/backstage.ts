import { execFile } from 'child_process';
import * as path from 'path';

/**
 * Set-up the browser has no reason to click through, done as the API's own e2e suites do it:
 * the compiled fixtures of libs/testing (dist/, built by `npm run test:web`) drive an
 * in-process API on the database and queues of the portal under test. A certificate, for
 * example, needs a whole review and committee cycle; here it is one call, and the browser
 * test is about the page that verifies it.
 */

interface TestUser {
  id: string;
  email: string;
  password: string;
}
interface NestApp {
  close(): Promise<void>;
}
interface ApiClient {
  get(path: string): Promise<{ status: number; body: { items: { id: string; code: string; specialties: string[] }[] } }>;
}
interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient }>;
  makeApplicant(app: NestApp, client: ApiClient): Promise<TestUser>;
  submitFile(app: NestApp, client: ApiClient, cycle: { id: string; specialties: string[] }, options: { fullName?: string; regionCode?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  approveWithCertificate(app: NestApp, applicationId: string): Promise<{ certificateNumber: string; verificationCode: string }>;
  forceTransition(app: NestApp, applicationId: string, action: string): Promise<void>;
  makeAdmin(app: NestApp, client: ApiClient): Promise<TestUser & { client: unknown }>;
  confirmCalendarYears(admin: unknown, years: number[]): Promise<void>;
  yearsFromToday(): number[];
  residentIdFor(seed: string): string;
}

export interface Backstage {
  /** A verified applicant account (password: the fixtures' test password). */
  applicant(): Promise<TestUser>;
  /** A file submitted by a new applicant under the name given, in the demo's open cycle. */
  submittedFile(fullName: string): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  /** A submitted file taken to `approved`, with its certificate issued as closing the notice does. */
  approvedFile(fullName: string): Promise<{ user: TestUser; id: string; certificateNumber: string; verificationCode: string }>;
  // --- the public notice and the designer's journey (public-and-designer.spec.ts) ---
  /** A submitted file taken through review and the committee's pass, and posted for public notice from today as the pass posts it. */
  noticedFile(fullName: string): Promise<{ user: TestUser; id: string; noticeId: string; endDate: string }>;
  /** A PDF read back as a reader would: its text and the QR code on page 1, decoded (pdf-parse, jsqr). */
  readPdf(pdf: Buffer): Promise<{ text: string; pages: number; qr: string | null }>;
  /** The identity number the fixtures' files of this account carry (one person, one account: each account its own). */
  identityNumberOf(userId: string): string;
  close(): Promise<void>;
}

export async function openBackstage(): Promise<Backstage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS fixtures, loaded at run time from dist/
  const fixtures = require(path.resolve(__dirname, '../../../dist/libs/testing/src')) as Fixtures;
  const env = JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>;
  const { app, client } = await fixtures.startApi(env);
  // The seeded demo cycle (code <year>-ID): the files appear where a visitor and an admin
  // expect them, and no extra cycle shows on the home page.
  let cycle: { id: string; specialties: string[] } | undefined;
  const ownCycle = async () => {
    if (cycle) return cycle;
    const open = await client.get('/api/v1/public/cycles?limit=100');
    cycle = open.body.items.find((c) => /^\d{4}-ID$/.test(c.code));
    if (!cycle) throw new Error(`No open demo cycle among ${JSON.stringify(open.body)}`);
    return cycle;
  };
  return {
    applicant: () => fixtures.makeApplicant(app, client),
    identityNumberOf: (userId) => fixtures.residentIdFor(userId),
    submittedFile: async (fullName) => fixtures.submitFile(app, client, await ownCycle(), { fullName }),
    approvedFile: async (fullName) => {
      const file = await fixtures.submitFile(app, client, await ownCycle(), { fullName });
      return { user: file.user, id: file.id, ...(await fixtures.approveWithCertificate(app, file.id)) };
    },
    noticedFile: async (fullName) => {
      // The notice's working days may end next year (the seed confirms only this one): confirm both, as an admin would.
      await fixtures.confirmCalendarYears((await fixtures.makeAdmin(app, client)).client, fixtures.yearsFromToday());
      const file = await fixtures.submitFile(app, client, await ownCycle(), { fullName });
      for (const action of ['accept_qualification', 'complete_review', 'committee_pass']) await fixtures.forceTransition(app, file.id, action);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS, loaded at run time from dist/
      const { PublicNoticeService } = require(path.resolve(__dirname, '../../../dist/libs/notice/src')) as { PublicNoticeService: new () => unknown };
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the API's own TypeORM, from its dist/ context
      const { DataSource } = require('typeorm') as { DataSource: new () => unknown };
      const nest = app as unknown as { get<T>(token: unknown): T };
      const dataSource = nest.get<{ transaction<T>(run: (manager: unknown) => Promise<T>): Promise<T> }>(DataSource);
      const notices = nest.get<{ post(manager: unknown, items: { applicationId: string }[], passedOn: Date): Promise<{ noticeId: string; endDate: string }[]> }>(PublicNoticeService);
      const [posted] = await dataSource.transaction((manager) => notices.post(manager, [{ applicationId: file.id }], new Date()));
      return { user: file.user, id: file.id, noticeId: posted.noticeId, endDate: posted.endDate };
    },
    // The API suites' reader (libs/testing/src/read-pdf.mjs: pdf-parse and jsqr), run from its source: tsc does not copy .mjs into dist/.
    readPdf: (pdf) =>
      new Promise((resolve, reject) => {
        const child = execFile(process.execPath, [path.resolve(__dirname, '../../../libs/testing/src/read-pdf.mjs')], { maxBuffer: 16 * 1024 * 1024, timeout: 60_000 }, (error, stdout, stderr) =>
          error ? reject(new Error(`reading the PDF failed: ${error.message}\n${stderr}`)) : resolve(JSON.parse(stdout)),
        );
        child.stdin!.end(pdf);
      }),
    close: () => app.close(),
  };
}

// ---- Committee members (committee.spec.ts) -------------------------------------------------

interface FixtureClient {
  get(path: string): Promise<{ status: number; body: never }>;
  post(path: string, body: unknown): Promise<{ status: number; body: { id: string; code?: string } }>;
}
interface CommitteeFixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: ApiClient & FixtureClient }>;
  TEST_PASSWORD: string;
  makeAdmin(app: NestApp, client: ApiClient): Promise<TestUser & { client: FixtureClient }>;
  makeReviewer(app: NestApp, client: ApiClient): Promise<TestUser>;
  makeCommitteeMembers(app: NestApp, client: ApiClient, count: number, options: { locale?: 'zh-CN' | 'en'; namePrefix?: string }): Promise<{ id: string; email: string; fullName: string; client: FixtureClient }[]>;
  submitFile(app: NestApp, client: ApiClient, cycle: { id: string; specialties: string[] }, options: { fullName?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  forceTransition(app: NestApp, applicationId: string, action: string): Promise<void>;
  recordSubmittedReviews(app: NestApp, applicationId: string, cycleId: string, reviews: { reviewerId: string; total: string; recommendation: 'pass' | 'fail'; comment: string }[]): Promise<void>;
  confirmCalendarYears(admin: FixtureClient, years: number[]): Promise<void>;
  yearsFromToday(): number[];
}

export type Vote = 'yes' | 'no' | 'abstain';

/** An open meeting of an 11-member committee (the default minimum) with two reviewed files on its agenda. */
export interface CommitteeStage {
  /** The member who uses the browser (password: `password`). */
  member: { id: string; email: string; password: string; fullName: string };
  meetingId: string;
  /** Item 1: every member may vote; its panel's reviews carry these comments. */
  voted: { id: string; referenceNumber: string; comments: string[]; reviewerEmails: string[] };
  /** Item 2: the browser member is recused from it (a declared relation with its applicant). */
  recused: { id: string; referenceNumber: string };
  /** The other ten members' ballots on item 1, through the API, one call each. */
  castOthers(votes: Vote[]): Promise<void>;
  /** Item 2 by paper tally, then the admin closes the meeting. */
  close(): Promise<void>;
  dispose(): Promise<void>;
}

export async function openCommitteeStage(options: { memberName: string; locale: 'zh-CN' | 'en' }): Promise<CommitteeStage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- compiled CommonJS fixtures, loaded at run time from dist/
  const f = require(path.resolve(__dirname, '../../../dist/libs/testing/src')) as CommitteeFixtures;
  const env = JSON.parse(process.env.TP_WEB_PORTAL_ENV!) as Record<string, string>;
  const { app, client } = await f.startApi(env);
  const expectStatus = (what: string, res: { status: number; body: unknown }, status: number) => {
    if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
  };
  const open = (await client.get('/api/v1/public/cycles?limit=100')) as unknown as { body: { items: { id: string; code: string; specialties: string[] }[] } };
  const cycle = open.body.items.find((c) => /^\d{4}-ID$/.test(c.code));
  if (!cycle) throw new Error('No open demo cycle');
  const admin = await f.makeAdmin(app, client);
  // Closing the meeting posts the passed file's notice, whose working days may end next year.
  await f.confirmCalendarYears(admin.client, f.yearsFromToday());
  const reviewers = [await f.makeReviewer(app, client), await f.makeReviewer(app, client), await f.makeReviewer(app, client)];
  const comments = ['作品转化成果突出，市场反响良好', 'Strong portfolio; patents well documented', '设计创新性一般，证明材料偏少'];

  async function reviewedFile(fullName: string) {
    const file = await f.submitFile(app, client, cycle!, { fullName });
    await f.forceTransition(app, file.id, 'accept_qualification');
    await f.recordSubmittedReviews(app, file.id, cycle!.id, [
      { reviewerId: reviewers[0].id, total: '86.00', recommendation: 'pass', comment: comments[0] },
      { reviewerId: reviewers[1].id, total: '81.50', recommendation: 'pass', comment: comments[1] },
      { reviewerId: reviewers[2].id, total: '48.00', recommendation: 'fail', comment: comments[2] },
    ]);
    await f.forceTransition(app, file.id, 'complete_review');
    return file;
  }

  const members = await f.makeCommitteeMembers(app, client, 11, { locale: options.locale, namePrefix: options.memberName });
  const [me, ...others] = members;
  const a = await reviewedFile('林设计');
  const b = await reviewedFile('周设计');
  expectStatus('conflict', await admin.client.post(`/api/v1/admin/reviewers/${me.id}/conflicts`, { kind: 'coauthor', partyType: 'user', userId: b.user.id, note: 'co-designed a product line' }), 201);
  const DAY = 24 * 3600 * 1000;
  const committee = await admin.client.post('/api/v1/committees', {
    nameZh: '重庆市工业设计专业评审委员会',
    nameEn: 'Chongqing Industrial Design Committee',
    organisedBy: 'specialty',
    levels: ['intermediate'],
    specialties: cycle.specialties,
    chairId: others[0].id,
    memberIds: members.map((m) => m.id),
    termStart: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
    termEnd: new Date(Date.now() + 2 * 365 * DAY).toISOString().slice(0, 10),
  });
  expectStatus('committee', committee, 201);
  const meeting = await admin.client.post('/api/v1/meetings', {
    committeeId: committee.body.id,
    cycleId: cycle.id,
    scheduledAt: new Date(Date.now() + 3600 * 1000).toISOString(),
    location: '重庆市人力资源和社会保障局 3 楼会议室',
    applicationIds: [a.id, b.id],
  });
  expectStatus('meeting', meeting, 201);
  const meetingId = meeting.body.id;
  expectStatus('open', await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: members.map((m) => m.id) }), 200);

  return {
    member: { id: me.id, email: me.email, password: f.TEST_PASSWORD, fullName: me.fullName },
    meetingId,
    voted: { id: a.id, referenceNumber: a.referenceNumber, comments, reviewerEmails: reviewers.map((r) => r.email) },
    recused: { id: b.id, referenceNumber: b.referenceNumber },
    castOthers: async (votes) => {
      for (const [i, vote] of votes.entries()) expectStatus('ballot', await others[i].client.post(`/api/v1/meetings/${meetingId}/ballots`, { applicationId: a.id, vote }), 201);
    },
    close: async () => {
      expectStatus('tally', await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId: b.id, yes: 2, no: 8, abstain: 0 }), 200);
      expectStatus('close', await admin.client.post(`/api/v1/meetings/${meetingId}/close`, {}), 200);
    },
    dispose: () => app.close(),
  };
}
