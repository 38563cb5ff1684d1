import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationExports1796000800000 implements MigrationInterface {
  name = 'ApplicationExports1796000800000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_exports" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "requested_by" uuid NOT NULL, "format" character varying(8) NOT NULL, "locale" character varying(8) NOT NULL, "filter" jsonb NOT NULL, "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "file_name" character varying(64) NOT NULL, "row_count" integer, "size_bytes" bigint, "storage_key" character varying(80), "error_code" character varying(40), "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_application_exports_format" CHECK ("format" IN ('csv', 'xlsx')), CONSTRAINT "CHK_application_exports_status" CHECK ("status" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_application_exports" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_application_exports_requester" ON "application_exports" ("requested_by", "requested_at", "id") `);
    await queryRunner.query(`CREATE INDEX "IDX_application_exports_queued" ON "application_exports" ("requested_at") WHERE "status" = 'queued'`);
    await queryRunner.query(`CREATE INDEX "IDX_application_exports_expiring" ON "application_exports" ("expires_at") WHERE "storage_key" IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_application_exports_expiring"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_application_exports_queued"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_application_exports_requester"`);
    await queryRunner.query(`DROP TABLE "application_exports"`);
  }
}
