import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secret ballots apart from participation (issue 23, item 2): choices in their own insert-only
 * table without member or time, totals counted at the close, and the chair's per-item close.
 * Meetings still open carry live electronic totals on their items: each becomes as many anonymous
 * choice rows, and the item's counts go back to zero until the close counts them.
 */
export class SecretBallotChoices1796000620000 implements MigrationInterface {
  name = 'SecretBallotChoices1796000620000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "committee_ballot_choices" ("id" uuid NOT NULL, "meeting_id" uuid NOT NULL, "application_id" uuid NOT NULL, "paper_hash" character(64) NOT NULL, "choice" character varying(8) NOT NULL, CONSTRAINT "committee_ballot_choices_choice_check" CHECK (choice IN ('yes', 'no', 'abstain')), CONSTRAINT "PK_68b6fb19ccedcf907238258b98e" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "committee_ballot_choices_paper_key" ON "committee_ballot_choices" ("paper_hash") `);
    await queryRunner.query(`CREATE INDEX "committee_ballot_choices_item_idx" ON "committee_ballot_choices" ("meeting_id", "application_id") `);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" ADD "voting_closed_reason" text`);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" ADD "voting_closed_by" uuid`);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" ADD "voting_closed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`INSERT INTO committee_ballot_choices (id, meeting_id, application_id, paper_hash, choice)
SELECT gen_random_uuid(), i.meeting_id, i.application_id, encode(sha256(gen_random_uuid()::text::bytea), 'hex'), c.choice
  FROM committee_meeting_items i
  JOIN committee_meetings m ON m.id = i.meeting_id AND m.status = 'open'
  CROSS JOIN LATERAL (SELECT 'yes' AS choice, i.yes_count AS n UNION ALL SELECT 'no', i.no_count UNION ALL SELECT 'abstain', i.abstain_count) c
  CROSS JOIN LATERAL generate_series(1, c.n)
 WHERE i.mode = 'electronic' AND i.outcome IS NULL
 ORDER BY random()`);
    await queryRunner.query(`UPDATE committee_meeting_items i SET mode = NULL, yes_count = 0, no_count = 0, abstain_count = 0
  FROM committee_meetings m WHERE m.id = i.meeting_id AND m.status = 'open' AND i.mode = 'electronic' AND i.outcome IS NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE committee_meeting_items i SET mode = 'electronic',
       yes_count = (SELECT count(*) FROM committee_ballot_choices c WHERE c.meeting_id = i.meeting_id AND c.application_id = i.application_id AND c.choice = 'yes'),
       no_count = (SELECT count(*) FROM committee_ballot_choices c WHERE c.meeting_id = i.meeting_id AND c.application_id = i.application_id AND c.choice = 'no'),
       abstain_count = (SELECT count(*) FROM committee_ballot_choices c WHERE c.meeting_id = i.meeting_id AND c.application_id = i.application_id AND c.choice = 'abstain')
 WHERE i.outcome IS NULL AND EXISTS (SELECT 1 FROM committee_ballot_choices c WHERE c.meeting_id = i.meeting_id AND c.application_id = i.application_id)`);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" DROP COLUMN "voting_closed_at"`);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" DROP COLUMN "voting_closed_by"`);
    await queryRunner.query(`ALTER TABLE "committee_meeting_items" DROP COLUMN "voting_closed_reason"`);
    await queryRunner.query(`DROP INDEX "public"."committee_ballot_choices_item_idx"`);
    await queryRunner.query(`DROP INDEX "public"."committee_ballot_choices_paper_key"`);
    await queryRunner.query(`DROP TABLE "committee_ballot_choices"`);
  }
}
