import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganisationsService } from '@app/organisations';
import { forceTransition } from './application-fixtures';
export { ensureSampleUnit, SAMPLE_EMPLOYER_CREDIT_CODE } from './application-fixtures';
import { makeUser, TestUser } from './factories';
import { ApiClient, HttpResult } from './portal';

/**
 * Test set-up only: the file's recommending unit recommends it (forceTransition `unit_recommend`,
 * without the posting: the unit's stage has its own suite, test/unit-recommendation.e2e-spec.ts).
 */
export async function recommendByUnit(app: INestApplicationContext, applicationId: string): Promise<void> {
  await forceTransition(app, applicationId, 'unit_recommend');
}

/**
 * Submits a file and takes it past its recommending unit, as the suites about the office's
 * stages need it: the answer is the submission's, with the file as it is after the
 * recommendation (status `submitted`). A refused submission is answered as it was.
 */
export async function submitToOffice(app: INestApplicationContext, client: ApiClient, applicationId: string, headers?: Record<string, string>): Promise<HttpResult> {
  const submitted = await client.post(`/api/v1/applications/${applicationId}/submit`, { declarationAccepted: true }, headers);
  if (submitted.status !== 200 || submitted.body.status !== 'with_unit') return submitted;
  await recommendByUnit(app, applicationId);
  const after = await client.get(`/api/v1/applications/${applicationId}`);
  return { ...after, headers: submitted.headers };
}

/** A unit officer of `organisationId` (an account with the role, bound to the unit), logged in. */
export async function makeUnitOfficer(app: INestApplication, api: ApiClient, organisationId: string, options: { locale?: 'zh-CN' | 'en'; fullName?: string } = {}): Promise<TestUser> {
  const officer = await makeUser(app, api, { roles: ['unit_officer'], locale: options.locale, fullName: options.fullName ?? 'Unit Officer' });
  await app.get(DataSource).query(`INSERT INTO organisation_members (user_id, organisation_id, role) VALUES ($1, $2, 'unit_officer')`, [officer.id, organisationId]);
  return officer;
}

/** The host province's partner association (seeded at start-up). */
export async function associationId(app: INestApplicationContext): Promise<string> {
  const association = await app.get(OrganisationsService).association();
  if (!association) throw new Error('The partner association was not seeded');
  return association.id;
}
