import { INestApplication } from '@nestjs/common';
import { Cycle } from '@app/applications';
import { DataSource } from 'typeorm';
import { PasswordHasher, User } from '@app/identity';
import { aggregateTotals, DEFAULT_RUBRIC, ReviewerPoolService } from '@app/review';
import { ApiClient } from './portal';
import { submitToOffice } from './unit-fixtures';
import { makeApplicant, TEST_PASSWORD, TestUser, uniqueEmail } from './factories';
import { forceTransition, makeReadyFile } from './application-fixtures';

export interface CommitteeMemberFixture {
  id: string;
  email: string;
  fullName: string;
  /** Signed in (unless `login: false`). */
  client: ApiClient;
}

/**
 * `count` reviewers in the expert pool, fast enough for committees of 25: one password hash
 * for all, one INSERT for the accounts, then a profile each through the real pool service
 * (each with an employer of its own, so none conflicts with the default test files) and a
 * sign-in each through the API (skip it with `login: false` when only ids are needed).
 */
export async function makeCommitteeMembers(
  app: INestApplication,
  api: ApiClient,
  count: number,
  options: { login?: boolean; locale?: 'zh-CN' | 'en'; namePrefix?: string } = {},
): Promise<CommitteeMemberFixture[]> {
  const passwordHash = await app.get(PasswordHasher).hash(TEST_PASSWORD);
  const rows = Array.from({ length: count }, (_, i) => ({
    email: uniqueEmail('member'),
    fullName: `${options.namePrefix ?? 'Member'} ${i + 1}`,
    roles: ['reviewer' as const],
    locale: options.locale ?? 'en',
    status: 'active' as const,
    emailVerifiedAt: new Date(),
    passwordHash,
  }));
  const result = await app.get(DataSource).manager.insert(User, rows);
  const ids = result.identifiers.map((r) => String(r.id));
  const pool = app.get(ReviewerPoolService);
  const members: CommitteeMemberFixture[] = [];
  for (const [i, id] of ids.entries()) {
    await pool.put(
      id,
      { specialties: ['product_design', 'experience_design', 'visual_communication'], maxLevel: 'full_senior', homeProvince: '11', employerName: `委员单位${i + 1}设计研究院`, maxLoadPerCycle: 20, active: true },
      { id },
    );
    let client = api;
    if (options.login !== false) {
      const login = await api.post('/api/v1/auth/login', { email: rows[i].email, password: TEST_PASSWORD });
      if (login.status !== 200) throw new Error(`login failed for ${rows[i].email}: ${JSON.stringify(login.body)}`);
      client = api.withToken(login.body.accessToken);
    }
    members.push({ id, email: rows[i].email, fullName: rows[i].fullName, client });
  }
  return members;
}


export interface SubmittedReviewFixture {
  reviewerId: string;
  total: string;
  recommendation: 'pass' | 'fail';
  comment: string;
}

/**
 * Test set-up only: a file's expert review as it stands once complete (submitted reviews and
 * the panel's aggregate through the real aggregation rule), written directly, for suites
 * about what comes after the review (a committee member's dossier).
 */
export async function recordSubmittedReviews(app: INestApplication, applicationId: string, cycleId: string, reviews: SubmittedReviewFixture[]): Promise<void> {
  const now = new Date();
  const manager = app.get(DataSource).manager;
  for (const r of reviews) {
    await manager.query(
      `INSERT INTO review_assignments (application_id, reviewer_id, cycle_id, status, rubric_version, total, comment, recommendation, submitted_at)
       VALUES ($1, $2, $3, 'submitted', $4, $5::numeric, $6, $7, $8)`,
      [applicationId, r.reviewerId, cycleId, DEFAULT_RUBRIC.version, r.total, r.comment, r.recommendation, now],
    );
  }
  const result = aggregateTotals(reviews.map((r) => r.total));
  await manager.query(
    `INSERT INTO review_outcomes (application_id, aggregate, spread, spread_flag, review_count, rubric_version, computed_at) VALUES ($1, $2::numeric, $3::numeric, $4, $5, $6, $7)
     ON CONFLICT (application_id) DO NOTHING`,
    [applicationId, result.aggregate, result.spread, result.spreadFlag, reviews.length, DEFAULT_RUBRIC.version, now],
  );
}

/**
 * A file in `reviewed`, ready for a committee's agenda: made ready and submitted through the API
 * by a new applicant, then moved through qualification and review by the test shortcut.
 */
export async function makeReviewedFile(app: INestApplication, api: ApiClient, cycle: Cycle): Promise<{ id: string; owner: TestUser }> {
  const owner = await makeApplicant(app, api);
  const id = await makeReadyFile(app, owner.client, owner.id, cycle);
  const submitted = await submitToOffice(app, owner.client, id);
  if (submitted.status !== 200) throw new Error(`submit refused: ${JSON.stringify(submitted.body)}`);
  await forceTransition(app, id, 'accept_qualification');
  await forceTransition(app, id, 'complete_review');
  return { id, owner };
}
