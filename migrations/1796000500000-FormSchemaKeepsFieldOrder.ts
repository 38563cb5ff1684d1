import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A form's schema is stored as `json`, not `jsonb`. jsonb keeps an object's keys sorted by
 * length, so the form renderer (which lays fields out in the schema's property order) showed
 * the identity section as e-mail, gender, mobile, name…, and keyboard users tabbed through
 * it in that order. `json` keeps the text as the admin wrote it. Rows written before this
 * migration have already lost their order; re-publishing the form restores it.
 */
export class FormSchemaKeepsFieldOrder1796000500000 implements MigrationInterface {
  name = 'FormSchemaKeepsFieldOrder1796000500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "form_versions" ALTER COLUMN "schema" TYPE json USING "schema"::json`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "form_versions" ALTER COLUMN "schema" TYPE jsonb USING "schema"::jsonb`);
  }
}
