import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin list's ?text= search by employer at 1,000,000 files (issue 28: p99 under 100 ms).
 * An employer name is shared by many files, so a text like `有限公司 17` matched 44,844 of
 * 2,044,600 and the search fetched and rechecked each of them in the heap (180-600 ms) to keep 20.
 *
 * - cycle_employer_counts: files per (cycle, employer name), signed rows written by AFTER ROW
 *   triggers and folded by fold_employer_counts() (the counters' schedule), as the statistics'
 *   counters are (migration StatsCounters): the triggers only INSERT, so concurrent draft saves
 *   never wait on, or deadlock over, a shared row. The search matches the text against these
 *   few distinct names (5,000 per cycle at 1M files) by trigram.
 * - One index per list sort that leads with (cycle, employer name): for each matching name the
 *   search reads that employer's first page in the sort's order, never all its files. Their key
 *   orders mirror the cycle's sort indexes (migration TrackingSearchSortStats).
 * - applications_employer_name_trgm goes: nothing reads it any more, and every write paid for it.
 */
export class EmployerNameSearch1796001500000 implements MigrationInterface {
  name = 'EmployerNameSearch1796001500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "cycle_employer_counts" ("cycle_id" uuid NOT NULL, "employer_name" text NOT NULL, "files" integer NOT NULL)`);
    // fastupdate off: every search would otherwise scan GIN's pending list of recent inserts
    // (3.5 ms for a text matching nothing, against 0.06 ms once flushed, at 20,000 names).
    await queryRunner.query(`CREATE INDEX "cycle_employer_counts_name_trgm" ON "cycle_employer_counts" USING gin ("employer_name" gin_trgm_ops) WITH (fastupdate = off)`);

    await queryRunner.query(`CREATE FUNCTION "count_employer_change"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' AND OLD."employer_name" IS NOT NULL THEN
          INSERT INTO "cycle_employer_counts" VALUES (OLD."cycle_id", OLD."employer_name", -1);
        END IF;
        IF TG_OP <> 'DELETE' AND NEW."employer_name" IS NOT NULL THEN
          INSERT INTO "cycle_employer_counts" VALUES (NEW."cycle_id", NEW."employer_name", 1);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "count_employer_insert_delete" AFTER INSERT OR DELETE ON "applications"
      FOR EACH ROW EXECUTE FUNCTION "count_employer_change"()`);
    // A draft save that keeps the employer's name fires nothing.
    await queryRunner.query(`CREATE TRIGGER "count_employer_update" AFTER UPDATE OF "cycle_id", "employer_name" ON "applications"
      FOR EACH ROW WHEN ((OLD."cycle_id", OLD."employer_name") IS DISTINCT FROM (NEW."cycle_id", NEW."employer_name"))
      EXECUTE FUNCTION "count_employer_change"()`);

    // Sums the rows of each name that has several into one (names no file holds any more
    // disappear); a name already folded is left alone, so a tick rewrites only what changed.
    // Concurrent runs are safe: each deletes only the rows it saw committed and re-inserts
    // exactly the sums of the rows it deleted.
    await queryRunner.query(`CREATE FUNCTION "fold_employer_counts"() RETURNS void LANGUAGE sql AS $$
      WITH changed AS (SELECT "cycle_id", "employer_name" FROM "cycle_employer_counts" GROUP BY 1, 2 HAVING count(*) > 1),
           gone AS (DELETE FROM "cycle_employer_counts" c USING changed
                     WHERE c."cycle_id" = changed."cycle_id" AND c."employer_name" = changed."employer_name" RETURNING c.*)
      INSERT INTO "cycle_employer_counts"
      SELECT "cycle_id", "employer_name", sum("files") FROM gone GROUP BY 1, 2 HAVING sum("files") <> 0;
    $$`);
    // Recounts from applications in one statement (the backfill below; a writer that ran with
    // triggers off, like the bench's seed, calls it after).
    await queryRunner.query(`CREATE FUNCTION "rebuild_employer_counts"() RETURNS void LANGUAGE sql AS $$
      WITH gone AS (DELETE FROM "cycle_employer_counts")
      INSERT INTO "cycle_employer_counts"
      SELECT "cycle_id", "employer_name", count(*) FROM "applications" WHERE "employer_name" IS NOT NULL GROUP BY 1, 2;
    $$`);
    await queryRunner.query(`SELECT "rebuild_employer_counts"()`);

    await queryRunner.query(`CREATE INDEX "applications_employer_created_idx" ON "applications" ("cycle_id", "employer_name", "created_at", "id")`);
    await queryRunner.query(
      `CREATE INDEX "applications_employer_submitted_idx" ON "applications" ("cycle_id", "employer_name", "submitted_at" DESC NULLS LAST, "id" DESC)`,
    );
    await queryRunner.query(`CREATE INDEX "applications_employer_reference_idx" ON "applications" ("cycle_id", "employer_name", "reference_number", "id")`);
    await queryRunner.query(
      `CREATE INDEX "applications_employer_score_idx" ON "applications" ("cycle_id", "employer_name", "review_score" DESC NULLS LAST, "id" DESC)`,
    );
    await queryRunner.query(`DROP INDEX "public"."applications_employer_name_trgm"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "applications_employer_name_trgm" ON "applications" USING gin ("employer_name" gin_trgm_ops)`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_score_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_reference_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_submitted_idx"`);
    await queryRunner.query(`DROP INDEX "public"."applications_employer_created_idx"`);
    await queryRunner.query(`DROP FUNCTION "rebuild_employer_counts"()`);
    await queryRunner.query(`DROP FUNCTION "fold_employer_counts"()`);
    await queryRunner.query(`DROP TRIGGER "count_employer_update" ON "applications"`);
    await queryRunner.query(`DROP TRIGGER "count_employer_insert_delete" ON "applications"`);
    await queryRunner.query(`DROP FUNCTION "count_employer_change"()`);
    await queryRunner.query(`DROP TABLE "cycle_employer_counts"`);
  }
}
