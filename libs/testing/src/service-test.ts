import { Abstract, INestApplicationContext, ModuleMetadata, Provider, Type } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { randomBytes } from 'crypto';
import { DataSource } from 'typeorm';
import { AuditModule } from '@app/audit';
import { Cycle, TitleLevel, WorkflowAction } from '@app/applications';
import { ClockModule, LoggingModule } from '@app/common';
import { ConfigModule } from '@app/config';
import { DbModule, dropDatabase } from '@app/db';
import { IdentityModule } from '@app/identity';
import { OutboxModule } from '@app/outbox';
import { QueueModule } from '@app/queue';
import { ReviewerProfileInput } from '@app/review';
import { forceTransition, makeOpenCycle } from './application-fixtures';
import { makeReviewerProfile } from './review-fixtures';
import { ProviderOverride } from './portal';
import { ConfigOverrides, createTestEnvironment } from './test-environment';

export interface ServiceTestOptions {
  /** The feature modules the service needs (its own module, usually). */
  imports?: ModuleMetadata['imports'];
  providers?: Provider[];
  /** Providers to replace, e.g. `{ provide: Clock, useValue: manualClock }`. */
  overrides?: ProviderOverride[];
  /** Configuration on top of the test environment's. */
  env?: ConfigOverrides;
}

/** What one service-spec file runs against; read its fields inside tests and hooks (set by the harness's beforeAll). */
export interface ServiceTest<S> {
  /** The service under test. */
  service: S;
  module: TestingModule;
  env: ConfigOverrides;
  get<T>(token: Type<T> | Abstract<T> | string | symbol): T;
  db(): DataSource;
  make: ServiceFactories;
}

/**
 * The service-test tier (rule matrices without HTTP): `Service` in a Nest testing module on a
 * real throwaway PostgreSQL database (a clone of the migrated template, as each e2e file gets),
 * with the infrastructure every domain library expects (config, logging, clock, database,
 * queues, outbox, audit, identity) plus `imports`. Registers its own beforeAll/afterAll; the
 * database is dropped after the file. Model: immich's newMediumService.
 */
export function newServiceTest<S>(Service: Type<S>, options: ServiceTestOptions = {}): ServiceTest<S> {
  const started: Partial<ServiceTest<S>> = {};
  const handle = new Proxy(started, {
    get(target, key: keyof ServiceTest<S>) {
      if (key === 'get') return <T>(token: Type<T> | Abstract<T> | string | symbol) => field(target, 'module').get<T>(token, { strict: false });
      if (key === 'db') return () => field(target, 'module').get(DataSource);
      return field(target, key);
    },
  }) as ServiceTest<S>;

  beforeAll(async () => {
    started.env = await createTestEnvironment(options.env);
    let builder = Test.createTestingModule({
      imports: [ConfigModule.forRoot(started.env), LoggingModule, ClockModule, DbModule, QueueModule.forRoot(), OutboxModule, AuditModule, IdentityModule, ...(options.imports ?? [])],
      providers: options.providers ?? [],
    });
    for (const o of options.overrides ?? []) builder = builder.overrideProvider(o.provide).useValue(o.useValue);
    started.module = await builder.compile();
    // onModuleInit hooks (ports a module wires up at start, e.g. ReviewModule's) run here.
    await started.module.init();
    started.service = started.module.get(Service, { strict: false });
    started.make = new ServiceFactories(started.module);
  });

  afterAll(async () => {
    await started.module?.close();
    // The owner's URL: the restricted role may not drop its database.
    if (started.env?.DATABASE_OWNER_URL) await dropDatabase(started.env.DATABASE_OWNER_URL).catch(() => undefined);
  });

  return handle;
}

function field<S, K extends keyof ServiceTest<S>>(started: Partial<ServiceTest<S>>, key: K): NonNullable<ServiceTest<S>[K]> {
  const value = started[key];
  if (value === undefined) throw new Error(`newServiceTest: ${String(key)} is not there (read it inside a test or hook)`);
  return value as NonNullable<ServiceTest<S>[K]>;
}

