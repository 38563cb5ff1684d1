import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The workflow's transition table as the database knows it: the trigger on
 * applications.status accepts a change only when the transaction names an action
 * (ApplicationWorkflow sets it) whose (from, to) is here. Filled by migrations from
 * TRANSITIONS (domain/workflow/transitions.ts); a spec checks the two agree.
 */
@Entity('application_transitions')
export class ApplicationTransition {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  action: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  fromStatus: string;

  @Column({ type: 'varchar', length: 32 })
  toStatus: string;
}
