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
    submittedFile: async (fullName) => fixtures.submitFile(app, client, await ownCycle(), { fullName }),
    approvedFile: async (fullName) => {
      const file = await fixtures.submitFile(app, client, await ownCycle(), { fullName });
      return { user: file.user, id: file.id, ...(await fixtures.approveWithCertificate(app, file.id)) };
    },
    noticedFile: async (fullName) => {
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
