import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  validateSync,
  ValidateIf,
  ValidationError,
} from 'class-validator';
import { TrustProxyConstraint } from './trust-proxy';
import { FractionAtMostOneConstraint } from './fraction';
import { AuditSigningKeyConstraint } from './audit-signing-key';

/** The local defaults: the portal's restricted role, and the owner (a local superuser) that migrates and creates it. */
export const LOCAL_APP_DATABASE_URL = 'postgres://title_portal_app@127.0.0.1:5432/title_portal';
export const LOCAL_OWNER_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/title_portal';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes', 'on'].includes(value.trim().toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/**
 * Every environment variable the portal reads, with its default. This class is the
 * single source of truth: `.env.example` and the README's configuration table list
 * the same names. Nothing else in the code reads `process.env`.
 */
export class EnvironmentVariables {
  /**
   * Production unless asked otherwise: development is what the `.env` written by the first
   * `npm start` asks for (see secrets-file.ts); test is the test suite's.
   */
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'production';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  /**
   * Public base URL used in e-mail links and QR codes. Unset: `http://localhost:<PORT>`, so a
   * local portal moved to another port keeps working links. Filled in by validateEnvironment.
   */
  @ValidateIf((o: EnvironmentVariables) => o.PUBLIC_URL !== '')
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'PUBLIC_URL must be an http(s) URL' })
  PUBLIC_URL = '';

  /**
   * The portal's own connection (API, worker, scripts that read): a role that owns nothing, with
   * SELECT/INSERT/UPDATE/DELETE on the portal's tables but only INSERT and SELECT on audit_log
   * (see DATABASE_OWNER_URL, grantAppRole).
   */
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL = LOCAL_APP_DATABASE_URL;

  /**
   * The schema owner's connection: migrations run with it, then DATABASE_URL's role is given its
   * grants (created first if missing). Unset: the local owner while DATABASE_URL is the local
   * default, else DATABASE_URL itself (one role does both, as before: not recommended). Filled in
   * by validateEnvironment, so it is always set after validation.
   */
  @ValidateIf((o: EnvironmentVariables) => o.DATABASE_OWNER_URL !== '')
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_OWNER_URL must be a postgres:// URL' })
  DATABASE_OWNER_URL = '';

  /**
   * A streaming replica of the same database, for the reads that tolerate a little lag (admin
   * lists and search, statistics, exports, the public notices: see LagTolerantReads); as the same
   * role as DATABASE_URL. Empty: every read goes to DATABASE_URL. When the replica does not
   * answer, those reads go to DATABASE_URL too (a warning, db_replica_fallback_total).
   */
  @ValidateIf((o: EnvironmentVariables) => o.DATABASE_READ_URL !== '')
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_READ_URL must be a postgres:// URL' })
  DATABASE_READ_URL = '';

  /** Create the database when it is missing and apply pending migrations at start-up. */
  @Transform(toBool)
  @IsBoolean()
  DATABASE_AUTO_MIGRATE = true;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Key prefix for every BullMQ key, so several environments can share one Redis. */
  @Matches(/^[A-Za-z0-9_.:-]{1,64}$/, { message: 'QUEUE_PREFIX must be 1-64 characters of letters, digits, _ . : -' })
  QUEUE_PREFIX = 'tp';

  /**
   * The longest wait, in ms, between two reconnection attempts of a Redis client after Redis
   * went away. Each client keeps its own back-off under this cap (the queue's grows to 20 s,
   * the general client's to 2 s); tests set it short so an outage test waits on the reconnect, not the clock.
   */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  @Max(60_000)
  REDIS_RECONNECT_MAX_MS = 20_000;

  // Rate limits. Every counter lives in Redis under QUEUE_PREFIX (shared by API replicas).
  /**
   * Failed logins evaluated per account from one client (the client's address, or a known
   * device's cookie) per window; then that pair is refused. Each guess is counted before the
   * password is checked. Other clients of the same account are not refused.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_CLIENT = 10;

  /** Failed logins evaluated per client IP per window, over all accounts (high enough for an office behind one NAT address); a known client of the account is not refused. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_MAX_FAILURES_PER_IP = 100;

  /** Failed logins of an account (from any client) in a window before its logins from unknown clients are delayed. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  LOGIN_DELAY_AFTER_FAILURES = 5;

  /** The first delay, in ms; it doubles with each further failure of the account. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  LOGIN_DELAY_BASE_MS = 1000;

  /** The longest delay, in ms (below any proxy's timeout): an account under attack is slowed, never locked. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60_000)
  LOGIN_DELAY_MAX_MS = 10_000;

  /** How long a client that logged in successfully stays known for the account (its address in Redis, and the device cookie's lifetime). */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  LOGIN_KNOWN_CLIENT_TTL_SECONDS = 30 * 24 * 3600;

  /** Login failure window; it starts at the first counted failure. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_FAILURE_WINDOW_SECONDS = 900;

  /** `mail` policy (register, forgot password, resend verification): requests per target e-mail address per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAIL_PER_ADDRESS = 5;

  /** `mail` policy: requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAIL_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_MAIL_WINDOW_SECONDS = 3600;

  /** `password` policy (reset, invitation accept, change password: an argon2 hash each): requests per account per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PASSWORD_PER_ACCOUNT = 10;

  /** `password` policy: requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PASSWORD_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PASSWORD_WINDOW_SECONDS = 900;

  /** Public notice: working days a passed file stays posted (domain.md §8: at least 5). */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60)
  NOTICE_WORKING_DAYS = 5;

  /** Recommending unit: working days the unit posts the designer's summary internally before it may recommend (domain.md §8: at least 5). */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(60)
  UNIT_POSTING_WORKING_DAYS = 5;

  /** Recommending unit: days a file may wait with its unit before the unit's officers are reminded (and again every as many days). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  UNIT_REMINDER_DAYS = 7;

  /** `objection` policy (public objections to a notice, no login): requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_OBJECTION_PER_IP = 5;

  /** `objection` policy: requests per objector e-mail address per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_OBJECTION_PER_ADDRESS = 5;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_OBJECTION_WINDOW_SECONDS = 3600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Pretty, human-readable logs (default in development); JSON otherwise. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  LOG_PRETTY?: boolean;

  /**
   * Which proxies in front of the API may tell the client's address in X-Forwarded-For:
   * `false` (none: the socket's peer is the client), a hop count (`1` = one load balancer),
   * or a comma-separated list of proxy addresses / CIDR ranges. Never `true`: trusting
   * every hop lets any client choose its own address (see parseTrustProxy).
   */
  @Validate(TrustProxyConstraint)
  TRUST_PROXY = 'false';

  /**
   * Folder of the built web app (index.html and assets/) the API serves at `/`. Empty: `web/`
   * beside the compiled apps (`dist/web`, what `npm run build` writes).
   */
  @IsString()
  WEB_DIR = '';

  /** Comma-separated list of origins allowed by CORS; empty disables CORS. */
  @IsString()
  CORS_ORIGINS = '';

  /** HS256 key of the access tokens. The default is the test suite's, published here: refused outside NODE_ENV=test (runProblems). */
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET = 'dev-only-secret-change-me-0123456789abcdef';

  @IsString()
  JWT_ISSUER = 'design-title-portal';

  @IsString()
  JWT_AUDIENCE = 'design-title-portal-api';

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(3600)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(3600)
  REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;

  /** 32-byte key for AES-256-GCM encryption of identity numbers, as 64 hex characters or base64. The default is the test suite's: refused outside NODE_ENV=test. */
  @Matches(/^([0-9a-fA-F]{64}|[A-Za-z0-9+/]{43}=)$/, { message: 'PII_ENCRYPTION_KEY must be 32 bytes as 64 hex characters or base64' })
  PII_ENCRYPTION_KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';

  /** SMTP server URL (smtp://user:pass@host:port); when empty, messages are written as .eml files to MAIL_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/[^\s]+$/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = 'Design Title Portal <no-reply@title-portal.local>';

  @IsString()
  MAIL_DIR = 'var/mail';

  /** Folder where evidence files are stored (STORAGE_DRIVER=local); never served directly. */
  @IsString()
  STORAGE_DIR = 'var/storage';

  /** Where evidence files live: `local` (STORAGE_DIR, the default of `npm start`) or `s3` (an S3-compatible bucket, the S3_* settings). */
  @IsIn(['local', 's3'], { message: 'STORAGE_DRIVER must be local or s3' })
  STORAGE_DRIVER: 'local' | 's3' = 'local';

  /** The S3-compatible endpoint (MinIO, OSS, COS, OBS); empty: AWS S3 of S3_REGION. */
  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3' && o.S3_ENDPOINT !== '')
  @Matches(/^https?:\/\/[^\s/]+\/?$/, { message: 'S3_ENDPOINT must be an http(s) URL with no path (the bucket is S3_BUCKET)' })
  S3_ENDPOINT = '';

  /** The region requests are signed for (MinIO: us-east-1 unless configured otherwise). */
  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3')
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'S3_REGION is required when STORAGE_DRIVER=s3: a region name such as us-east-1, cn-north-4 or ap-guangzhou' })
  S3_REGION = '';

  /** The bucket holding the evidence (created beforehand, private). */
  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3')
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET is required when STORAGE_DRIVER=s3: a bucket name of 3-63 lower-case letters, digits, dots and hyphens' })
  S3_BUCKET = '';

  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3')
  @IsNotEmpty({ message: 'S3_ACCESS_KEY_ID is required when STORAGE_DRIVER=s3' })
  S3_ACCESS_KEY_ID = '';

  /** A secret: never logged, and no validation message repeats it. */
  @ValidateIf((o: EnvironmentVariables) => o.STORAGE_DRIVER === 's3')
  @IsNotEmpty({ message: 'S3_SECRET_ACCESS_KEY is required when STORAGE_DRIVER=s3' })
  S3_SECRET_ACCESS_KEY = '';

  /** Path-style URLs (`endpoint/bucket/key`): true for MinIO; false (virtual-hosted, `bucket.endpoint/key`) for AWS, OSS, COS and OBS. */
  @Transform(toBool)
  @IsBoolean()
  S3_FORCE_PATH_STYLE = false;

  @IsEmail({}, { message: 'ADMIN_EMAIL must be an e-mail address' })
  ADMIN_EMAIL = 'admin@title-portal.local';

  @IsString()
  @MinLength(8)
  @MaxLength(128)
  ADMIN_PASSWORD = 'Admin-demo-2026!';

  /** Seed the demo data (admin, reviewers, applicants, open cycle) when the database is empty. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  /** GB/T 2260 province code of the host province (Chongqing = 50). */
  @Matches(/^\d{2}$/, { message: 'HOST_PROVINCE must be a two-digit GB/T 2260 province code' })
  HOST_PROVINCE = '50';

  /** Bearer token required by GET /metrics; when empty /metrics answers 404. */
  @IsString()
  METRICS_TOKEN = '';

  /** How long a finished export of the admin list can be downloaded; then its file is removed (the application-exports schedule). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  EXPORT_RETENTION_HOURS = 24;

  /** How long dispatched outbox rows are kept before pruning. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  OUTBOX_RETENTION_HOURS = 72;

  /** How long outbox rows with a dedupe key (scheduled reminders) are kept: the window in which a repeat emit is a no-op. */
  @Transform(toInt)
  @IsInt()
  @Min(7)
  OUTBOX_DEDUPE_RETENTION_DAYS = 60;

  /** Outbox relay poll interval (LISTEN/NOTIFY wakes it sooner). */
  @Transform(toInt)
  @IsInt()
  @Min(50)
  OUTBOX_POLL_MS = 1000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  WORKER_CONCURRENCY = 10;

  /** How long a worker holds a job's lock (renewed at half this while the job runs); a crashed worker's jobs are taken over after it lapses. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  WORKER_LOCK_DURATION_MS = 30000;

  /** How often each worker looks for jobs whose worker died (stalled jobs) and puts them back in the queue. */
  @Transform(toInt)
  @IsInt()
  @Min(500)
  WORKER_STALLED_INTERVAL_MS = 30000;

  // Committee vote (domain.md §8).
  /** Smallest committee organised by series (a senior committee for a whole professional series). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(999)
  COMMITTEE_MIN_SIZE_SERIES = 25;

  /** Smallest committee organised by specialty. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(999)
  COMMITTEE_MIN_SIZE_SPECIALTY = 11;

  /** Share of a committee's members who must be present for a meeting to open, as `n/d` (at least n/d, integer arithmetic). */
  @Validate(FractionAtMostOneConstraint)
  COMMITTEE_QUORUM = '2/3';

  /** Days a rejected applicant has to appeal (domain.md §8: 15); the deadline the rejection message states. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  APPEAL_WINDOW_DAYS = 15;

  /** Years a revoked title bars its holder from applying (domain.md §8, revocation; default 3). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  REVOCATION_BAR_YEARS = 3;

  /** `verify` policy (public certificate verification): requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_VERIFY_PER_IP = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_VERIFY_WINDOW_SECONDS = 60;

  /** `token` policy (e-mail verification by its one-time token, no login): requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_TOKEN_PER_IP = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_TOKEN_WINDOW_SECONDS = 900;

  /** `session` policy (refresh and logout, bearer and web): requests per client IP per window (room for an office behind one NAT address). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SESSION_PER_IP = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_SESSION_WINDOW_SECONDS = 60;

  /** `public` policy (anonymous reads: office, open cycles, notices, readiness, metrics): requests per client IP per window. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PUBLIC_PER_IP = 600;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RATE_LIMIT_PUBLIC_WINDOW_SECONDS = 60;

  // Audit checkpoints: the chain head signed outside the database (libs/audit AuditCheckpointer).
  /**
   * Ed25519 private key that signs the audit checkpoints (PKCS#8 PEM, or its DER in base64).
   * Never stored in the database. Required outside the test suite (a signing secret: `npm start`
   * generates one into .env for local use); the verifier derives the public key from it.
   */
  @ValidateIf((o: EnvironmentVariables) => o.AUDIT_SIGNING_KEY !== '')
  @Validate(AuditSigningKeyConstraint)
  AUDIT_SIGNING_KEY = '';

  /** Folder the signed checkpoints are written to, outside the database (keep a copy off the database host). */
  @IsString()
  AUDIT_CHECKPOINT_DIR = 'var/audit-checkpoints';

  /** How often the worker signs the chain head (when it moved since the last checkpoint). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(86400)
  AUDIT_CHECKPOINT_INTERVAL_SECONDS = 900;
}

export class ConfigValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigValidationError';
  }
}

function describe(errors: ValidationError[]): string[] {
  return errors.flatMap((e) =>
    Object.values(e.constraints ?? {}).map((msg) =>
      msg.startsWith(e.property) ? msg : `${e.property}: ${msg}`,
    ),
  );
}

/**
 * Validate an environment (process.env by default); throws naming every bad variable. Only
 * the format: whether the values are fit to run the portal (secrets, production rules) is
 * runProblems(), which the API, the worker, `npm start` and `npm run seed` apply (tools that
 * only reach the database, such as the migration check, need no secrets).
 */
