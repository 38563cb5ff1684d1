import { Column, Entity, PrimaryColumn } from 'typeorm';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
/** `holiday`: off (even on a weekday); `workday`: a make-up working day (调休), on even on a weekend. */
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** An exception to "Monday to Friday" in a region's calendar. One kind per date (primary key). */
@Entity('calendar_days')
export class CalendarDay {
  @PrimaryColumn({ type: 'char', length: 2 })
  region: string;

  @PrimaryColumn({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 8 })
  kind: CalendarDayKind;

  /** The holiday it belongs to ("春节 Spring Festival"), when known. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  name: string | null;
}
