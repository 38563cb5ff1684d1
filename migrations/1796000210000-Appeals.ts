import { MigrationInterface, QueryRunner } from "typeorm";

export class Appeals1796000210000 implements MigrationInterface {
    name = 'Appeals1796000210000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "appeals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "applicant_id" uuid NOT NULL, "rejection_history_id" bigint NOT NULL, "grounds" text NOT NULL, "deadline" TIMESTAMP WITH TIME ZONE NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "outcome" character varying(16), "decision_note" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ebd2050a02aa78081b5346152bc" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "appeals_application_idx" ON "appeals"  ("application_id", "created_at") `);
        await queryRunner.query(`CREATE INDEX "appeals_status_idx" ON "appeals"  ("status", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "appeals_rejection_key" ON "appeals"  ("rejection_history_id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."appeals_rejection_key"`);
        await queryRunner.query(`DROP INDEX "public"."appeals_status_idx"`);
        await queryRunner.query(`DROP INDEX "public"."appeals_application_idx"`);
        await queryRunner.query(`DROP TABLE "appeals"`);
    }

}
