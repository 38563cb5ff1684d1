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
interface Fixtures {
  startApi(env: Record<string, string>): Promise<{ app: NestApp; client: unknown }>;
  makeOpenCycle(app: NestApp): Promise<{ id: string }>;
  makeApplicant(app: NestApp, client: unknown): Promise<TestUser>;
  submitFile(app: NestApp, client: unknown, cycle: { id: string }, options: { fullName?: string; regionCode?: string }): Promise<{ user: TestUser; id: string; referenceNumber: string }>;
  approveWithCertificate(app: NestApp, applicationId: string): Promise<{ certificateNumber: string; verificationCode: string }>;
}

export interface Backstage {
  /** A verified applicant account (password: the fixtures' test password). */
  applicant(): Promise<TestUser>;
  /** A file submitted by a new applicant under the name given, in a cycle of its own. */
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
  let cycle: { id: string } | undefined;
  const ownCycle = async () => (cycle ??= await fixtures.makeOpenCycle(app));
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
