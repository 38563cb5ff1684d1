import { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewAssignments1795978675742 implements MigrationInterface {
    name = 'ReviewAssignments1795978675742'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "review_assignments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "reviewer_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'assigned', "assigned_by" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "rubric_version" character varying(64), "scores" jsonb, "total" numeric(6,2), "comment" text, "recommendation" character varying(8), "submitted_at" TIMESTAMP WITH TIME ZONE, "decline_reason" character varying(16), "status_note" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_57627790f79af37bc6a5e982176" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "review_assignments_reviewer_list_idx" ON "review_assignments"  ("reviewer_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "review_assignments_application_idx" ON "review_assignments"  ("application_id", "status") `);
        await queryRunner.query(`CREATE INDEX "review_assignments_load_idx" ON "review_assignments"  ("reviewer_id", "cycle_id", "status") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "review_assignments_one_active" ON "review_assignments"  ("application_id", "reviewer_id") WHERE status IN ('assigned', 'draft', 'submitted')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."review_assignments_one_active"`);
        await queryRunner.query(`DROP INDEX "public"."review_assignments_load_idx"`);
        await queryRunner.query(`DROP INDEX "public"."review_assignments_application_idx"`);
        await queryRunner.query(`DROP INDEX "public"."review_assignments_reviewer_list_idx"`);
        await queryRunner.query(`DROP TABLE "review_assignments"`);
    }

}
