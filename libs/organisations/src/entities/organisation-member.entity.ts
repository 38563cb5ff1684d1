import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** The roles a person holds for an organisation (the same names as their account roles). */
export const MEMBER_ROLES = ['unit_officer', 'authority_officer'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** A person acting for an organisation: the role bound to it (domain.md §2). */
@Entity('organisation_members')
// A unit's officers (its messages go to them).
@Index('organisation_members_organisation_idx', ['organisationId', 'userId'])
export class OrganisationMember {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'varchar', length: 32 })
  role: MemberRole;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
