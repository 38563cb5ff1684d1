import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A confirmed year of the working-day calendar of a region (the host province, from
 * HostOffice). Its row is the confirmation: a year without one cannot be used for a notice
 * period. Confirmed by the seed (confirmed_by null, source naming the package) or by an admin.
 */
@Entity('calendar_years')
export class CalendarYear {
  /** GB/T 2260 province code (HostOffice.provinceCode). */
  @PrimaryColumn({ type: 'char', length: 2 })
  region: string;

  @PrimaryColumn({ type: 'int' })
  year: number;

  /** `seed:<package@version>` or `admin`. */
  @Column({ type: 'varchar', length: 64 })
  source: string;

  /** The admin who confirmed it; null when the seed did. */
  @Column({ type: 'uuid', nullable: true })
  confirmedBy: string | null;

  @Column({ type: 'timestamptz' })
  confirmedAt: Date;
}
