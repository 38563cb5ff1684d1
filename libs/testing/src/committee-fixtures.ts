import { INestApplication } from '@nestjs/common';
import { Cycle } from '@app/applications';
import { DataSource } from 'typeorm';
import { PasswordHasher, User } from '@app/identity';
import { ReviewerPoolService } from '@app/review';
import { ApiClient } from './portal';
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
      { id, ip: null },
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


/**
 * A file in `reviewed`, ready for a committee's agenda: made ready and submitted through the API
 * by a new applicant, then moved through qualification and review by the test shortcut.
 */
export async function makeReviewedFile(app: INestApplication, api: ApiClient, cycle: Cycle): Promise<{ id: string; owner: TestUser }> {
  const owner = await makeApplicant(app, api);
  const id = await makeReadyFile(app, owner.client, owner.id, cycle);
  const submitted = await owner.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
  if (submitted.status !== 200) throw new Error(`submit refused: ${JSON.stringify(submitted.body)}`);
  await forceTransition(app, id, 'accept_qualification');
  await forceTransition(app, id, 'complete_review');
  return { id, owner };
}
