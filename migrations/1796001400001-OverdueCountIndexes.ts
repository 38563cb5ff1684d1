import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The statistics' two counts that depend on the time, read from only the rows they can count
 * (issue 28): returned files by correction deadline, open review assignments by due date. At a
 * million files the cycle-and-status ranges they read before held 30,000 returned files and
 * 165,000 assignments (0.3 s each); these hold only the rows in question, ordered by deadline.
 */
export class OverdueCountIndexes1796001400001 implements MigrationInterface {
  name = 'OverdueCountIndexes1796001400001';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "applications_returned_deadline_idx" ON "applications" ("cycle_id", "correction_deadline") WHERE "status" = 'returned'`);
    await queryRunner.query(`CREATE INDEX "review_assignments_open_due_idx" ON "review_assignments" ("cycle_id", "due_at") INCLUDE ("application_id", "reviewer_id")
      WHERE "status" IN ('assigned', 'draft')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."review_assignments_open_due_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_returned_deadline_idx"`);
  }
}
