import { MigrationInterface, QueryRunner } from "typeorm";

export class AutoAssignRuns1795985007648 implements MigrationInterface {
    name = 'AutoAssignRuns1795985007648'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "review_auto_assign_runs" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "cycle_id" uuid NOT NULL, "requested_by" uuid NOT NULL, "requested_ip" character varying(64), "status" character varying(16) NOT NULL, "attempts" integer NOT NULL DEFAULT '0', "summary" jsonb, "error" jsonb, "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "CHK_review_auto_assign_runs_status" CHECK ("status" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT "PK_0fd7c0c01a6b721f5fdfae895d3" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_review_auto_assign_runs_queued" ON "review_auto_assign_runs"  ("requested_at") WHERE "status" = 'queued'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_review_auto_assign_runs_pending" ON "review_auto_assign_runs"  ("cycle_id") WHERE "status" IN ('queued', 'running')`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."UQ_review_auto_assign_runs_pending"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_review_auto_assign_runs_queued"`);
        await queryRunner.query(`DROP TABLE "review_auto_assign_runs"`);
    }

}
