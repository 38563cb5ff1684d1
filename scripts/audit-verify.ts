// `npm run audit:verify`: walks the audit log's hash chain (DATABASE_URL) and reports the
// first broken link, then checks it against every signed checkpoint (AUDIT_CHECKPOINT_DIR);
// exits 1 when the chain is broken or disagrees with a checkpoint, 0 when it is intact.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDotEnv, validateEnvironment } from '@app/config';
import { buildDataSourceOptions } from '@app/db';
import { AuditChainVerifier, AuditCheckpointStore, AuditSigningKeys } from '@app/audit';
// A script outside the module graph builds the verifier by hand, so it reaches the repository directly.
import { AuditRepository } from '@app/audit/audit.repository';

async function main(): Promise<void> {
  loadDotEnv();
  const config = validateEnvironment(process.env);
  const dataSource = await new DataSource(buildDataSourceOptions({ url: config.DATABASE_URL, poolSize: 1 })).initialize();
  try {
    const result = await new AuditChainVerifier(new AuditRepository(dataSource), new AuditCheckpointStore(config), new AuditSigningKeys(config)).verify();
    const { checkpoints } = result;
    const newest = checkpoints.newest ? `; newest checkpoint #${checkpoints.newest.seq} signed ${checkpoints.newest.signedAt}` : '';
    console.log(`Checkpoints (${config.AUDIT_CHECKPOINT_DIR}): ${checkpoints.checked} found${newest}.`);
    for (const p of checkpoints.problems) {
      console.error(`Checkpoint ${p.file} (position ${p.seq ?? '?'}): ${p.problem}${p.expected ? `, expected ${p.expected}, found ${p.actual ?? '-'}` : ''}`);
    }
    if (result.valid) {
      console.log(`Audit chain intact: ${result.checked} entries${result.head ? `, head #${result.head.seq} ${result.head.hash}` : ''}.`);
    } else if (!result.firstBroken) {
      console.error(`Audit chain does not agree with its signed checkpoints (above); chain walked: ${result.checked} entries${result.head ? `, head #${result.head.seq}` : ''}.`);
      process.exitCode = 1;
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
