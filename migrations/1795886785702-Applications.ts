import { MigrationInterface, QueryRunner } from "typeorm";

export class Applications1795886785702 implements MigrationInterface {
    name = 'Applications1795886785702'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application_history" ("id" BIGSERIAL NOT NULL, "application_id" uuid NOT NULL, "action" character varying(32) NOT NULL, "from_status" character varying(16), "to_status" character varying(16) NOT NULL, "actor_id" uuid, "reason" text, "data" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_cfaef81d8ab33ced714ecda2486" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "application_history_app_idx" ON "application_history"  ("application_id", "id") `);
        await queryRunner.query(`CREATE TABLE "cycles" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" character varying(32) NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "levels" text array NOT NULL, "specialties" text array NOT NULL, "opens_at" TIMESTAMP WITH TIME ZONE NOT NULL, "closes_at" TIMESTAMP WITH TIME ZONE NOT NULL, "review_deadline" date, "meeting_date" date, "form_versions" jsonb NOT NULL, "rubric_version" character varying(64), "eligibility_policy" jsonb NOT NULL, "evidence_rules" jsonb NOT NULL, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_52e5eeb9c7c6e4ad1aed657967a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "cycles_opens_idx" ON "cycles"  ("opens_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "cycles_code_key" ON "cycles"  ("code") `);
        await queryRunner.query(`CREATE TABLE "cycle_counters" ("cycle_id" uuid NOT NULL, "last_number" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7337a0342f14247ef06217c668d" PRIMARY KEY ("cycle_id"))`);
        await queryRunner.query(`CREATE TABLE "applications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "applicant_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "level" character varying(32) NOT NULL, "specialty" character varying(64) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "form_version_id" uuid NOT NULL, "data" jsonb NOT NULL, "document_number_sealed" text, "version" integer NOT NULL DEFAULT '1', "reference_number" character varying(48), "applicant_name" character varying(100), "employer_name" character varying(200), "cross_provincial" boolean NOT NULL DEFAULT false, "home_province" character(2), "exceptional_route" boolean NOT NULL DEFAULT false, "requires_admin_confirmation" boolean NOT NULL DEFAULT false, "eligibility" jsonb, "declaration_accepted_at" TIMESTAMP WITH TIME ZONE, "declaration_ip" character varying(64), "submitted_at" TIMESTAMP WITH TIME ZONE, "status_reason" text, "correction_deadline" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_938c0a27255637bde919591888f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "applications_submitted_idx" ON "applications"  ("submitted_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_created_idx" ON "applications"  ("created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_province_idx" ON "applications"  ("home_province", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_status_idx" ON "applications"  ("status", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_cycle_level_idx" ON "applications"  ("cycle_id", "level", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_cycle_status_idx" ON "applications"  ("cycle_id", "status", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "applications_applicant_idx" ON "applications"  ("applicant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "applications_reference_key" ON "applications"  ("reference_number") WHERE reference_number IS NOT NULL`);
        await queryRunner.query(`CREATE UNIQUE INDEX "applications_one_active_per_cycle" ON "applications"  ("applicant_id", "cycle_id") WHERE status <> 'withdrawn'`);
        await queryRunner.query(`CREATE TABLE "attachments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "kind" character varying(48) NOT NULL, "storage_key" character varying(200) NOT NULL, "original_name" character varying(255) NOT NULL, "media_type" character varying(64) NOT NULL, "size_bytes" bigint NOT NULL, "sha256" character(64) NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e1f050bcff31e3084a1d662412" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "attachments_application_idx" ON "attachments"  ("application_id", "created_at") `);
        await queryRunner.query(`CREATE TABLE "form_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "form_key" character varying(64) NOT NULL, "version" integer NOT NULL, "level" character varying(32) NOT NULL, "title_zh" character varying(200) NOT NULL, "title_en" character varying(200) NOT NULL, "schema" jsonb NOT NULL, "ui_hints" jsonb NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "published_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_46dbd35ef6adf11a8684deae1b1" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "form_versions_key_version_key" ON "form_versions"  ("form_key", "version") `);
        await queryRunner.query(`ALTER TABLE "outbox_events" ADD "dedupe_key" character varying(200)`);
        await queryRunner.query(`CREATE UNIQUE INDEX "outbox_events_dedupe_key" ON "outbox_events"  ("dedupe_key") WHERE dedupe_key IS NOT NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbox_events_dedupe_key"`);
        await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "dedupe_key"`);
        await queryRunner.query(`DROP INDEX "public"."form_versions_key_version_key"`);
        await queryRunner.query(`DROP TABLE "form_versions"`);
        await queryRunner.query(`DROP INDEX "public"."attachments_application_idx"`);
        await queryRunner.query(`DROP TABLE "attachments"`);
        await queryRunner.query(`DROP INDEX "public"."applications_one_active_per_cycle"`);
        await queryRunner.query(`DROP INDEX "public"."applications_reference_key"`);
        await queryRunner.query(`DROP INDEX "public"."applications_applicant_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_cycle_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_cycle_level_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_province_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."applications_submitted_idx"`);
        await queryRunner.query(`DROP TABLE "applications"`);
        await queryRunner.query(`DROP TABLE "cycle_counters"`);
        await queryRunner.query(`DROP INDEX "public"."cycles_code_key"`);
        await queryRunner.query(`DROP INDEX "public"."cycles_opens_idx"`);
        await queryRunner.query(`DROP TABLE "cycles"`);
        await queryRunner.query(`DROP INDEX "public"."application_history_app_idx"`);
        await queryRunner.query(`DROP TABLE "application_history"`);
    }

}
