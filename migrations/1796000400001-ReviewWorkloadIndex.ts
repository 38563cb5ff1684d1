import { MigrationInterface, QueryRunner } from 'typeorm';

/** A cycle's reviewer workload for the statistics (assigned, submitted, overdue per reviewer) reads one index range. */
export class ReviewWorkloadIndex1796000400001 implements MigrationInterface {
  name = 'ReviewWorkloadIndex1796000400001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "review_assignments_cycle_workload_idx" ON "review_assignments" ("cycle_id", "reviewer_id", "status", "due_at") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."review_assignments_cycle_workload_idx"`);
  }
}
