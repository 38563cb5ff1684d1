import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last certificate sequence given out per year and level. Allocated by an upsert inside
 * the issuing transaction: the row stays locked until that transaction ends, so concurrent
 * issues queue on it, and a rolled-back issue gives its number back (no gaps, no duplicates).
 */
@Entity('certificate_counters')
export class CertificateCounter {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  level: string;

  @Column({ type: 'int' })
  lastValue: number;
}
