import { MigrationInterface, QueryRunner } from "typeorm";

export class OutboxEventIdentityAndSettlement1795974464566 implements MigrationInterface {
    name = 'OutboxEventIdentityAndSettlement1795974464566'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "outbox_events" ADD "uuid" uuid NOT NULL DEFAULT gen_random_uuid()`);
        await queryRunner.query(`ALTER TABLE "outbox_events" ADD "settled_at" TIMESTAMP WITH TIME ZONE`);
        // Events dispatched before this migration: settled when their deliveries were recorded and none
        // is pending. The rest (no delivery row at all, or one left pending) may have lost their job and
        // are listed among the failed notifications from now on, where an admin can retry them.
        await queryRunner.query(`UPDATE "outbox_events" o SET "settled_at" = o."dispatched_at"
            WHERE o."dispatched_at" IS NOT NULL
              AND EXISTS (SELECT 1 FROM "notification_deliveries" d WHERE d."outbox_id" = o."id")
              AND NOT EXISTS (SELECT 1 FROM "notification_deliveries" d WHERE d."outbox_id" = o."id" AND d."status" = 'pending')`);
        await queryRunner.query(`CREATE INDEX "outbox_events_unsettled_idx" ON "outbox_events"  ("dispatched_at", "uuid") WHERE settled_at IS NULL`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."outbox_events_unsettled_idx"`);
        await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "settled_at"`);
        await queryRunner.query(`ALTER TABLE "outbox_events" DROP COLUMN "uuid"`);
    }

}
