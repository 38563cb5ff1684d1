import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { JsonSchema, TitleLevel, UiHints } from '../domain';

export type FormVersionStatus = 'draft' | 'published';

/** One version of an application form: a JSON Schema plus UI hints. Immutable once published. */
@Entity('form_versions')
@Index('form_versions_key_version_key', ['formKey', 'version'], { unique: true })
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

  @Column({ type: 'jsonb' })
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