export interface ServiceFileSpec {
  level?: TitleLevel;
  specialty?: string;
  applicantId?: string;
  applicantName?: string;
  employerName?: string;
  creditCode?: string | null;
}

/**
 * Fast set-up straight into the database and through the real services; nothing here goes over
 * HTTP. A service test has one as `make`; an e2e file can make its own: `new ServiceFactories(app)`.
 */
export class ServiceFactories {
  private counter = 0;

  constructor(private readonly module: INestApplicationContext) {}

  private get db(): DataSource {
    return this.module.get(DataSource);
  }

  /**
   * Who acts: the shape services take today. A variable, not a literal at the call site, so the
   * call still compiles when a service's actor type loses a field (`ip` is on its way out).
   */
  actor(id: string): { id: string; ip: null } {
    return { id, ip: null };
  }

  /** Accounts inserted directly (no password: service tests never sign in). */
  async users(count: number, role: 'applicant' | 'reviewer' | 'admin' = 'applicant', extraRoles: string[] = []): Promise<string[]> {
    const tag = randomBytes(4).toString('hex');
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO users (email, full_name, roles, locale, status, email_verified_at)
       SELECT $1 || '-' || g || '@example.com', 'Test Person ' || g, $2::text[], 'en', 'active', now() FROM generate_series(1, $3::int) g RETURNING id`,
      [`svc-${role}-${tag}`, [role, ...extraRoles], count],
    );
    return rows.map((r) => r.id);
  }

  async user(role: 'applicant' | 'reviewer' | 'admin' = 'applicant'): Promise<string> {
    return (await this.users(1, role))[0];
  }

  /** A reviewer in the expert pool, with an employer of their own unless `overrides` says otherwise. */
  async reviewer(overrides: Partial<ReviewerProfileInput> = {}): Promise<string> {
    const id = await this.user('reviewer');
    await makeReviewerProfile(this.module, id, { employerName: `Reviewer Studio ${randomBytes(3).toString('hex')}`, employerCreditCode: null, ...overrides });
    return id;
  }

  async reviewers(count: number, overrides: Partial<ReviewerProfileInput> = {}): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) ids.push(await this.reviewer(overrides));
    return ids;
  }

  cycle(options: Parameters<typeof makeOpenCycle>[1] = {}): Promise<Cycle> {
    return makeOpenCycle(this.module, options);
  }

  /**
   * Submitted files moved on by each action's own (from, to) pair (forceTransition): by default
   * `accept_qualification` (in_review); add `complete_review` for files a committee decides.
   */
  async files(cycle: Cycle, specs: ServiceFileSpec[], actions: WorkflowAction[] = ['accept_qualification']): Promise<{ id: string; applicantId: string }[]> {
    const applicants = await this.users(specs.filter((s) => !s.applicantId).length, 'applicant');
    const made: { id: string; applicantId: string }[] = [];
    for (const spec of specs) {
      const n = ++this.counter;
      const level = spec.level ?? (cycle.levels.includes('intermediate') ? 'intermediate' : cycle.levels[0]);
      const applicantId = spec.applicantId ?? applicants.shift()!;
      const employerName = spec.employerName ?? `Applicant Employer ${n}`;
      const data = { employer: { name: employerName, creditCode: spec.creditCode ?? null } };
      const [row]: { id: string }[] = await this.db.query(
        `INSERT INTO applications (applicant_id, cycle_id, level, specialty, status, form_version_id, data, reference_number, applicant_name, employer_name, submitted_at)
         VALUES ($1, $2, $3, $4, 'submitted', $5, $6::jsonb, $7, $8, $9, now()) RETURNING id`,
        [applicantId, cycle.id, level, spec.specialty ?? 'product_design', cycle.formVersions[level], JSON.stringify(data), `${cycle.code}-T-${n}`, spec.applicantName ?? `Applicant ${n}`, employerName],
      );
      for (const action of actions) await forceTransition(this.module, row.id, action);
      made.push({ id: row.id, applicantId });
    }
    return made;
  }

  async file(cycle: Cycle, spec: ServiceFileSpec = {}, actions?: WorkflowAction[]): Promise<{ id: string; applicantId: string }> {
    return (await this.files(cycle, [spec], actions))[0];
  }
}
