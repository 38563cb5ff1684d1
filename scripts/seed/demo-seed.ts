import { DataSource } from 'typeorm';
import { AppConfig, EnvironmentVariables } from '@app/config';
import { buildDataSourceOptions } from '@app/db';
import { PasswordHasher, User } from '@app/identity';
import { buildDefaultForm, Cycle, HostOffice, CycleCounter, DEFAULT_ELIGIBILITY_POLICY, DEFAULT_EVIDENCE_RULES, FormVersion, LEVELS, SPECIALTIES, TitleLevel } from '@app/applications';
import type { Role } from '@app/common';
import { bureauNames, Organisation, OrganisationMember } from '@app/organisations';

/** Demo accounts; README.md > Demo accounts lists the same. Local use only. */
export const DEMO_PASSWORDS = {
  reviewer: 'Reviewer-demo-2026!',
  applicant: 'Applicant-demo-2026!',
  unit: 'Unit-demo-2026!',
  bureau: 'Bureau-demo-2026!',
};

/** The demo employer: the employer of the sample form data, a registered recommending unit with one officer. */
export const DEMO_EMPLOYER = { nameZh: '重庆某工业设计有限公司', nameEn: 'Chongqing Example Industrial Design Co., Ltd.', creditCode: '91500103PB3LWF6F87' };
export const DEMO_UNIT_OFFICER = 'unit1@title-portal.local';
export const DEMO_BUREAU_OFFICER = 'bureau1@title-portal.local';

export interface DemoUser {
  email: string;
  fullName: string;
  roles: Role[];
  password: string;
  locale: 'zh-CN' | 'en';
}

const LEVEL_TITLES: Record<TitleLevel, [string, string]> = {
  assistant: ['助理工业设计师申报表', 'Assistant Industrial Designer application'],
  intermediate: ['工业设计师申报表', 'Industrial Designer application'],
  associate_senior: ['高级工业设计师申报表', 'Senior Industrial Designer application'],
  full_senior: ['正高级工业设计师申报表', 'Professor-level Senior Industrial Designer application'],
};

/** The accounts the demo starts with (README.md > Demo accounts); the admin's from ADMIN_EMAIL and ADMIN_PASSWORD. */
export function demoAccounts(config: Pick<EnvironmentVariables, 'ADMIN_EMAIL' | 'ADMIN_PASSWORD'>): DemoUser[] {
  return [
    { email: config.ADMIN_EMAIL, fullName: '评审办管理员 Office Admin', roles: ['admin'], password: config.ADMIN_PASSWORD, locale: 'zh-CN' },
    { email: 'reviewer1@title-portal.local', fullName: '王审 Wang Shen', roles: ['reviewer'], password: DEMO_PASSWORDS.reviewer, locale: 'zh-CN' },
    { email: 'reviewer2@title-portal.local', fullName: 'Li Ping', roles: ['reviewer'], password: DEMO_PASSWORDS.reviewer, locale: 'en' },
    { email: 'applicant1@title-portal.local', fullName: '陈设计 Chen Sheji', roles: ['applicant'], password: DEMO_PASSWORDS.applicant, locale: 'zh-CN' },
    { email: 'applicant2@title-portal.local', fullName: 'Zhao Min', roles: ['applicant'], password: DEMO_PASSWORDS.applicant, locale: 'en' },
    { email: DEMO_UNIT_OFFICER, fullName: '刘推荐 Liu Tuijian', roles: ['unit_officer'], password: DEMO_PASSWORDS.unit, locale: 'zh-CN' },
    { email: DEMO_BUREAU_OFFICER, fullName: '周确认 Zhou Queren', roles: ['authority_officer'], password: DEMO_PASSWORDS.bureau, locale: 'zh-CN' },
  ];
}

/** Seed the demo (accounts, the default form of each level, an open cycle) on an empty database. Returns true when it seeded. */
export async function seedDemoIfEmpty(config: EnvironmentVariables): Promise<boolean> {
  const dataSource = await new DataSource(buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: 2 })).initialize();
  try {
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM users');
    if (count > 0) return false;
    const users = demoAccounts(config);
    const hasher = new PasswordHasher();
    await dataSource.transaction(async (manager) => {
      const formVersions: Partial<Record<TitleLevel, string>> = {};
      for (const level of LEVELS) {
        const form = buildDefaultForm(level);
        const row = manager.create(FormVersion, {
          formKey: `default-${level.replace('_', '-')}`,
          version: 1,
          level,
          titleZh: LEVEL_TITLES[level][0],
          titleEn: LEVEL_TITLES[level][1],
          schema: form.schema,
          uiHints: form.uiHints,
          status: 'published',
          publishedAt: new Date(),
        });
        await manager.save(row);
        formVersions[level] = row.id;
      }
      const year = new Date().getFullYear();
      const cycle = manager.create(Cycle, {
        code: `${year}-ID`,
        nameZh: `${year}年度工业设计专业职称评审（含跨省通道）`,
        nameEn: `${year} Industrial Design Title Evaluation (incl. cross-provincial channel)`,
        levels: [...LEVELS],
        specialties: SPECIALTIES.map((s) => s.key),
        // The demo window is open from today for 60 days, so a newcomer can apply at once.
        opensAt: new Date(Date.now() - 24 * 3600 * 1000),
        closesAt: new Date(Date.now() + 60 * 24 * 3600 * 1000),
        reviewDeadline: null,
        meetingDate: null,
        formVersions,
        rubricVersion: null,
        eligibilityPolicy: DEFAULT_ELIGIBILITY_POLICY,
        evidenceRules: DEFAULT_EVIDENCE_RULES,
      });
      await manager.save(cycle);
      await manager.insert(CycleCounter, { cycleId: cycle.id, lastNumber: 0 });
      // The demo employer recommends the demo designers' files (the association, office and bureau are seeded by the portal itself).
      const host = new HostOffice(config as AppConfig);
      const employer = await manager.insert(Organisation, { kind: 'employer', ...DEMO_EMPLOYER, regionCode: null, province: host.provinceCode, createdBy: null });
      // The demo bureau officer acts for the host province's bureau (which the portal seeds at start-up too: once, whoever is first).
      const bureauName = bureauNames(host.provinceName);
      await manager.query(
        `INSERT INTO organisations (kind, name_zh, name_en, province) VALUES ('bureau', $1, $2, $3) ON CONFLICT (province, kind) WHERE kind IN ('association', 'office', 'bureau') DO NOTHING`,
        [bureauName.nameZh, bureauName.nameEn, host.provinceCode],
      );
      const [bureau]: { id: string }[] = await manager.query(`SELECT id FROM organisations WHERE kind = 'bureau' AND province = $1`, [host.provinceCode]);
      for (const u of users) {
        const inserted = await manager.insert(User, {
          email: u.email.trim().toLowerCase(),
          fullName: u.fullName,
          roles: u.roles,
          locale: u.locale,
          status: 'active',
          emailVerifiedAt: new Date(),
          passwordHash: await hasher.hash(u.password),
        });
        if (u.email === DEMO_UNIT_OFFICER) {
          await manager.insert(OrganisationMember, { userId: String(inserted.identifiers[0].id), organisationId: String(employer.identifiers[0].id), role: 'unit_officer', createdBy: null });
        }
        if (u.email === DEMO_BUREAU_OFFICER) {
          await manager.insert(OrganisationMember, { userId: String(inserted.identifiers[0].id), organisationId: bureau.id, role: 'authority_officer', createdBy: null });
        }
      }
    });
    return true;
  } finally {
    await dataSource.destroy();
  }
}
