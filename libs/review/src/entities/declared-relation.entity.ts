import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { PartyType, RelationKind } from '../domain/relations';

/**
 * A relation a reviewer (or an admin for them) declared with a person or an employer; it
 * excludes the reviewer from applications it matches. `party_name` is a person's name:
 * personal data, never logged nor copied into the audit log. No identity number is accepted.
 */
@Entity('reviewer_relations')
@Index('reviewer_relations_reviewer_idx', ['reviewerId', 'createdAt', 'id'])
@Check('reviewer_relations_party_check', `(party_type = 'user' AND party_user_id IS NOT NULL)
  OR (party_type = 'person' AND party_name IS NOT NULL)
  OR (party_type = 'employer' AND (party_employer_name IS NOT NULL OR party_employer_credit_code IS NOT NULL))`)
export class DeclaredRelation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The reviewer the relation excludes (users.id). */
  @Column({ type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: RelationKind;

  @Column({ type: 'varchar', length: 16 })
  partyType: PartyType;

  @Column({ type: 'uuid', nullable: true })
  partyUserId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  partyName: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  partyEmployerName: string | null;

  @Column({ type: 'varchar', length: 18, nullable: true })
  partyEmployerCreditCode: string | null;

  @Column({ type: 'varchar', length: 1000 })
  note: string;

  /** Who recorded it: the reviewer themself or an admin. */
  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
