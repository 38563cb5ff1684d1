import { Check, Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TitleLevel } from '@app/applications';
import type { CommitteeOrganisation } from '../domain/rules';

/** An evaluation committee (评审委员会): what it decides, who sits on it, for which term. */
@Entity('committees')
@Index('committees_created_idx', ['createdAt', 'id'])
@Check('committees_term_check', `term_end > term_start AND minimum_size > 0`)
export class Committee {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  /** Organised by series or by specialty: decides the default minimum size. */
  @Column({ type: 'varchar', length: 16 })
  organisedBy: CommitteeOrganisation;

  /** The levels whose files it decides. */
  @Column({ type: 'text', array: true })
  levels: TitleLevel[];

  /** The specialty keys whose files it decides. */
  @Column({ type: 'text', array: true })
  specialties: string[];

  /** A member (users.id). */
  @Column({ type: 'uuid' })
  chairId: string;

  @Column({ type: 'date' })
  termStart: string;

  /** The last day of the term, at most three years after its start. */
  @Column({ type: 'date' })
  termEnd: string;

  /** At least the configured minimum of its organisation. */
  @Column({ type: 'int' })
  minimumSize: number;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** A member of a committee: a reviewer of the expert pool. */
@Entity('committee_members')
// "The committees I sit on" (a member's view of meetings).
@Index('committee_members_user_idx', ['userId'])
export class CommitteeMember {
  @PrimaryColumn({ type: 'uuid' })
  committeeId: string;

  @PrimaryColumn({ type: 'uuid' })
  userId: string;
}
