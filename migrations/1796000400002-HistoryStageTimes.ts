import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics per cycle from the applications' history without joining applications or
 * windowing over every file's history (issue 17: under 300 ms at 100,000 files):
 * - application_history.cycle_id: the file's cycle, so a cycle's history is one index range;
 * - application_history.stage_entered_at: when the file entered `from_status` (the previous
 *   entry's time), so time spent in a stage is `created_at - stage_entered_at` of one row.
 * A BEFORE INSERT trigger fills both for every writer (the workflow, imports, seeds), from
 * the file's row and its latest history entry (application_history_app_idx); existing rows
 * are filled here.
 */
export class HistoryStageTimes1796000400002 implements MigrationInterface {
  name = 'HistoryStageTimes1796000400002';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_history" ADD "cycle_id" uuid`);
    await queryRunner.query(`ALTER TABLE "application_history" ADD "stage_entered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`UPDATE "application_history" h SET "cycle_id" = a."cycle_id" FROM "applications" a WHERE a."id" = h."application_id"`);
    await queryRunner.query(`UPDATE "application_history" h SET "stage_entered_at" = p."previous"
      FROM (SELECT "id", lag("created_at") OVER (PARTITION BY "application_id" ORDER BY "id") AS "previous" FROM "application_history") p
      WHERE p."id" = h."id" AND h."from_status" IS NOT NULL`);
    await queryRunner.query(`CREATE FUNCTION "application_history_stage_times"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW."cycle_id" IS NULL THEN
          SELECT "cycle_id" INTO NEW."cycle_id" FROM "applications" WHERE "id" = NEW."application_id";
        END IF;
        IF NEW."stage_entered_at" IS NULL AND NEW."from_status" IS NOT NULL THEN
          SELECT "created_at" INTO NEW."stage_entered_at" FROM "application_history"
           WHERE "application_id" = NEW."application_id" ORDER BY "id" DESC LIMIT 1;
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "application_history_stage_times" BEFORE INSERT ON "application_history" FOR EACH ROW EXECUTE FUNCTION "application_history_stage_times"()`);
    // A cycle's history by action: pass rates, time per stage and submissions per day read it index-only.
    await queryRunner.query(`CREATE INDEX "application_history_cycle_idx" ON "application_history" ("cycle_id", "from_status", "action") INCLUDE ("created_at", "stage_entered_at")`);
    // A cycle's counts by status, level, specialty and province read index-only (the table rows carry the form data).
    await queryRunner.query(`CREATE INDEX "applications_cycle_stats_idx" ON "applications" ("cycle_id") INCLUDE ("status", "level", "specialty", "home_province", "cross_provincial", "submitted_at")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."applications_cycle_stats_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_history_cycle_idx"`);
    await queryRunner.query(`DROP TRIGGER "application_history_stage_times" ON "application_history"`);
    await queryRunner.query(`DROP FUNCTION "application_history_stage_times"()`);
    await queryRunner.query(`ALTER TABLE "application_history" DROP COLUMN "stage_entered_at"`);
    await queryRunner.query(`ALTER TABLE "application_history" DROP COLUMN "cycle_id"`);
  }
}
