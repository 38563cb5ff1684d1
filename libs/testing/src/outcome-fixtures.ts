import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { Cycle, TitleLevel } from '@app/applications';
import { CertificatesService, ConfirmationService, IssuedCertificate } from '@app/certificates';
import { PiiCipher, Role, shanghaiDate } from '@app/common';
import { AppConfig } from '@app/config';
import { User } from '@app/identity';
import { addEvidenceRows, completeFormData, forceTransition } from './application-fixtures';
import { makeApplicant, TestUser, uniqueEmail } from './factories';
import { ensureSampleUnit, submitToOffice } from './unit-fixtures';
import { ApiClient } from './portal';
import { hostBureauId } from './chain-fixtures';

export interface SubmittedFile {
  user: TestUser;
  id: string;
  referenceNumber: string;
}

/** A file submitted through the API as its applicant would (evidence rows direct) and recommended by its unit (set-up shortcut): `submitted`, with the holder name and employer region given. */
export async function submitFile(
  app: INestApplication,
  api: ApiClient,
  cycle: Cycle,
  options: { user?: TestUser; fullName?: string; regionCode?: string; level?: TitleLevel } = {},
): Promise<SubmittedFile> {
  const user = options.user ?? (await makeApplicant(app, api));
  const level = options.level ?? 'intermediate';
  const created = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level, specialty: cycle.specialties[0] });
  if (created.status !== 201) throw new Error(`draft refused: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  const saved = await user.client.patch(`/api/v1/applications/${id}`, { version: created.body.version, data: completeFormData(level, { fullName: options.fullName, regionCode: options.regionCode, applicant: user.id }) });
  if (saved.status !== 200) throw new Error(`draft save refused: ${JSON.stringify(saved.body)}`);
  const eligibility = await user.client.get(`/api/v1/applications/${id}/eligibility`);
  const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array<string>(r.minCount).fill(r.kind));
  await addEvidenceRows(app, id, user.id, kinds);
  await ensureSampleUnit(app);
  const submitted = await submitToOffice(app, user.client, id);
  if (submitted.status !== 200) throw new Error(`submission refused: ${JSON.stringify(submitted.body)}`);
  return { user, id, referenceNumber: submitted.body.referenceNumber as string };
}

/** A bureau officer (authority_officer, acting for the host office's bureau) inserted directly, without a login: who the fixtures confirm files as. */
export async function makeBureauOfficerRow(app: INestApplication): Promise<{ id: string; roles: Role[] }> {
  const dataSource = app.get(DataSource);
  const result = await dataSource.manager.insert(User, {
    email: uniqueEmail('bureau'),
    fullName: 'Bureau Officer',
    roles: [Role.AuthorityOfficer],
    locale: 'zh-CN',
    status: 'active',
    emailVerifiedAt: new Date(),
  });
  const id = String(result.identifiers[0].id);
  await dataSource.query(`INSERT INTO organisation_members (user_id, organisation_id, role) VALUES ($1, $2, 'authority_officer')`, [id, await hostBureauId(app)]);
  return { id, roles: [Role.AuthorityOfficer] };
}

/** A fresh approval document number (文号) for a test batch. */
export function testDocumentNumber(year = new Date().getFullYear()): string {
  return `渝人社职〔${year}〕${randomBytes(4).readUInt32BE(0)}号`;
}

/**
 * Test set-up only: takes a submitted file to the committee's pass (forceTransition through
 * each step, for the steps whose routes other suites test), records the pass at
 * `committeePassedOn` in its history (the certificate's date obtained), closes its notice
 * (awaiting_confirmation), then confirms it as the bureau does (ConfirmationService, a batch
 * of its own with a fresh document number, dated `approvedOn`): approved, with its certificate.
 */
export async function approveWithCertificate(
  app: INestApplication,
  applicationId: string,
  dates: { approvedOn?: Date; committeePassedOn?: Date } = {},
): Promise<IssuedCertificate & { batchId: string; documentNumber: string }> {
  await awaitConfirmation(app, applicationId, dates.committeePassedOn ?? new Date((dates.approvedOn ?? new Date()).getTime() - 8 * 24 * 3600 * 1000));
  const documentNumber = testDocumentNumber();
  const officer = await makeBureauOfficerRow(app);
  const { batch } = await app.get(ConfirmationService).confirm(officer, { documentNumber, issuedOn: shanghaiDate(dates.approvedOn ?? new Date()), applicationIds: [applicationId] });
  const certificate = (await app.get(CertificatesService).findByApplication(applicationId))!;
  const verificationCode = new PiiCipher(app.get(AppConfig).PII_ENCRYPTION_KEY).open(certificate.verificationCodeSealed);
  return { certificateNumber: certificate.number, verificationCode, batchId: batch.id, documentNumber };
}

/**
 * Test set-up only: a submitted file taken to `awaiting_confirmation` as a clean notice leaves
 * it, its committee pass recorded at `committeePassedOn` (what the confirmation reads as the
 * date obtained).
 */
export async function awaitConfirmation(app: INestApplication, applicationId: string, committeePassedOn: Date = new Date(Date.now() - 8 * 24 * 3600 * 1000)): Promise<void> {
  for (const action of ['accept_qualification', 'complete_review', 'committee_pass'] as const) await forceTransition(app, applicationId, action);
  await app.get(DataSource).query(
    `INSERT INTO application_history (application_id, action, from_status, to_status, actor_id, created_at) VALUES ($1, 'committee_passed', 'reviewed', 'public_notice', NULL, $2)`,
    [applicationId, committeePassedOn],
  );
  await forceTransition(app, applicationId, 'close_notice');
}
