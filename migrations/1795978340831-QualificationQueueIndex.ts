import { MigrationInterface, QueryRunner } from "typeorm";

/** The qualification queue: submitted files, oldest submission first (GET /admin/qualification). */
export class QualificationQueueIndex1795978340831 implements MigrationInterface {
    name = 'QualificationQueueIndex1795978340831'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "applications_status_submitted_idx" ON "applications" ("status", "submitted_at", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."applications_status_submitted_idx"`);
    }
}