export function validateEnvironment(env: Record<string, string | undefined>): EnvironmentVariables {
  // Empty strings mean "unset" so that `FOO=` in a .env file falls back to the default.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const config = plainToInstance(EnvironmentVariables, cleaned, { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, forbidUnknownValues: true });
  const problems = [...describe(errors), ...retiredProblems(cleaned)];
  if (problems.length > 0) throw new ConfigValidationError(problems);
  if (config.LOG_PRETTY === undefined) config.LOG_PRETTY = config.NODE_ENV === 'development';
  if (!config.PUBLIC_URL) config.PUBLIC_URL = `http://localhost:${config.PORT}`;
  if (!config.DATABASE_OWNER_URL) config.DATABASE_OWNER_URL = config.DATABASE_URL === LOCAL_APP_DATABASE_URL ? LOCAL_OWNER_DATABASE_URL : config.DATABASE_URL;
  return config;
}

/** Variables that changed meaning: refused by name, so an old setting is never silently ignored. */
const RETIRED: Record<string, string> = {
  LOGIN_MAX_FAILURES_PER_ACCOUNT: 'retired: an account is no longer refused as a whole; set LOGIN_MAX_FAILURES_PER_CLIENT (per account and client) instead',
};

function retiredProblems(env: Record<string, string | undefined>): string[] {
  return Object.keys(RETIRED)
    .filter((name) => env[name] !== undefined)
    .map((name) => `${name}: ${RETIRED[name]}`);
}

