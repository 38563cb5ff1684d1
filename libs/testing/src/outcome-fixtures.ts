import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Cycle, TitleLevel } from '@app/applications';
import { CertificatesService, IssuedCertificate } from '@app/certificates';
import { addEvidenceRows, completeFormData, forceTransition } from './application-fixtures';
import { makeApplicant, TestUser } from './factories';
import { ApiClient } from './portal';

export interface SubmittedFile {
  user: TestUser;
  id: string;
  referenceNumber: string;
}

/** A file submitted through the API as its applicant would (evidence rows direct), with the holder name and employer region given. */
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
  const submitted = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
  if (submitted.status !== 200) throw new Error(`submission refused: ${JSON.stringify(submitted.body)}`);
  return { user, id, referenceNumber: submitted.body.referenceNumber as string };
}

/**
 * Test set-up only: moves a submitted file to `approved` (forceTransition through each step,
 * for the steps whose routes other suites test) and issues its certificate as closing the
 * notice does, in one transaction.
 */
export async function approveWithCertificate(app: INestApplication, applicationId: string, dates: { approvedOn?: Date; committeePassedOn?: Date } = {}): Promise<IssuedCertificate> {
  for (const action of ['accept_qualification', 'complete_review', 'committee_pass', 'close_notice'] as const) await forceTransition(app, applicationId, action);
  const approvedOn = dates.approvedOn ?? new Date();
  const committeePassedOn = dates.committeePassedOn ?? new Date(approvedOn.getTime() - 8 * 24 * 3600 * 1000);
  return app.get(DataSource).transaction((manager) => app.get(CertificatesService).issue(manager, { applicationId, approvedOn, committeePassedOn }));
}
