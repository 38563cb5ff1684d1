import { MigrationInterface, QueryRunner } from "typeorm";

export class IdentityAndNotifications1795886574639 implements MigrationInterface {
    name = 'IdentityAndNotifications1795886574639'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "actor_id" uuid, "action" character varying(64) NOT NULL, "entity_type" character varying(32) NOT NULL, "entity_id" character varying(64) NOT NULL, "data" jsonb NOT NULL, "ip" character varying(64), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log"  ("actor_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log"  ("entity_type", "entity_id", "id") `);
        await queryRunner.query(`CREATE TABLE "outbox_events" ("id" BIGSERIAL NOT NULL, "type" character varying(64) NOT NULL, "recipients" jsonb NOT NULL, "payload" jsonb NOT NULL, "sealed_secret" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_6689a16c00d09b8089f6237f1d2" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "outbox_events_undispatched_idx" ON "outbox_events"  ("id") WHERE dispatched_at IS NULL`);
        await queryRunner.query(`CREATE TABLE "account_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "purpose" character varying(32) NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5e3640c493cc6206a44b885e6a9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "account_tokens_user_idx" ON "account_tokens"  ("user_id", "purpose") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "account_tokens_hash_key" ON "account_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "refresh_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" character varying(32), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_7d8bee0204106019488c4c50ffa" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "refresh_tokens_user_idx" ON "refresh_tokens"  ("user_id") `);
        await queryRunner.query(`CREATE INDEX "refresh_tokens_family_idx" ON "refresh_tokens"  ("family_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "refresh_tokens_hash_key" ON "refresh_tokens"  ("token_hash") `);
        await queryRunner.query(`CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "outbox_id" bigint NOT NULL, "type" character varying(64) NOT NULL, "title" character varying(300) NOT NULL, "body" text NOT NULL, "link" character varying(300), "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notifications_unread_idx" ON "notifications"  ("user_id", "created_at", "id") WHERE read_at IS NULL`);
        await queryRunner.query(`CREATE INDEX "notifications_user_idx" ON "notifications"  ("user_id", "created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "notifications_event_user_key" ON "notifications"  ("outbox_id", "user_id") `);
        await queryRunner.query(`CREATE TABLE "notification_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "outbox_id" bigint NOT NULL, "type" character varying(64) NOT NULL, "recipient_key" character varying(300) NOT NULL, "user_id" uuid, "channel" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "sent_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_81daeff81f237bd384f7cfc4a4c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "notification_deliveries_failed_idx" ON "notification_deliveries"  ("updated_at", "id") WHERE status = 'failed'`);
        await queryRunner.query(`CREATE UNIQUE INDEX "notification_deliveries_key" ON "notification_deliveries"  ("outbox_id", "recipient_key", "channel") `);
        await queryRunner.query(`CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "type" character varying(64) NOT NULL, "email_enabled" boolean NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_755d37e231803acea1c54e5e88a" PRIMARY KEY ("user_id", "type"))`);
        await queryRunner.query(`CREATE TABLE "users" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying(254) NOT NULL, "full_name" character varying(100) NOT NULL, "phone" character varying(20), "locale" character varying(5) NOT NULL DEFAULT 'zh-CN', "roles" text array NOT NULL DEFAULT '{}', "status" character varying(16) NOT NULL DEFAULT 'active', "email_verified_at" TIMESTAMP WITH TIME ZONE, "password_hash" character varying(255), "session_version" integer NOT NULL DEFAULT '1', "last_login_at" TIMESTAMP WITH TIME ZONE, "barred_until" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "users_roles_idx" ON "users" USING gin ("roles") `);
        await queryRunner.query(`CREATE INDEX "users_created_idx" ON "users"  ("created_at", "id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "users_email_key" ON "users"  ("email") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."users_email_key"`);
        await queryRunner.query(`DROP INDEX "public"."users_created_idx"`);
        await queryRunner.query(`DROP INDEX "public"."users_roles_idx"`);
        await queryRunner.query(`DROP TABLE "users"`);
        await queryRunner.query(`DROP TABLE "notification_preferences"`);
        await queryRunner.query(`DROP INDEX "public"."notification_deliveries_key"`);
        await queryRunner.query(`DROP INDEX "public"."notification_deliveries_failed_idx"`);
        await queryRunner.query(`DROP TABLE "notification_deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_event_user_key"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_user_idx"`);
        await queryRunner.query(`DROP INDEX "public"."notifications_unread_idx"`);
        await queryRunner.query(`DROP TABLE "notifications"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_tokens_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_tokens_family_idx"`);
        await queryRunner.query(`DROP INDEX "public"."refresh_tokens_user_idx"`);
        await queryRunner.query(`DROP TABLE "refresh_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."account_tokens_hash_key"`);
        await queryRunner.query(`DROP INDEX "public"."account_tokens_user_idx"`);
        await queryRunner.query(`DROP TABLE "account_tokens"`);
        await queryRunner.query(`DROP INDEX "public"."outbox_events_undispatched_idx"`);
        await queryRunner.query(`DROP TABLE "outbox_events"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
        await queryRunner.query(`DROP TABLE "audit_log"`);
    }

}