/**
 * The keys that sign or encrypt. Their defaults are published in this repository and serve
 * the test suite only: outside NODE_ENV=test each must be set to a value of its own (the first
 * `npm start` generates them into `.env`, secrets-file.ts). One list: a key added here is
 * refused unset and generated by `npm start` (give it a generator in GENERATED_SECRETS).
 */
export const SIGNING_SECRETS = ['JWT_SECRET', 'PII_ENCRYPTION_KEY', 'AUDIT_SIGNING_KEY'] as const;
export type SigningSecret = (typeof SIGNING_SECRETS)[number];

/**
 * Why this configuration must not run the portal, naming each variable: a signing or
 * encryption key left unset (its published default) anywhere but in the test suite, and in
 * production also the published admin password and the demo seed.
 */
export function runProblems(config: EnvironmentVariables): string[] {
  const defaults = new EnvironmentVariables();
  const problems =
    config.NODE_ENV === 'test'
      ? []
      : SIGNING_SECRETS.filter((name) => config[name] === defaults[name]).map(
          (name) => `${name}: unset or the published default (the test suite's); set a secret of your own, or leave it out of .env and \`npm start\` generates one`,
        );
  return [...problems, ...productionProblems(config)];
}

/** Throws ConfigValidationError when runProblems() finds anything. */
export function assertRunnable(config: EnvironmentVariables): void {
  const problems = runProblems(config);
  if (problems.length > 0) throw new ConfigValidationError(problems);
}

/**
 * Production also refuses the demo: the published admin password (a local demo's) and the
 * demo seed (accounts with published passwords), naming each variable.
 */
export function productionProblems(config: EnvironmentVariables): string[] {
  if (config.NODE_ENV !== 'production') return [];
  const problems: string[] = [];
  if (config.ADMIN_PASSWORD === new EnvironmentVariables().ADMIN_PASSWORD) {
    problems.push('ADMIN_PASSWORD: is the published local default; set a secret of your own in production');
  }
  if (config.SEED_DEMO) problems.push('SEED_DEMO: must be false in production (the demo accounts have published passwords)');
  return problems;
}
