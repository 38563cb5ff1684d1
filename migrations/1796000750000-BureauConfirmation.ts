import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bureau's confirmation (issue 27, domain.md §8 Confirmation and certificate):
 * - every column holding an application status widens to varchar(32) (`awaiting_confirmation`
 *   is 21 characters): applications.status, application_history.from_status/to_status,
 *   application_transitions.from_status/to_status. The status trigger names the column it
 *   watches (UPDATE OF status), so it is dropped and created again around the change;
 * - the transition table: close_notice now leads to `awaiting_confirmation`, and confirm_title
 *   (the bureau's officer) leads from there to `approved`. Files approved before stay approved;
 * - confirmation batches (one approval document number and its date of issue) and the files
 *   each confirmed (a file once);
 * - certificates name the document number and the batch that issued them; both null for the
 *   certificates issued before (their approval reference stays the file's reference number).
 */
export class BureauConfirmation1796000750000 implements MigrationInterface {
  name = 'BureauConfirmation1796000750000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "applications_status_guard" ON "applications"`);
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "status" TYPE character varying(32)`);
    await queryRunner.query(`ALTER TABLE "application_history" ALTER COLUMN "from_status" TYPE character varying(32)`);
    await queryRunner.query(`ALTER TABLE "application_history" ALTER COLUMN "to_status" TYPE character varying(32)`);
    await queryRunner.query(`ALTER TABLE "application_transitions" ALTER COLUMN "from_status" TYPE character varying(32)`);
    await queryRunner.query(`ALTER TABLE "application_transitions" ALTER COLUMN "to_status" TYPE character varying(32)`);
    await queryRunner.query(`CREATE TRIGGER "applications_status_guard" BEFORE UPDATE OF "status" ON "applications" FOR EACH ROW EXECUTE FUNCTION "applications_status_guard"()`);

    await queryRunner.query(`UPDATE "application_transitions" SET "to_status" = 'awaiting_confirmation' WHERE "action" = 'close_notice' AND "from_status" = 'public_notice'`);
    await queryRunner.query(`INSERT INTO "application_transitions" ("action", "from_status", "to_status") VALUES ('confirm_title', 'awaiting_confirmation', 'approved')`);

    await queryRunner.query(`CREATE TABLE "confirmation_batches" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_number" character varying(64) NOT NULL, "issued_on" date NOT NULL, "confirmed_by" uuid NOT NULL, "file_count" integer NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_confirmation_batches" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "confirmation_batches_document_number_key" ON "confirmation_batches" ("document_number") `);
    await queryRunner.query(`CREATE INDEX "confirmation_batches_list_idx" ON "confirmation_batches" ("confirmed_at", "id") `);
    await queryRunner.query(`CREATE TABLE "confirmation_batch_files" ("application_id" uuid NOT NULL, "batch_id" uuid NOT NULL, CONSTRAINT "PK_confirmation_batch_files" PRIMARY KEY ("application_id"))`);
    await queryRunner.query(`CREATE INDEX "confirmation_batch_files_batch_idx" ON "confirmation_batch_files" ("batch_id", "application_id") `);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "approval_document_number" character varying(64)`);
    await queryRunner.query(`ALTER TABLE "certificates" ADD "confirmation_batch_id" uuid`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "confirmation_batch_id"`);
    await queryRunner.query(`ALTER TABLE "certificates" DROP COLUMN "approval_document_number"`);
    await queryRunner.query(`DROP INDEX "public"."confirmation_batch_files_batch_idx"`);
    await queryRunner.query(`DROP TABLE "confirmation_batch_files"`);
    await queryRunner.query(`DROP INDEX "public"."confirmation_batches_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."confirmation_batches_document_number_key"`);
    await queryRunner.query(`DROP TABLE "confirmation_batches"`);
    // Files awaiting confirmation cannot be narrowed back: the down migration refuses while any exist.
    await queryRunner.query(`DELETE FROM "application_transitions" WHERE "action" = 'confirm_title'`);
    await queryRunner.query(`UPDATE "application_transitions" SET "to_status" = 'approved' WHERE "action" = 'close_notice' AND "from_status" = 'public_notice'`);
    await queryRunner.query(`DROP TRIGGER "applications_status_guard" ON "applications"`);
    await queryRunner.query(`ALTER TABLE "application_transitions" ALTER COLUMN "to_status" TYPE character varying(16)`);
    await queryRunner.query(`ALTER TABLE "application_transitions" ALTER COLUMN "from_status" TYPE character varying(16)`);
    await queryRunner.query(`ALTER TABLE "application_history" ALTER COLUMN "to_status" TYPE character varying(16)`);
    await queryRunner.query(`ALTER TABLE "application_history" ALTER COLUMN "from_status" TYPE character varying(16)`);
    await queryRunner.query(`ALTER TABLE "applications" ALTER COLUMN "status" TYPE character varying(16)`);
    await queryRunner.query(`CREATE TRIGGER "applications_status_guard" BEFORE UPDATE OF "status" ON "applications" FOR EACH ROW EXECUTE FUNCTION "applications_status_guard"()`);
  }
}
