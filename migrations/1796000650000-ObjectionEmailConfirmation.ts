import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An objector's e-mail address is confirmed through a one-time link before anything else is
 * sent to it: the link's hash and expiry, when it was confirmed, and the language to write in
 * (the receipt now goes out at confirmation, after the request that carried the language).
 * Objections lodged before keep a NULL confirmation: nothing more is sent to them.
 */
export class ObjectionEmailConfirmation1796000650000 implements MigrationInterface {
  name = 'ObjectionEmailConfirmation1796000650000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "objections" ADD "email_confirmed_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "objections" ADD "confirm_token_hash" character(64)`);
    await queryRunner.query(`ALTER TABLE "objections" ADD "confirm_expires_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(`ALTER TABLE "objections" ADD "locale" character varying(8) NOT NULL DEFAULT 'zh-CN'`);
    await queryRunner.query(`CREATE UNIQUE INDEX "objections_confirm_token_key" ON "objections" ("confirm_token_hash") WHERE confirm_token_hash IS NOT NULL`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."objections_confirm_token_key"`);
    await queryRunner.query(`ALTER TABLE "objections" DROP COLUMN "locale"`);
    await queryRunner.query(`ALTER TABLE "objections" DROP COLUMN "confirm_expires_at"`);
    await queryRunner.query(`ALTER TABLE "objections" DROP COLUMN "confirm_token_hash"`);
    await queryRunner.query(`ALTER TABLE "objections" DROP COLUMN "email_confirmed_at"`);
  }
}
