import { DataSource } from 'typeorm';
import { ownerQuery } from './database-owner';

/** Surnames and given-name characters the bulk files' applicant names are drawn from (one- to three-character names). */
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛'];
const LEVELS = ['assistant', 'intermediate', 'associate_senior', 'full_senior'];
const SPECIALTIES = ['product_design', 'experience_design', 'visual_communication'];
const STATUSES = ['draft', 'submitted', 'submitted', 'submitted', 'in_review', 'in_review', 'reviewed', 'returned', 'rejected', 'approved'];
const PROVINCES = ['50', '50', '50', '44', '31', '11', '51', '33'];

export interface BulkApplicationsOptions {
  cycleId: string;
  /** Reference numbers are `<cycleCode>-B-<n>` for non-drafts. */
  cycleCode: string;
  count: number;
  /** Distinguishes the ids of several bulk seeds in one database. */
  label?: string;
  /** The sealed identity number every file carries (null: none). */
  documentNumberSealed?: string | null;
}

/**
 * Test set-up at scale: `count` files in a cycle inserted set-based (one INSERT ... SELECT
 * FROM generate_series, no row through Node), with a mix of levels, specialties, statuses,
 * provinces and Chinese names; files past review carry a score. Statuses are inserted
 * directly (the status trigger guards updates only); ANALYZE afterwards so plans are the
 * ones production would get. Returns nothing: ids are md5(label || '-app-' || n)::uuid.
 */
export async function seedBulkApplications(dataSource: DataSource, o: BulkApplicationsOptions): Promise<void> {
  const label = o.label ?? 'bulk';
  await dataSource.query(
    `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, document_number_sealed, version,
                               reference_number, applicant_name, employer_name, cross_provincial, home_province, submitted_at, review_score,
                               created_at, updated_at)
     SELECT md5($3 || '-app-' || s.n)::uuid, md5($3 || '-user-' || s.n)::uuid, $1, s.level, s.specialty, s.status, md5('bulk-form')::uuid, '{}'::jsonb, $5, 1,
            CASE WHEN s.status <> 'draft' THEN $2 || '-B-' || lpad(s.n::text, 6, '0') END,
            s.name, '某工业设计有限公司 ' || (s.n % 5000), s.province <> '50', s.province,
            CASE WHEN s.status <> 'draft' THEN s.created + interval '1 day' END,
            CASE WHEN s.status IN ('reviewed', 'approved') THEN round((50 + abs(hashtext('score' || s.n)) % 5000 / 100.0)::numeric, 2) END,
            s.created, s.created
       FROM (SELECT n,
                    ($6::text[])[1 + abs(hashtext('level' || n)) % cardinality($6::text[])] AS level,
                    ($7::text[])[1 + abs(hashtext('specialty' || n)) % cardinality($7::text[])] AS specialty,
                    ($8::text[])[1 + abs(hashtext('status' || n)) % cardinality($8::text[])] AS status,
                    ($9::text[])[1 + abs(hashtext('province' || n)) % cardinality($9::text[])] AS province,
                    ($10::text[])[1 + abs(hashtext('surname' || n)) % cardinality($10::text[])]
                      || CASE WHEN n % 7 = 0 THEN '' ELSE ($11::text[])[1 + abs(hashtext('given1' || n)) % cardinality($11::text[])] END
                      || CASE WHEN n % 3 = 0 THEN ($11::text[])[1 + abs(hashtext('given2' || n)) % cardinality($11::text[])] ELSE '' END AS name,
                    timestamptz '2026-03-01 00:00:00+08' + interval '1 second' * (n * 37 % 5000000) AS created
               FROM generate_series(1, $4::int) n) s`,
    [o.cycleId, o.cycleCode, label, o.count, o.documentNumberSealed ?? null, LEVELS, SPECIALTIES, STATUSES, PROVINCES, SURNAMES, GIVEN],
  );
  // Only the owner may ANALYZE (the portal's role would be skipped with a warning).
  await ownerQuery(dataSource, 'ANALYZE applications');
}
