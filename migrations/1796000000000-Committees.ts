import { MigrationInterface, QueryRunner } from "typeorm";

/** Committees, their members and meetings: agenda items with vote totals only, attendance, recusals, ballot participation (who voted, never how). */
export class Committees1796000000000 implements MigrationInterface {
    name = 'Committees1796000000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "committees" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name_zh" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "organised_by" character varying(16) NOT NULL, "levels" text array NOT NULL, "specialties" text array NOT NULL, "chair_id" uuid NOT NULL, "term_start" date NOT NULL, "term_end" date NOT NULL, "minimum_size" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "committees_term_check" CHECK (term_end > term_start AND minimum_size > 0), CONSTRAINT "PK_69acdd168edf3e61a2a0b4ed13b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "committees_created_idx" ON "committees"  ("created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "committee_members" ("committee_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_af4b0c001ab0947686df0e8a8f6" PRIMARY KEY ("committee_id", "user_id"))`);
        await queryRunner.query(`CREATE INDEX "committee_members_user_idx" ON "committee_members"  ("user_id") `);
        await queryRunner.query(`CREATE TABLE "committee_meetings" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "committee_id" uuid NOT NULL, "cycle_id" uuid NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "location" character varying(200) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'scheduled', "member_count" integer, "present_count" integer, "quorum_required" integer, "opened_at" TIMESTAMP WITH TIME ZONE, "opened_by" uuid, "closed_at" TIMESTAMP WITH TIME ZONE, "closed_by" uuid, "minutes" jsonb, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "committee_meetings_status_check" CHECK (status IN ('scheduled', 'open', 'closed')), CONSTRAINT "PK_64a6d42a37b31bef5472da27730" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "committee_meetings_committee_idx" ON "committee_meetings"  ("committee_id", "scheduled_at", "id") `);
        await queryRunner.query(`CREATE INDEX "committee_meetings_scheduled_idx" ON "committee_meetings"  ("scheduled_at", "id") `);
        await queryRunner.query(`CREATE TABLE "committee_meeting_items" ("meeting_id" uuid NOT NULL, "application_id" uuid NOT NULL, "position" integer NOT NULL, "mode" character varying(16), "yes_count" integer NOT NULL DEFAULT '0', "no_count" integer NOT NULL DEFAULT '0', "abstain_count" integer NOT NULL DEFAULT '0', "entitled_present" integer, "outcome" character varying(16), CONSTRAINT "committee_meeting_items_mode_check" CHECK (mode IS NULL OR mode IN ('electronic', 'paper')), CONSTRAINT "committee_meeting_items_counts_check" CHECK (yes_count >= 0 AND no_count >= 0 AND abstain_count >= 0 AND (entitled_present IS NULL OR yes_count + no_count + abstain_count <= entitled_present)), CONSTRAINT "PK_0231b11b438363e98deec228b29" PRIMARY KEY ("meeting_id", "application_id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "committee_meeting_items_undecided_key" ON "committee_meeting_items"  ("application_id") WHERE outcome IS NULL`);
        await queryRunner.query(`CREATE TABLE "committee_meeting_attendance" ("meeting_id" uuid NOT NULL, "member_id" uuid NOT NULL, "present" boolean NOT NULL, CONSTRAINT "PK_ff7b3d142172b941ec8df736629" PRIMARY KEY ("meeting_id", "member_id"))`);
        await queryRunner.query(`CREATE TABLE "committee_meeting_recusals" ("meeting_id" uuid NOT NULL, "application_id" uuid NOT NULL, "member_id" uuid NOT NULL, "reasons" text array NOT NULL, CONSTRAINT "PK_1ad5b287432889a812dfefebfc3" PRIMARY KEY ("meeting_id", "application_id", "member_id"))`);
        await queryRunner.query(`CREATE TABLE "committee_ballot_participations" ("meeting_id" uuid NOT NULL, "application_id" uuid NOT NULL, "member_id" uuid NOT NULL, CONSTRAINT "PK_49b82c5714d0cf6d8799769b106" PRIMARY KEY ("meeting_id", "application_id", "member_id"))`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."committee_meeting_items_undecided_key"`);
        await queryRunner.query(`DROP INDEX "public"."committee_meetings_scheduled_idx"`);
        await queryRunner.query(`DROP INDEX "public"."committee_meetings_committee_idx"`);
        await queryRunner.query(`DROP INDEX "public"."committee_members_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."committees_created_idx"`);
        await queryRunner.query(`DROP TABLE "committee_ballot_participations"`);
        await queryRunner.query(`DROP TABLE "committee_meeting_recusals"`);
        await queryRunner.query(`DROP TABLE "committee_meeting_attendance"`);
        await queryRunner.query(`DROP TABLE "committee_meeting_items"`);
        await queryRunner.query(`DROP TABLE "committee_meetings"`);
        await queryRunner.query(`DROP TABLE "committee_members"`);
        await queryRunner.query(`DROP TABLE "committees"`);
    }

}
