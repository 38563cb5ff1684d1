import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The workflow's transition table in the database, and a trigger on applications.status
 * that accepts a change only when the transaction names an action (ApplicationWorkflow
 * sets `portal.workflow_action`) whose (from, to) pair is in the table. The pairs are
 * TRANSITIONS of libs/applications/src/domain/workflow/transitions.ts as of this
 * migration; a later action adds its rows in its own migration (a spec compares the two).
 */
export class ApplicationTransitions1795975749638 implements MigrationInterface {
    name = 'ApplicationTransitions1795975749638'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "application_transitions" ("action" character varying(48) NOT NULL, "from_status" character varying(16) NOT NULL, "to_status" character varying(16) NOT NULL, CONSTRAINT "PK_72bc3d4c153ac1b1226d141edc8" PRIMARY KEY ("action", "from_status"))`);
        await queryRunner.query(`INSERT INTO "application_transitions" ("action", "from_status", "to_status") VALUES
              ('submit', 'draft', 'submitted'),
              ('resubmit', 'returned', 'submitted'),
              ('withdraw', 'draft', 'withdrawn'),
              ('withdraw', 'submitted', 'withdrawn'),
              ('withdraw', 'returned', 'withdrawn'),
              ('withdraw', 'in_review', 'withdrawn'),
              ('withdraw', 'reviewed', 'withdrawn'),
              ('return_for_correction', 'submitted', 'returned'),
              ('accept_qualification', 'submitted', 'in_review'),
              ('reject_qualification', 'submitted', 'rejected'),
              ('close_overdue_correction', 'returned', 'rejected'),
              ('complete_review', 'in_review', 'reviewed'),
              ('committee_pass', 'reviewed', 'public_notice'),
              ('committee_fail', 'reviewed', 'rejected'),
              ('close_notice', 'public_notice', 'approved'),
              ('uphold_objection_reject', 'public_notice', 'rejected'),
              ('uphold_objection_rereview', 'public_notice', 'in_review'),
              ('decide_appeal_rereview', 'rejected', 'in_review'),
              ('revoke', 'approved', 'revoked')`);
        await queryRunner.query(`CREATE FUNCTION "applications_status_guard"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              taken text := current_setting('portal.workflow_action', true);
            BEGIN
              IF NEW.status IS DISTINCT FROM OLD.status AND NOT EXISTS (
                   SELECT 1 FROM application_transitions t
                    WHERE t.action = taken AND t.from_status = OLD.status AND t.to_status = NEW.status) THEN
                RAISE EXCEPTION 'applications.status % -> % is not an action of the workflow table (action: %)',
                  OLD.status, NEW.status, coalesce(nullif(taken, ''), 'none')
                  USING ERRCODE = 'check_violation';
              END IF;
              RETURN NEW;
            END
            $$`);
        await queryRunner.query(`CREATE TRIGGER "applications_status_guard" BEFORE UPDATE OF "status" ON "applications" FOR EACH ROW EXECUTE FUNCTION "applications_status_guard"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "applications_status_guard" ON "applications"`);
        await queryRunner.query(`DROP FUNCTION "applications_status_guard"()`);
        await queryRunner.query(`DROP TABLE "application_transitions"`);
    }

}
