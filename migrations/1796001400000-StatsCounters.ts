import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cycle's statistics from counters kept as files change, not by reading every file (issue 28:
 * statistics p99 under 1 s at 1,000,000 files; the queries took 6-7 s there).
 *
 * Three tables of signed counts, written by AFTER ROW triggers for every writer (the workflow,
 * draft saves, imports, seeds that keep triggers on):
 * - cycle_file_counts: files per (status, level, specialty, home province, cross-provincial,
 *   filed); a change of any of these writes -1 for the old group and +1 for the new one;
 * - cycle_action_counts: history entries per (from_status, action, Beijing day);
 * - cycle_stage_stays: ended stays per (from_status, length in ten-minute steps), the histogram
 *   the stage durations' percentiles are computed from.
 * Text columns: the counters follow whatever the counted columns hold (their widths grew before).
 * The triggers only ever INSERT (no row is updated in place, so concurrent changes never wait
 * on a shared counter row); `fold_stats_counters()` (the applications module's schedule) sums
 * each group's rows into one. A reader sums whatever rows a group has.
 *
 * The indexes that served the old full reads (applications_cycle_stats_idx,
 * application_history_cycle_idx) go: nothing else reads by them, and every insert paid for them.
 */
export class StatsCounters1796001400000 implements MigrationInterface {
  name = 'StatsCounters1796001400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cycle_file_counts" (
      "cycle_id" uuid NOT NULL, "status" text NOT NULL, "level" text NOT NULL,
      "specialty" text NOT NULL, "home_province" text, "cross_provincial" boolean NOT NULL,
      "filed" boolean NOT NULL, "files" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "cycle_file_counts_cycle_idx" ON "cycle_file_counts" ("cycle_id")`);
    await queryRunner.query(`CREATE TABLE "cycle_action_counts" (
      "cycle_id" uuid NOT NULL, "from_status" text, "action" text NOT NULL,
      "day" date NOT NULL, "entries" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "cycle_action_counts_cycle_idx" ON "cycle_action_counts" ("cycle_id", "from_status", "action")`);
    await queryRunner.query(`CREATE TABLE "cycle_stage_stays" (
      "cycle_id" uuid NOT NULL, "from_status" text NOT NULL, "ten_minutes" integer NOT NULL, "stays" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "cycle_stage_stays_cycle_idx" ON "cycle_stage_stays" ("cycle_id", "from_status")`);

    await queryRunner.query(`CREATE FUNCTION "count_application_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          INSERT INTO "cycle_file_counts" VALUES (OLD."cycle_id", OLD."status", OLD."level", OLD."specialty", OLD."home_province",
                                                  OLD."cross_provincial", OLD."submitted_at" IS NOT NULL, -1);
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO "cycle_file_counts" VALUES (NEW."cycle_id", NEW."status", NEW."level", NEW."specialty", NEW."home_province",
                                                  NEW."cross_provincial", NEW."submitted_at" IS NOT NULL, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "count_application_insert_delete" AFTER INSERT OR DELETE ON "applications"
      FOR EACH ROW EXECUTE FUNCTION "count_application_change"()`);
    // Draft saves and other writes that leave every counted column alone fire nothing.
    await queryRunner.query(`CREATE TRIGGER "count_application_update"
      AFTER UPDATE OF "cycle_id", "status", "level", "specialty", "home_province", "cross_provincial", "submitted_at" ON "applications"
      FOR EACH ROW WHEN ((OLD."cycle_id", OLD."status", OLD."level", OLD."specialty", OLD."home_province", OLD."cross_provincial", OLD."submitted_at" IS NOT NULL)
                     IS DISTINCT FROM (NEW."cycle_id", NEW."status", NEW."level", NEW."specialty", NEW."home_province", NEW."cross_provincial", NEW."submitted_at" IS NOT NULL))
      EXECUTE FUNCTION "count_application_change"()`);

    // After application_history_stage_times (BEFORE INSERT) filled the entry's cycle and stage entry time.
    await queryRunner.query(`CREATE FUNCTION "count_history_entry"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO "cycle_action_counts" VALUES (NEW."cycle_id", NEW."from_status", NEW."action", (NEW."created_at" AT TIME ZONE 'Asia/Shanghai')::date, 1);
        IF NEW."from_status" IS NOT NULL AND NEW."stage_entered_at" IS NOT NULL THEN
          INSERT INTO "cycle_stage_stays" VALUES (NEW."cycle_id", NEW."from_status",
                                                  floor(extract(epoch FROM NEW."created_at" - NEW."stage_entered_at") / 600)::int, 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "count_history_entry" AFTER INSERT ON "application_history"
      FOR EACH ROW WHEN (NEW."cycle_id" IS NOT NULL) EXECUTE FUNCTION "count_history_entry"()`);

    // Sums each group's rows into one (groups that sum to nothing disappear); safe to run concurrently:
    // each run deletes only rows it saw committed and re-inserts exactly their sums.
    await queryRunner.query(`CREATE FUNCTION "fold_stats_counters"() RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM "cycle_file_counts" RETURNING *)
      INSERT INTO "cycle_file_counts"
      SELECT "cycle_id", "status", "level", "specialty", "home_province", "cross_provincial", "filed", sum("files")
        FROM gone GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum("files") <> 0;
      WITH gone AS (DELETE FROM "cycle_action_counts" RETURNING *)
      INSERT INTO "cycle_action_counts"
      SELECT "cycle_id", "from_status", "action", "day", sum("entries") FROM gone GROUP BY 1, 2, 3, 4 HAVING sum("entries") <> 0;
      WITH gone AS (DELETE FROM "cycle_stage_stays" RETURNING *)
      INSERT INTO "cycle_stage_stays"
      SELECT "cycle_id", "from_status", "ten_minutes", sum("stays") FROM gone GROUP BY 1, 2, 3 HAVING sum("stays") <> 0;
    $$`);

    // Recounts everything from applications and their history (the backfill below; a writer that ran
    // with triggers off, like the bench's seed, calls it after). Each table in one statement, so the
    // rows it deletes and the rows it counts are of one snapshot: a change committed meanwhile
    // is counted once, by its own trigger rows.
    await queryRunner.query(`CREATE FUNCTION "rebuild_stats_counters"() RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM "cycle_file_counts")
      INSERT INTO "cycle_file_counts"
      SELECT "cycle_id", "status", "level", "specialty", "home_province", "cross_provincial", "submitted_at" IS NOT NULL, count(*)
        FROM "applications" GROUP BY 1, 2, 3, 4, 5, 6, 7;
      WITH gone AS (DELETE FROM "cycle_action_counts")
      INSERT INTO "cycle_action_counts"
      SELECT "cycle_id", "from_status", "action", ("created_at" AT TIME ZONE 'Asia/Shanghai')::date, count(*)
        FROM "application_history" WHERE "cycle_id" IS NOT NULL GROUP BY 1, 2, 3, 4;
      WITH gone AS (DELETE FROM "cycle_stage_stays")
      INSERT INTO "cycle_stage_stays"
      SELECT "cycle_id", "from_status", floor(extract(epoch FROM "created_at" - "stage_entered_at") / 600)::int, count(*)
        FROM "application_history" WHERE "cycle_id" IS NOT NULL AND "from_status" IS NOT NULL AND "stage_entered_at" IS NOT NULL
       GROUP BY 1, 2, 3;
    $$`);
    await queryRunner.query(`SELECT "rebuild_stats_counters"()`);

    await queryRunner.query(`DROP INDEX "public"."applications_cycle_stats_idx"`);
    await queryRunner.query(`DROP INDEX "public"."application_history_cycle_idx"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "application_history_cycle_idx" ON "application_history" ("cycle_id", "from_status", "action") INCLUDE ("created_at", "stage_entered_at")`);
    await queryRunner.query(`CREATE INDEX "applications_cycle_stats_idx" ON "applications" ("cycle_id") INCLUDE ("status", "level", "specialty", "home_province", "cross_provincial", "submitted_at")`);
    await queryRunner.query(`DROP FUNCTION "rebuild_stats_counters"()`);
    await queryRunner.query(`DROP FUNCTION "fold_stats_counters"()`);
    await queryRunner.query(`DROP TRIGGER "count_history_entry" ON "application_history"`);
    await queryRunner.query(`DROP FUNCTION "count_history_entry"()`);
    await queryRunner.query(`DROP TRIGGER "count_application_update" ON "applications"`);
    await queryRunner.query(`DROP TRIGGER "count_application_insert_delete" ON "applications"`);
    await queryRunner.query(`DROP FUNCTION "count_application_change"()`);
    await queryRunner.query(`DROP TABLE "cycle_stage_stays"`);
    await queryRunner.query(`DROP TABLE "cycle_action_counts"`);
    await queryRunner.query(`DROP TABLE "cycle_file_counts"`);
  }
}
