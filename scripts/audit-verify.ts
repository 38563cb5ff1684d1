// `npm run audit:verify`: walks the audit log's hash chain (DATABASE_URL) and reports the
// first broken link; exits 1 when the chain is broken, 0 when it is intact.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { buildDataSourceOptions } from '@app/db';
import { AuditChainVerifier, AuditRepository } from '@app/audit';

async function main(): Promise<void> {
  loadDotEnv();
  const config = validateEnvironment(process.env);
  const dataSource = await new DataSource(buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: 1 })).initialize();
  try {
    const result = await new AuditChainVerifier(new AuditRepository(dataSource)).verify();
    if (result.valid) {
      console.log(`Audit chain intact: ${result.checked} entries${result.head ? `, head #${result.head.seq} ${result.head.hash}` : ''}.`);
    } else {
      const b = result.firstBroken!;
      console.error(`Audit chain BROKEN at entry id ${b.id} (position ${b.seq ?? 'none'}): ${b.problem}`);
      console.error(`  expected: ${b.expected ?? '-'}`);
      console.error(`  stored:   ${b.actual ?? '-'}`);
      console.error(`  valid up to: ${result.head ? `#${result.head.seq} ${result.head.hash}` : 'nothing (the first entry)'}`);
      process.exitCode = 1;
    }
  } finally {
    await dataSource.destroy();
  }
}
main().catch((e: Error) => {
  console.error(e);
  process.exit(2);
});
