import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The admin list's ?text= search (issue 28): the searched columns' statistics sampled 10 x more
 * finely. With the default target (100) each histogram entry stands for ~1 % of the files, so a
 * text matching 20 files of 124,600 was estimated at 12 rows or at ~1,030 depending on whether
 * ANALYZE's sample happened to hold one matching name (measured: 1 of 12 fresh ANALYZEs), and the
 * larger estimate chose a different plan (1.5 s instead of 2-20 ms). At 1000 the estimates stay
 * within a few rows from one ANALYZE to the next (docs/benchmark-history.md, issue 28).
 */
export class SearchColumnStatistics1796001300000 implements MigrationInterface {
  name = 'SearchColumnStatistics1796001300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "applications" ALTER COLUMN "applicant_name" SET STATISTICS 1000, ALTER COLUMN "employer_name" SET STATISTICS 1000, ALTER COLUMN "reference_number" SET STATISTICS 1000`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "applications" ALTER COLUMN "applicant_name" SET STATISTICS -1, ALTER COLUMN "employer_name" SET STATISTICS -1, ALTER COLUMN "reference_number" SET STATISTICS -1`,
    );
  }
}
