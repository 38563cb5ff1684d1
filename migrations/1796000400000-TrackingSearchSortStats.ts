import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tracking (issue 17), search, sorting and statistics of the admin application list:
 * - applications.review_score: the review outcome's aggregate, copied onto the file by
 *   complete_review, so the list can sort by it without reading libs/review's table;
 * - pg_trgm GIN indexes for the unanchored ?text= search (applicant name, employer,
 *   reference number), and a text_pattern_ops btree on the applicant name for the one- and
 *   two-character look-ups trigrams cannot serve (exact name or name prefix);
 * - (cycle_id, sort key, id) indexes for the list's sorts, in each key's default direction
 *   with NULLs last (files without a key come last; see domain/listing/list-sort.ts).
 */
export class TrackingSearchSortStats1796000400000 implements MigrationInterface {
  name = 'TrackingSearchSortStats1796000400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "applications" ADD "review_score" numeric(6,2)`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "applications_applicant_name_trgm" ON "applications" USING gin ("applicant_name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "applications_employer_name_trgm" ON "applications" USING gin ("employer_name" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "applications_reference_trgm" ON "applications" USING gin ("reference_number" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "applications_applicant_name_prefix_idx" ON "applications" ("applicant_name" text_pattern_ops)`);
    await queryRunner.query(`CREATE INDEX "applications_cycle_submitted_idx" ON "applications" ("cycle_id", "submitted_at" DESC NULLS LAST, "id" DESC)`);
    await queryRunner.query(`CREATE INDEX "applications_cycle_reference_idx" ON "applications" ("cycle_id", "reference_number", "id") `);
    await queryRunner.query(`CREATE INDEX "applications_cycle_score_idx" ON "applications" ("cycle_id", "review_score" DESC NULLS LAST, "id" DESC)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."applications_cycle_score_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_cycle_reference_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_cycle_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_applicant_name_prefix_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_reference_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_name_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."applications_applicant_name_trgm"`);
    // The extension stays: other objects may use it by now.
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "review_score"`);
  }
}
