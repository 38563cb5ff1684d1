import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The kinds of organisation in the chain of offices (domain.md §1, §8): the recommending units
 * (a designer's employer, a district or county design service sub-centre, the partner
 * association for cross-provincial files), the evaluation office and the bureau.
 */
export const ORGANISATION_KINDS = ['employer', 'sub_centre', 'association', 'office', 'bureau'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The kinds that recommend files (单位推荐); their people are unit officers. */
export const UNIT_KINDS: readonly OrganisationKind[] = ['employer', 'sub_centre', 'association'];
/** The host province has one of each of these. */
export const SINGLE_KINDS: readonly OrganisationKind[] = ['association', 'office', 'bureau'];

@Entity('organisations')
// An employer by its unified social credit code: one organisation per code.
@Index('organisations_credit_code_key', ['creditCode'], { unique: true, where: 'credit_code IS NOT NULL' })
// A district or county has one design service sub-centre.
@Index('organisations_sub_centre_region_key', ['regionCode'], { unique: true, where: "kind = 'sub_centre'" })
// One association, office and bureau per host province.
@Index('organisations_single_kind_key', ['province', 'kind'], { unique: true, where: "kind IN ('association', 'office', 'bureau')" })
// The admin's lists (keyset, oldest first), all kinds or one.
@Index('organisations_created_idx', ['createdAt', 'id'])
@Index('organisations_kind_idx', ['kind', 'createdAt', 'id'])
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 200 })
  nameZh: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  /** Employers only: the unified social credit code (统一社会信用代码). */
  @Column({ type: 'char', length: 18, nullable: true })
  creditCode: string | null;

  /** Sub-centres only: the GB/T 2260 code of the district or county they serve. */
  @Column({ type: 'char', length: 6, nullable: true })
  regionCode: string | null;

  /** The host province the organisation belongs to (HostOffice, when it was created). */
  @Column({ type: 'char', length: 2 })
  province: string;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
