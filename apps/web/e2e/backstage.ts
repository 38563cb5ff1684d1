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
}

export interface Backstage {
  /** A verified applicant account (password: the fixtures' test password). */
  applicant(): Promise<TestUser>;
  /** A file submitted by a new applicant under the name given, in the demo's open cycle. */
  submittedFile(fullName: string): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  /** A submitted file taken to `approved`, with its certificate issued as closing the notice does. */
  approvedFile(fullName: string): Promise<{ id: string; certificateNumber: string; verificationCode: string }>;
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
      return { id: file.id, ...(await fixtures.approveWithCertificate(app, file.id)) };
    },
    close: () => app.close(),
  };
}
