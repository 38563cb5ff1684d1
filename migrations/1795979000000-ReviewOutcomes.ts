import { MigrationInterface, QueryRunner } from "typeorm";

export class ReviewOutcomes1795979000000 implements MigrationInterface {
    name = 'ReviewOutcomes1795979000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "review_outcomes" ("application_id" uuid NOT NULL, "aggregate" numeric(6,2) NOT NULL, "spread" numeric(6,2) NOT NULL, "spread_flag" boolean NOT NULL, "review_count" integer NOT NULL, "rubric_version" character varying(64) NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_e31f12e6f3a501039b06fafb6bd" PRIMARY KEY ("application_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TABLE "review_outcomes"`);
    }

}
