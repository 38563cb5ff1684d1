import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The audit log becomes append-only and hash-chained.
 *
 * - `audit_entry_canonical(audit_log)` is THE canonical text of an entry (the one definition,
 *   used by the chaining trigger and by the verifier, libs/audit AuditChainVerifier): a JSON
 *   array, as PostgreSQL's jsonb prints it, of
 *   [format 1, id, seq, created_at (UTC, microseconds, ISO 8601), actor_id, action, entity_type,
 *    entity_id, data, ip, user_agent, prev_hash]; `audit_entry_hash` is its hex SHA-256.
 * - `audit_log_chain`, a constraint trigger deferred to COMMIT, gives each new row its chain
 *   position under a transaction-level advisory lock: seq = last seq + 1, prev_hash = the last
 *   entry's hash (64 zeros for the first), hash = audit_entry_hash. The lock is taken at commit
 *   and held until the commit ends, so the previous holder has committed (its row is visible
 *   to the next holder's fresh READ COMMITTED snapshot) and chain order is commit order.
 *   Taking it at commit rather than at the insert keeps it out of the transaction's other
 *   row locks: no deadlock with a transaction that locks rows after writing an entry, and
 *   it is held only for the commit itself. The unique seq refuses a fork outright.
 * - `audit_log_append_only` refuses UPDATE, DELETE and TRUNCATE; the only update it lets
 *   through is the chaining trigger's own (pg_trigger_depth() > 1) filling the chain columns
 *   of a not yet chained row, nothing else changed.
 * - Rows written before this migration are chained here, in id order, from the genesis
 *   (prev_hash = 64 zeros): the chain covers the whole table from its first entry.
 */
export class AuditChain1796000300000 implements MigrationInterface {
    name = 'AuditChain1796000300000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // No entry may be written while the existing ones are chained.
        await queryRunner.query(`LOCK TABLE "audit_log" IN EXCLUSIVE MODE`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_actor_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_entity_idx"`);
        await queryRunner.query(`ALTER TABLE "audit_log" ADD "seq" bigint`);
        await queryRunner.query(`ALTER TABLE "audit_log" ADD "user_agent" character varying(512)`);
        await queryRunner.query(`ALTER TABLE "audit_log" ADD "prev_hash" character(64)`);
        await queryRunner.query(`ALTER TABLE "audit_log" ADD "hash" character(64)`);

        await queryRunner.query(`CREATE FUNCTION "audit_entry_canonical"(e "audit_log") RETURNS text LANGUAGE sql STABLE AS $$
            SELECT jsonb_build_array(
              1, e.id, e.seq, to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
              e.actor_id, e.action, e.entity_type, e.entity_id, e.data, e.ip, e.user_agent, e.prev_hash
            )::text
            $$`);
        await queryRunner.query(`CREATE FUNCTION "audit_entry_hash"(e "audit_log") RETURNS text LANGUAGE sql STABLE AS $$
            SELECT encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex')
            $$`);

        await queryRunner.query(`DO $$
            DECLARE
              e audit_log;
              previous text := repeat('0', 64);
              n bigint := 0;
            BEGIN
              FOR e IN SELECT * FROM audit_log ORDER BY id LOOP
                n := n + 1;
                e.seq := n;
                e.prev_hash := previous;
                e.hash := audit_entry_hash(e);
                UPDATE audit_log SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
                previous := e.hash;
              END LOOP;
            END
            $$`);

        await queryRunner.query(`CREATE FUNCTION "audit_log_chain"() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
              e audit_log := NEW;
              last_seq bigint;
              last_hash text;
            BEGIN
              -- Held until this transaction ends: whoever holds it decides the next position.
              PERFORM pg_advisory_xact_lock(hashtextextended('portal.audit_log.chain', 0));
              SELECT seq, hash INTO last_seq, last_hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
              e.seq := coalesce(last_seq + 1, 1);
              e.prev_hash := coalesce(last_hash, repeat('0', 64));
              e.hash := audit_entry_hash(e);
              UPDATE audit_log SET seq = e.seq, prev_hash = e.prev_hash, hash = e.hash WHERE id = e.id;
              RETURN NULL;
            END
            $$`);
        await queryRunner.query(`CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF TG_OP = 'UPDATE' THEN
                IF pg_trigger_depth() > 1 AND OLD.hash IS NULL AND OLD.seq IS NULL
                   AND (NEW.id, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id, NEW.data, NEW.ip, NEW.user_agent, NEW.created_at)
                       IS NOT DISTINCT FROM (OLD.id, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id, OLD.data, OLD.ip, OLD.user_agent, OLD.created_at) THEN
                  RETURN NEW;
                END IF;
              END IF;
              RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
            END
            $$`);

        await queryRunner.query(`CREATE INDEX "audit_log_created_seq_idx" ON "audit_log" ("created_at", "seq") `);
        await queryRunner.query(`CREATE INDEX "audit_log_action_seq_idx" ON "audit_log" ("action", "seq") `);
        await queryRunner.query(`CREATE INDEX "audit_log_actor_seq_idx" ON "audit_log" ("actor_id", "seq") `);
        await queryRunner.query(`CREATE INDEX "audit_log_entity_seq_idx" ON "audit_log" ("entity_type", "entity_id", "seq") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" ("seq") `);
        await queryRunner.query(`CREATE INDEX "audit_log_application_seq_idx" ON "audit_log" ((data->>'applicationId'), "seq") WHERE data ? 'applicationId'`);

        await queryRunner.query(`CREATE CONSTRAINT TRIGGER "audit_log_chain" AFTER INSERT ON "audit_log" DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "audit_log_chain"()`);
        await queryRunner.query(`CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`);
        await queryRunner.query(`CREATE TRIGGER "audit_log_no_truncate" BEFORE TRUNCATE ON "audit_log" FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"()`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "audit_log_no_truncate" ON "audit_log"`);
        await queryRunner.query(`DROP TRIGGER "audit_log_append_only" ON "audit_log"`);
        await queryRunner.query(`DROP TRIGGER "audit_log_chain" ON "audit_log"`);
        await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
        await queryRunner.query(`DROP FUNCTION "audit_log_chain"()`);
        await queryRunner.query(`DROP FUNCTION "audit_entry_hash"("audit_log")`);
        await queryRunner.query(`DROP FUNCTION "audit_entry_canonical"("audit_log")`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_application_seq_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_seq_key"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_entity_seq_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_actor_seq_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_action_seq_idx"`);
        await queryRunner.query(`DROP INDEX "public"."audit_log_created_seq_idx"`);
        await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "hash"`);
        await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "prev_hash"`);
        await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "user_agent"`);
        await queryRunner.query(`ALTER TABLE "audit_log" DROP COLUMN "seq"`);
        await queryRunner.query(`CREATE INDEX "audit_log_entity_idx" ON "audit_log" ("entity_type", "entity_id", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_log_actor_idx" ON "audit_log" ("actor_id", "id") `);
    }

}
