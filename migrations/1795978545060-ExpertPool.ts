import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The expert pool (reviewer_profiles: one per reviewer, GIN on specialties and the list's keyset
 * per active flag) and reviewers' declared relations (reviewer_relations, read by reviewer).
 */
export class ExpertPool1795978545060 implements MigrationInterface {
    name = 'ExpertPool1795978545060'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "reviewer_relations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "reviewer_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "party_type" character varying(16) NOT NULL, "party_user_id" uuid, "party_name" character varying(100), "party_employer_name" character varying(200), "party_employer_credit_code" character varying(18), "note" character varying(1000) NOT NULL, "recorded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "reviewer_relations_party_check" CHECK ((party_type = 'user' AND party_user_id IS NOT NULL)
  OR (party_type = 'person' AND party_name IS NOT NULL)
  OR (party_type = 'employer' AND (party_employer_name IS NOT NULL OR party_employer_credit_code IS NOT NULL))), CONSTRAINT "PK_1151b14cabdc2e60d8317c66a10" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "reviewer_relations_reviewer_idx" ON "reviewer_relations"  ("reviewer_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "reviewer_profiles" ("user_id" uuid NOT NULL, "specialties" text array NOT NULL, "max_level" character varying(32) NOT NULL, "home_province" character(2) NOT NULL, "employer_name" character varying(200) NOT NULL, "employer_credit_code" character varying(18), "max_load_per_cycle" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "updated_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_d5d2c0054dff06c16b208188c56" PRIMARY KEY ("user_id"))`);
        await queryRunner.query(`CREATE INDEX "reviewer_profiles_created_idx" ON "reviewer_profiles"  ("created_at", "user_id") `);
        await queryRunner.query(`CREATE INDEX "reviewer_profiles_active_created_idx" ON "reviewer_profiles"  ("active", "created_at", "user_id") `);
        await queryRunner.query(`CREATE INDEX "reviewer_profiles_specialties_idx" ON "reviewer_profiles" USING gin ("specialties") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."reviewer_profiles_specialties_idx"`);
        await queryRunner.query(`DROP INDEX "public"."reviewer_profiles_active_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."reviewer_profiles_created_idx"`);
        await queryRunner.query(`DROP TABLE "reviewer_profiles"`);
        await queryRunner.query(`DROP INDEX "public"."reviewer_relations_reviewer_idx"`);
        await queryRunner.query(`DROP TABLE "reviewer_relations"`);
    }

}
