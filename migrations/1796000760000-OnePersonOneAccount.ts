import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One person, one account (domain.md §8). The identity number's blind index (a keyed HMAC,
 * computed by the portal: never the number) is bound to an account at its first submission
 * (users.identity_index, unique) and copied onto each file at submission
 * (applications.identity_index, one active file per person per cycle). Files and accounts from
 * before stay NULL: the migration cannot compute the index (the key is the portal's); the
 * account-level rules keep holding for them. identity_conflicts: refused submissions of a
 * number bound to another account, for the office.
 */
export class OnePersonOneAccount1796000760000 implements MigrationInterface {
  name = 'OnePersonOneAccount1796000760000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "users" ADD "identity_index" character(64)`);
    await queryRunner.query(`ALTER TABLE "users" ADD "identity_bound_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`CREATE UNIQUE INDEX "users_identity_index_key" ON "users" ("identity_index") WHERE identity_index IS NOT NULL`);
    await queryRunner.query(`ALTER TABLE "applications" ADD "identity_index" character(64)`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "applications_one_per_person_per_cycle" ON "applications" ("identity_index", "cycle_id") WHERE identity_index IS NOT NULL AND status <> 'withdrawn'`,
    );
    await queryRunner.query(
      `CREATE TABLE "identity_conflicts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "bound_user_id" uuid NOT NULL, "refused_user_id" uuid NOT NULL, "application_id" uuid, "attempts" integer NOT NULL DEFAULT '1', "first_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4af4e8ad9d3df5fbedebdfedb28" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "identity_conflicts_pair_key" ON "identity_conflicts" ("bound_user_id", "refused_user_id") `);
    await queryRunner.query(`CREATE INDEX "identity_conflicts_list_idx" ON "identity_conflicts" ("last_attempt_at", "id") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."identity_conflicts_list_idx"`);
    await queryRunner.query(`DROP INDEX "public"."identity_conflicts_pair_key"`);
    await queryRunner.query(`DROP TABLE "identity_conflicts"`);
    await queryRunner.query(`DROP INDEX "public"."applications_one_per_person_per_cycle"`);
    await queryRunner.query(`ALTER TABLE "applications" DROP COLUMN "identity_index"`);
    await queryRunner.query(`DROP INDEX "public"."users_identity_index_key"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "identity_bound_at"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "identity_index"`);
  }
}
