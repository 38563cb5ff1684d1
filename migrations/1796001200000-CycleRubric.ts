import { MigrationInterface, QueryRunner } from 'typeorm';

/** A cycle's own rubric, edited in the back office; null keeps the built-in rubric its rubric_version names. */
export class CycleRubric1796001200000 implements MigrationInterface {
  name = 'CycleRubric1796001200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cycles" ADD "rubric" jsonb`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "cycles" DROP COLUMN "rubric"`);
  }
}
