import { MigrationInterface, QueryRunner } from "typeorm";

export class Certificates1796000200000 implements MigrationInterface {
    name = 'Certificates1796000200000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "certificate_counters" ("year" integer NOT NULL, "level" character varying(32) NOT NULL, "last_value" integer NOT NULL, CONSTRAINT "PK_39fb390a232a9f223289f3bb0cd" PRIMARY KEY ("year", "level"))`);
        await queryRunner.query(`CREATE TABLE "certificates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "holder_id" uuid NOT NULL, "number" character varying(32) NOT NULL, "verification_code_hash" character(64) NOT NULL, "verification_code_sealed" text NOT NULL, "holder_name" character varying(100) NOT NULL, "level" character varying(32) NOT NULL, "title_zh" character varying(100) NOT NULL, "title_en" character varying(100) NOT NULL, "specialty" character varying(64) NOT NULL, "specialty_zh" character varying(100) NOT NULL, "specialty_en" character varying(100) NOT NULL, "cycle_name_zh" character varying(200) NOT NULL, "cycle_name_en" character varying(200) NOT NULL, "evaluating_body_zh" character varying(200) NOT NULL, "evaluating_body_en" character varying(200) NOT NULL, "approval_reference" character varying(64) NOT NULL, "obtained_on" date NOT NULL, "issued_on" date NOT NULL, "cross_provincial_note_zh" text, "cross_provincial_note_en" text, "status" character varying(16) NOT NULL DEFAULT 'valid', "revoked_at" TIMESTAMP WITH TIME ZONE, "revocation_reason" text, "revoked_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e4c7e31e2144300bea7d89eb165" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "certificates_holder_idx" ON "certificates"  ("holder_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_code_hash_key" ON "certificates"  ("verification_code_hash") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_number_key" ON "certificates"  ("number") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "certificates_application_key" ON "certificates"  ("application_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."certificates_application_key"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_number_key"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_code_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."certificates_holder_idx"`);
        await queryRunner.query(`DROP TABLE "certificates"`);
        await queryRunner.query(`DROP TABLE "certificate_counters"`);
    }

}
