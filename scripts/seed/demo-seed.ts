import { DataSource } from 'typeorm';
import { EnvironmentVariables } from '@app/config';
import { buildDataSourceOptions } from '@app/db';
import { PasswordHasher, User } from '@app/identity';
import type { Role } from '@app/common';

/** Demo accounts; README.md > Demo accounts lists the same. Local use only. */
export const DEMO_PASSWORDS = {
  reviewer: 'Reviewer-demo-2026!',
  applicant: 'Applicant-demo-2026!',
};

interface DemoUser {
  email: string;
  fullName: string;
  roles: Role[];
  password: string;
  locale: 'zh-CN' | 'en';
}

/** Seed the demo (accounts; later issues add an open cycle) on an empty database. Returns true when it seeded. */
export async function seedDemoIfEmpty(config: EnvironmentVariables): Promise<boolean> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: 2 })).initialize();
  try {
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return false;
    const users: DemoUser[] = [
      { email: config.ADMIN_EMAIL, fullName: '评审办管理员 Office Admin', roles: ['admin'], password: config.ADMIN_PASSWORD, locale: 'zh-CN' },
      { email: 'reviewer1@title-portal.local', fullName: '王审 Wang Shen', roles: ['reviewer'], password: DEMO_PASSWORDS.reviewer, locale: 'zh-CN' },
      { email: 'reviewer2@title-portal.local', fullName: 'Li Ping', roles: ['reviewer'], password: DEMO_PASSWORDS.reviewer, locale: 'en' },
      { email: 'applicant1@title-portal.local', fullName: '陈设计 Chen Sheji', roles: ['applicant'], password: DEMO_PASSWORDS.applicant, locale: 'zh-CN' },
      { email: 'applicant2@title-portal.local', fullName: 'Zhao Min', roles: ['applicant'], password: DEMO_PASSWORDS.applicant, locale: 'en' },
    ];
    const hasher = new PasswordHasher();
    await dataSource.transaction(async (manager) => {
      for (const u of users) {
        await manager.insert(User, {
          email: u.email.trim().toLowerCase(),
          fullName: u.fullName,
          roles: u.roles,
          locale: u.locale,
          status: 'active',
          emailVerifiedAt: new Date(),
          passwordHash: await hasher.hash(u.password),
        });
      }
    });
    return true;
  } finally {
    await dataSource.destroy();
  }
}
