import { MigrationInterface, QueryRunner } from 'typeorm';

/** GET forms lists versions newest first on a (created_at, id) cursor. */
export class FormVersionsListIndex1796000500001 implements MigrationInterface {
  name = 'FormVersionsListIndex1796000500001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "form_versions_created_idx" ON "form_versions" ("created_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."form_versions_created_idx"`);
  }
}
