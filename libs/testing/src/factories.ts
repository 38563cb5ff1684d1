import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { PasswordHasher, User } from '@app/identity';
import type { Role } from '@app/common';
import { ApiClient } from './portal';

export const TEST_PASSWORD = 'correct horse battery staple 42';

export interface TestUser {
  id: string;
  email: string;
  password: string;
  client: ApiClient;
  accessToken: string;
  refreshToken: string;
}

let counter = 0;
export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}.${Date.now().toString(36)}.${counter++}.${randomBytes(3).toString('hex')}@example.com`;
}

/** Insert an account directly (fast test set-up), then log in through the API. */
export async function makeUser(
  app: INestApplication,
  api: ApiClient,
  options: { roles?: Role[]; verified?: boolean; email?: string; locale?: 'zh-CN' | 'en'; fullName?: string } = {},
): Promise<TestUser> {
  const email = options.email ?? uniqueEmail(options.roles?.[0] ?? 'applicant');
  const dataSource = app.get(DataSource);
  const passwordHash = await app.get(PasswordHasher).hash(TEST_PASSWORD);
  const result = await dataSource.manager.insert(User, {
    email,
    fullName: options.fullName ?? 'Test Person',
    roles: options.roles ?? ['applicant'],
    locale: options.locale ?? 'en',
    status: 'active',
    emailVerifiedAt: options.verified === false ? null : new Date(),
    passwordHash,
  });
  const id = String(result.identifiers[0].id);
  const login = await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
  if (login.status !== 200) throw new Error(`login failed for ${email}: ${JSON.stringify(login.body)}`);
  return { id, email, password: TEST_PASSWORD, client: api.withToken(login.body.accessToken), accessToken: login.body.accessToken, refreshToken: login.body.refreshToken };
}

export const makeAdmin = (app: INestApplication, api: ApiClient) => makeUser(app, api, { roles: ['admin'] });
export const makeApplicant = (app: INestApplication, api: ApiClient, verified = true) => makeUser(app, api, { roles: ['applicant'], verified });
export const makeReviewer = (app: INestApplication, api: ApiClient) => makeUser(app, api, { roles: ['reviewer'] });
