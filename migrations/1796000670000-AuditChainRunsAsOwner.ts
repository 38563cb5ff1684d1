import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The portal's role has no UPDATE on audit_log (libs/db grantAppRole), yet the chaining trigger
 * must fill a new entry's chain columns at commit. It runs as its owner (SECURITY DEFINER), with
 * a fixed search_path so no object of another schema (a temporary table named audit_log) can
 * stand in for the real ones. The append-only trigger still lets through only that fill of a
 * not yet chained row, nothing else. Nobody can call a trigger function directly.
 */
export class AuditChainRunsAsOwner1796000670000 implements MigrationInterface {
    name = 'AuditChainRunsAsOwner1796000670000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER FUNCTION "audit_log_chain"() SECURITY DEFINER SET search_path = public, pg_temp`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER FUNCTION "audit_log_chain"() SECURITY INVOKER RESET search_path`);
    }
}
