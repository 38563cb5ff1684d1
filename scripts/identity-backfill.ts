// `npm run identity:backfill [-- --dry-run]`: binds the accounts that filed before one person,
// one account to their identity number's blind index, computed with the running
// PII_ENCRYPTION_KEY from the numbers their files keep sealed (IdentityBackfillService), and
// indexes those files; a number bound to another account is skipped and recorded in
// identity_conflicts for the office. Prints the report as JSON; idempotent (run it again
// after an admin has settled the conflicts). Exits 1 when anything was skipped, 2 on error.
import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApplicationsModule, IdentityBackfillReport, IdentityBackfillService } from '@app/applications';
import { AuditModule } from '@app/audit';
import { ClockModule, LoggingModule, PortalLogger } from '@app/common';
import { ConfigModule, loadDotEnv } from '@app/config';
import { DbModule } from '@app/db';
import { IdentityModule } from '@app/identity';
import { OutboxModule } from '@app/outbox';
import { QueueModule } from '@app/queue';

/** The backfill's own context: the database and the libraries it reads and writes through (Redis and the queues' producer, which those libraries inject); no queue workers, no schedules, no HTTP. */
@Module({})
class IdentityBackfillModule {
  static forRoot(env: Record<string, string | undefined>) {
    return {
      module: IdentityBackfillModule,
      imports: [ConfigModule.forRoot(env), LoggingModule, ClockModule, DbModule, QueueModule.forRoot(), OutboxModule, AuditModule, IdentityModule, ApplicationsModule],
    };
  }
}

/** Runs the backfill once in a context of its own (the script, and its test with a test database's settings). */
export async function runIdentityBackfill(env: Record<string, string | undefined> = {}, options: { dryRun?: boolean } = {}): Promise<IdentityBackfillReport> {
  const context = await NestFactory.createApplicationContext(IdentityBackfillModule.forRoot(env), { bufferLogs: true, abortOnError: false });
  context.useLogger(context.get(PortalLogger));
  try {
    return await context.get(IdentityBackfillService).run(options);
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  loadDotEnv();
  const report = await runIdentityBackfill({}, { dryRun: process.argv.includes('--dry-run') });
  console.log(JSON.stringify(report, null, 2));
  if (report.conflicts.length || report.ambiguous.length) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((e: Error) => {
    console.error(e);
    process.exit(2);
  });
}
