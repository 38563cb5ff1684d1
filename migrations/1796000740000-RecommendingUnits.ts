import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The recommending units (单位推荐, domain.md §8), issue 27:
 *  - organisations (employers by credit code, district sub-centres, the partner association,
 *    the office, the bureau) and the people acting for them (organisation_members);
 *  - unit_recommendations: a unit's internal posting of a file and its decision;
 *  - on applications: the unit a file is addressed to, when it recommended, who returned it;
 *  - the workflow's new rows: submission now leads to the unit (`with_unit`), the unit returns,
 *    recommends or declines, a file the unit returned is resubmitted to it, and a file with the
 *    unit may be withdrawn (TRANSITIONS of libs/applications, compared by workflow.e2e-spec).
 * Files already submitted stay where they are: they reached the office before units existed.
 */
export class RecommendingUnits1796000740000 implements MigrationInterface {
  name = 'RecommendingUnits1796000740000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "organisations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" character varying(16) NOT NULL, "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "credit_code" character(18), "region_code" character(6), "province" character(2) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "organisations_kind_idx" ON "organisations" ("kind", "created_at", "id") `);
    await queryRunner.query(`CREATE INDEX "organisations_created_idx" ON "organisations" ("created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_single_kind_key" ON "organisations" ("province", "kind") WHERE kind IN ('association', 'office', 'bureau')`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_sub_centre_region_key" ON "organisations" ("region_code") WHERE kind = 'sub_centre'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "organisations_credit_code_key" ON "organisations" ("credit_code") WHERE credit_code IS NOT NULL`);
    await queryRunner.query(
      `CREATE TABLE "organisation_members" ("user_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "role" character varying(32) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_3cc6551a3f80b7aca61439ac6a5" PRIMARY KEY ("user_id", "organisation_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "organisation_members_organisation_idx" ON "organisation_members" ("organisation_id", "user_id") `);
    await queryRunner.query(
      `CREATE TABLE "unit_recommendations" ("application_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "posting_start_date" date NOT NULL, "posting_end_date" date NOT NULL, "posting_working_days" integer NOT NULL, "posting_outcome" character varying(32), "objections_handling" text, "posting_recorded_by" uuid NOT NULL, "decision" character varying(16), "decision_note" text, "decided_by" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_75806bc367b7d0d8755669245ab" PRIMARY KEY ("application_id"))`,
    );
    await queryRunner.query(`ALTER TABLE "applications" ADD "recommending_unit_id" uuid`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "recommended_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "returned_by" character varying(8)`);
    await queryRunner.query(`CREATE INDEX "applications_unit_queue_idx" ON "applications" ("recommending_unit_id", "status", "submitted_at", "id") `);

    await queryRunner.query(`UPDATE "application_transitions" SET "to_status" = 'with_unit' WHERE "action" = 'submit' AND "from_status" = 'draft'`);
    await queryRunner.query(`INSERT INTO "application_transitions" ("action", "from_status", "to_status") VALUES
              ('resubmit_to_unit', 'returned', 'with_unit'),
              ('unit_return', 'with_unit', 'returned'),
              ('unit_recommend', 'with_unit', 'submitted'),
              ('unit_decline', 'with_unit', 'rejected'),
              ('withdraw', 'with_unit', 'withdrawn')`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "application_transitions" WHERE ("action", "from_status") IN (('resubmit_to_unit', 'returned'), ('unit_return', 'with_unit'), ('unit_recommend', 'with_unit'), ('unit_decline', 'with_unit'), ('withdraw', 'with_unit'))`);
    await queryRunner.query(`UPDATE "application_transitions" SET "to_status" = 'submitted' WHERE "action" = 'submit' AND "from_status" = 'draft'`);
    await queryRunner.query(`DROP INDEX "public"."applications_unit_queue_idx"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "returned_by"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "recommended_at"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "recommending_unit_id"`);
    await queryRunner.query(`DROP TABLE "unit_recommendations"`);
    await queryRunner.query(`DROP INDEX "public"."organisation_members_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "organisation_members"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_credit_code_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_sub_centre_region_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_single_kind_key"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_created_idx"`);
    await queryRunner.query(`DROP INDEX "public"."organisations_kind_idx"`);
    await queryRunner.query(`DROP TABLE "organisations"`);
  }
}
