import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Public notice (issue 16): the working-day calendar of the host region (confirmed years and
 * their holidays / make-up working days; the years are seeded at start-up from chinese-days by
 * CalendarSeeder, because the region is the configured host province), the notices, and the
 * objections to them, numbered from their own sequence.
 */
export class PublicNotice1796000100000 implements MigrationInterface {
    name = 'PublicNotice1796000100000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "calendar_days" ("region" character(2) NOT NULL, "date" date NOT NULL, "kind" character varying(8) NOT NULL, "name" character varying(64), CONSTRAINT "PK_88d3f350a5304bdad75beb14aca" PRIMARY KEY ("region", "date"))`);
        await queryRunner.query(`CREATE TABLE "calendar_years" ("region" character(2) NOT NULL, "year" integer NOT NULL, "source" character varying(64) NOT NULL, "confirmed_by" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b4be6c124454d260a05511b7d1d" PRIMARY KEY ("region", "year"))`);
        await queryRunner.query(`CREATE TABLE "objections" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reference" character varying(32) NOT NULL, "notice_id" uuid NOT NULL, "application_id" uuid NOT NULL, "objector_name" character varying(100) NOT NULL, "email" character varying(320), "phone_sealed" text, "phone_masked" character varying(32), "statement" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "re_review" boolean, "resolution_note" text, "resolved_by" uuid, "resolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6bb81f77d9eabef4f46e9c0934f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "objections_notice_status_idx" ON "objections"  ("notice_id", "status") `);
        await queryRunner.query(`CREATE INDEX "objections_status_created_idx" ON "objections"  ("status", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "objections_reference_key" ON "objections"  ("reference") `);
        await queryRunner.query(`CREATE TABLE "public_notices" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "passed_on" date NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "working_days" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "closed_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4351f190d9da5d874795b1759a1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "public_notices_status_created_idx" ON "public_notices"  ("status", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "public_notices_status_end_idx" ON "public_notices"  ("status", "end_date", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "public_notices_one_open" ON "public_notices"  ("application_id") WHERE status = 'open'`);
        // Objection numbers (YY-<year>-<n>): gaps from rolled-back lodgings are harmless.
        await queryRunner.query(`CREATE SEQUENCE "objection_reference_seq"`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP SEQUENCE "objection_reference_seq"`);
        await queryRunner.query(`DROP INDEX "public"."public_notices_one_open"`);
        await queryRunner.query(`DROP INDEX "public"."public_notices_status_end_idx"`);
        await queryRunner.query(`DROP INDEX "public"."public_notices_status_created_idx"`);
        await queryRunner.query(`DROP TABLE "public_notices"`);
        await queryRunner.query(`DROP INDEX "public"."objections_reference_key"`);
        await queryRunner.query(`DROP INDEX "public"."objections_status_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."objections_notice_status_idx"`);
        await queryRunner.query(`DROP TABLE "objections"`);
        await queryRunner.query(`DROP TABLE "calendar_years"`);
        await queryRunner.query(`DROP TABLE "calendar_days"`);
    }

}
