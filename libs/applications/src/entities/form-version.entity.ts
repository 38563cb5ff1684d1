import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonSchema, TitleLevel, UiHints } from '../domain';

export const FORM_VERSION_STATUSES = ['draft', 'published'] as const;
export type FormVersionStatus = (typeof FORM_VERSION_STATUSES)[number];

/** One version of an application form: a JSON Schema plus UI hints. Immutable once published. */
@Entity('form_versions')
@Index('form_versions_key_version_key', ['formKey', 'version'], { unique: true })
@Index('form_versions_created_idx', ['createdAt', 'id'])
export class FormVersion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The form's identity across versions, e.g. `default-intermediate`. */
  @Column({ type: 'varchar', length: 64 })
  formKey: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  level: TitleLevel;

  @Column({ type: 'varchar', length: 200 })
  titleZh: string;

  @Column({ type: 'varchar', length: 200 })
  titleEn: string;

  /** json, not jsonb: the property order is the order the form shows its fields in (jsonb sorts keys). */
  @Column({ type: 'json' })
  schema: JsonSchema;

  @Column({ type: 'jsonb' })
  uiHints: UiHints;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: FormVersionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
