import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The bureau's officers act for the bureau (domain.md §2): authority_officer is a role bound to
 * the bureau organisation, as unit_officer is bound to its unit, and the bureau's routes check
 * the binding. The accounts that already hold the role (a demo seed's bureau1@, officers made
 * by role alone) are bound here to the bureau when the database has exactly one (the host
 * province's, seeded at start-up). A database whose bureau does not exist yet has it created
 * at the next start, which binds them then (OrganisationsService.seedHostOrganisations).
 * Data only; no schema change.
 */
export class BureauOfficersBound1796000900000 implements MigrationInterface {
  name = 'BureauOfficersBound1796000900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `INSERT INTO "organisation_members" ("user_id", "organisation_id", "role")
       SELECT u.id, b.id, 'authority_officer'
         FROM "users" u
         JOIN "organisations" b ON b.kind = 'bureau'
        WHERE 'authority_officer' = ANY(u.roles)
          AND (SELECT count(*) FROM "organisations" WHERE kind = 'bureau') = 1
          AND NOT EXISTS (SELECT 1 FROM "organisation_members" m WHERE m.user_id = u.id AND m.role = 'authority_officer')
       ON CONFLICT DO NOTHING`,
    );
  }

  public async down(): Promise<void> {
    // The bindings stay: after a rollback they are harmless rows (the older code reads the role alone).
  }
}
