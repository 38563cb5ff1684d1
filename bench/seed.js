// Seeds the bench database at scale with set-based SQL (multi-row INSERT ... SELECT FROM
// generate_series): no row travels through Node. Ids are deterministic (md5 of a label,
// formatted as a UUID), so the bench computes any user's or application's id itself.
'use strict';

const crypto = require('crypto');
const { storedFormData, documentNumber, residentIdNumber } = require('./fixtures');

/** The UUID PostgreSQL's md5(label)::uuid gives. */
function idOf(label) {
  const h = crypto.createHash('md5').update(label).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ids = {
  admin: () => idOf('bench-admin'),
  user: (n) => idOf(`bench-user-${n}`),
  application: (n) => idOf(`bench-app-${n}`),
  draftUser: (n) => idOf(`bench-draft-user-${n}`),
  draftApplication: (n) => idOf(`bench-draft-app-${n}`),
  submitUser: (n) => idOf(`bench-submit-user-${n}`),
  submitApplication: (n) => idOf(`bench-submit-app-${n}`),
};
const emails = {
  admin: 'admin@bench.local',
  user: (n) => `applicant${n}@bench.local`,
};

// Weighted choices, as arrays the SQL indexes with a hash of the row number (hashtext keeps
// the attributes independent of each other, unlike n modulo something).
const weighted = (pairs) => pairs.flatMap(([value, weight]) => Array(weight).fill(value));
const LEVEL_MIX = weighted([['assistant', 2], ['intermediate', 4], ['associate_senior', 3], ['full_senior', 1]]);
const SPECIALTY_MIX = weighted([['product_design', 5], ['experience_design', 3], ['visual_communication', 2]]);
// Status mix of a cycle near its close: most files are in; a deep page of the
// "submitted" list (50,000 rows at the default scale) exists.
const STATUS_MIX = weighted([
  ['draft', 14],
  ['submitted', 56],
  ['returned', 3],
  ['in_review', 13],
  ['reviewed', 3],
  ['public_notice', 2],
  ['approved', 4],
  ['rejected', 2],
  ['withdrawn', 3],
]);

/**
 * Runs `load` (inside the caller's transaction) with the tables' secondary indexes dropped, then
 * re-creates them from their own definitions (pg_get_indexdef): building an index once over the
 * loaded rows is several times faster than maintaining it row by row (the trigram GIN indexes
 * most of all), which is what made the seed crawl at 1,000,000. Indexes that back a constraint
 * (primary keys, UNIQUE constraints) stay; a unique index re-created over the rows re-checks them.
 */
async function withoutSecondaryIndexes(client, tables, load) {
  // Nor are the foreign keys checked row by row (nor triggers fired) during the load: the rows are
  // generated consistent, and the one trigger that fills columns (application_history's stage
  // times) gets them from the seed. Needs superuser; without it the load checks them (slower).
  const { rows: [{ superuser }] } = await client.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`);
  if (superuser) await client.query(`SET LOCAL session_replication_role = replica`);
  else console.warn('[bench] not a superuser: foreign keys checked per row during the seed (slower)');
  const { rows: indexes } = await client.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
    [tables],
  );
  for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
  const result = await load();
  if (superuser) await client.query(`SET LOCAL session_replication_role = origin`);
  await client.query(`SET LOCAL maintenance_work_mem = '512MB'`);
  for (const index of indexes) await client.query(index.definition);
  return result;
}

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * @param client a connected pg client on the bench database
 * @param o { scale, draftPool, submitPool, passwordHash, piiKey, hostProvince, dist }
 */
async function seed(client, o) {
  const { applications: appsLib, common } = o.dist;
  const N = o.scale;
  const cipher = new common.PiiCipher(o.piiKey);
  // One sealed identity number shared by every application (sealing is per row in the portal;
  // the cost of opening it per request is the same).
  const sealedDocument = cipher.seal(documentNumber());
  const mainland = appsLib.PROVINCES.map((p) => p.code).filter((c) => !['71', '81', '82'].includes(c));
  if (mainland.length !== 31) throw new Error(`expected 31 mainland provinces, found ${mainland.length}`);
  // The host province carries the largest share; the other 30 share the rest.
  const provinceMix = [...Array(30).fill(o.hostProvince), ...mainland.filter((c) => c !== o.hostProvince).flatMap((c) => [c, c])];

  await client.query('SET synchronous_commit = off');
  await client.query('BEGIN');

  // --- forms and the cycle -------------------------------------------------------------
  const formVersions = {};
  for (const level of appsLib.LEVELS) {
    const form = appsLib.buildDefaultForm(level);
    const { rows } = await client.query(
      `INSERT INTO form_versions (form_key, version, level, title_zh, title_en, schema, ui_hints, status, published_at)
       VALUES ($1, 1, $2, $3, $4, $5, $6, 'published', now()) RETURNING id`,
      [`bench-${level.replace('_', '-')}`, level, `基准测试申报表 ${level}`, `Bench form ${level}`, JSON.stringify(form.schema), JSON.stringify(form.uiHints)],
    );
    formVersions[level] = rows[0].id;
  }
  const year = new Date().getUTCFullYear();
  const cycleCode = `${year}-BENCH`;
  const closesAt = new Date(Date.now() + 30 * 86400000);
  const { rows: cycleRows } = await client.query(
    `INSERT INTO cycles (code, name_zh, name_en, levels, specialties, opens_at, closes_at, form_versions, eligibility_policy, evidence_rules, version)
     VALUES ($1, $2, $3, $4, $5, now() - interval '61 days', $6, $7, $8, $9, 1) RETURNING id`,
    [
      cycleCode,
      `${year}年度工业设计专业职称评审（基准测试）`,
      `${year} Industrial Design Title Evaluation (bench)`,
      appsLib.LEVELS,
      appsLib.SPECIALTIES.map((s) => s.key),
      closesAt,
      JSON.stringify(formVersions),
      JSON.stringify(appsLib.DEFAULT_ELIGIBILITY_POLICY),
      JSON.stringify(appsLib.DEFAULT_EVIDENCE_RULES),
    ],
  );
  const cycleId = cycleRows[0].id;

  // Per level: the stored form data and the eligibility result a submitted file carries.
  const countUntil = common.shanghaiDate(closesAt);
  const levelRows = appsLib.LEVELS.map((level) => {
    const data = storedFormData(level);
    const outcome = appsLib.evaluateEligibility({ policy: appsLib.DEFAULT_ELIGIBILITY_POLICY, level, data, countUntil, exceptionalRoute: false });
    const hasCurrentTitle = Boolean(data.currentTitle);
    const required = appsLib.requiredEvidence(appsLib.DEFAULT_EVIDENCE_RULES, { level, crossProvincial: false, exceptionalRoute: false, hasCurrentTitle });
    const eligibility = { ...outcome, crossProvincial: false, homeProvince: o.hostProvince, countUntil, evidence: { required, missing: [] } };
    // The reference number's prefix per level, the portal's own referencePrefix(); the SQL
    // below pads the sequence as referenceNumber() does (checked against it after the insert).
    return { level, idx: appsLib.LEVELS.indexOf(level), form_version_id: formVersions[level], data, eligibility, ref_prefix: appsLib.referencePrefix(cycleCode, level) };
  });
  // Evidence each (level, cross-provincial) needs: the submitted files carry all of it.
  const evidenceRows = [];
  for (const level of appsLib.LEVELS) {
    const hasCurrentTitle = Boolean(storedFormData(level).currentTitle);
    for (const cp of [false, true]) {
      const kinds = appsLib.requiredEvidence(appsLib.DEFAULT_EVIDENCE_RULES, { level, crossProvincial: cp, exceptionalRoute: false, hasCurrentTitle });
      kinds.forEach((k, i) => {
        for (let c = 0; c < k.minCount; c++) evidenceRows.push({ level, cp, kind: k.kind, ord: i + 1 });
      });
    }
  }
  await client.query(`CREATE TEMP TABLE bench_levels ON COMMIT DROP AS SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS x(level text, idx int, form_version_id uuid, data jsonb, eligibility jsonb, ref_prefix text)`, [JSON.stringify(levelRows)]);
  await client.query(`CREATE TEMP TABLE bench_evidence ON COMMIT DROP AS SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS x(level text, cp boolean, kind text, ord int)`, [JSON.stringify(evidenceRows)]);

  const numbered = await withoutSecondaryIndexes(client, ['users', 'applications', 'attachments', 'application_history'], () => seedRows());
  async function seedRows() {
  // --- accounts --------------------------------------------------------------------------
  await client.query(
    `INSERT INTO users (id, email, full_name, locale, roles, status, email_verified_at, password_hash)
     VALUES ($1, $2, '评审办管理员 Bench Admin', 'zh-CN', '{admin}', 'active', now(), $3)`,
    [ids.admin(), emails.admin, o.passwordHash],
  );
  const insertUsers = (label, emailPrefix, count) =>
    client.query(
      `INSERT INTO users (id, email, full_name, phone, locale, roles, status, email_verified_at, password_hash, created_at, updated_at)
       SELECT md5('${label}-' || n)::uuid, '${emailPrefix}' || n || '@bench.local', '申请人' || n, '138' || lpad((n % 100000000)::text, 8, '0'),
              CASE WHEN n % 5 = 0 THEN 'en' ELSE 'zh-CN' END, '{applicant}', 'active', ts, $1, ts, ts
         FROM generate_series(1, $2::int) n,
              LATERAL (SELECT date_trunc('milliseconds', now() - interval '90 days' + interval '60 days' * (n::float8 / $2)) AS ts) t`,
      [o.passwordHash, count],
    );
  await insertUsers('bench-user', 'applicant', N);
  await insertUsers('bench-draft-user', 'drafter', o.draftPool);
  await insertUsers('bench-submit-user', 'submitter', o.submitPool);

  // --- the cycle's applications ---------------------------------------------------------
  // Reference numbers are 1..K over the non-draft files in creation order, and the counter
  // stands at K: the submit scenario continues the sequence, and the bench then checks it
  // is still gap-free.
  await client.query(
    `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, document_number_sealed,
                               version, reference_number, applicant_name, employer_name, cross_provincial, home_province,
                               eligibility, declaration_accepted_at, declaration_ip, submitted_at, created_at, updated_at)
     SELECT s.id, s.applicant_id, $1, s.level, s.specialty, s.status, l.form_version_id,
            jsonb_set(jsonb_set(l.data, '{employer,regionCode}', to_jsonb(s.province || '0100')), '{identity,fullName}', to_jsonb('申请人' || s.n)),
            $2, CASE WHEN s.status = 'draft' THEN 2 ELSE 4 END,
            CASE WHEN s.status <> 'draft' THEN l.ref_prefix || lpad(s.seq::text, greatest($3::int, length(s.seq::text)), '0') END,
            '申请人' || s.n, '某工业设计有限公司 ' || (s.n % 5000), s.province <> $4, s.province,
            CASE WHEN s.status <> 'draft' THEN l.eligibility END,
            CASE WHEN s.status <> 'draft' THEN s.submitted END, CASE WHEN s.status <> 'draft' THEN '127.0.0.1' END,
            CASE WHEN s.status <> 'draft' THEN s.submitted END, s.created, greatest(s.created, coalesce(s.submitted, s.created))
       FROM (
         SELECT r.*, count(*) FILTER (WHERE r.status <> 'draft') OVER (ORDER BY r.n ROWS UNBOUNDED PRECEDING) AS seq
           FROM (
             SELECT n, md5('bench-app-' || n)::uuid AS id, md5('bench-user-' || n)::uuid AS applicant_id,
                    (${sqlArray(LEVEL_MIX)})[1 + abs(hashtext('level' || n)) % ${LEVEL_MIX.length}] AS level,
                    (${sqlArray(SPECIALTY_MIX)})[1 + abs(hashtext('specialty' || n)) % ${SPECIALTY_MIX.length}] AS specialty,
                    (${sqlArray(STATUS_MIX)})[1 + abs(hashtext('status' || n)) % ${STATUS_MIX.length}] AS status,
                    (${sqlArray(provinceMix)})[1 + abs(hashtext('province' || n)) % ${provinceMix.length}] AS province,
                    date_trunc('milliseconds', now() - interval '60 days' + interval '59 days' * (n::float8 / $5)) AS created,
                    least(now(), date_trunc('milliseconds', now() - interval '60 days' + interval '59 days' * (n::float8 / $5) + interval '1 day')) AS submitted
               FROM generate_series(1, $5::int) n
           ) r
       ) s
       JOIN bench_levels l ON l.level = s.level`,
    [cycleId, sealedDocument, appsLib.REFERENCE_DIGITS, o.hostProvince, N],
  );
  // The SQL's numbers are the portal's: one file per level checked against referenceNumber().
  const { rows: sample } = await client.query(
    `SELECT DISTINCT ON (level) level, reference_number, substring(reference_number from '(\\d+)$')::int AS seq
       FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL ORDER BY level, reference_number DESC`,
    [cycleId],
  );
  for (const r of sample) {
    if (r.reference_number !== appsLib.referenceNumber(cycleCode, r.level, r.seq)) throw new Error(`seeded reference number ${r.reference_number} is not the portal's ${appsLib.referenceNumber(cycleCode, r.level, r.seq)}`);
  }
  const { rows: counted } = await client.query(`SELECT count(*)::int AS k FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL`, [cycleId]);
  const lastNumber = counted[0].k;
  await client.query('INSERT INTO cycle_counters (cycle_id, last_number) VALUES ($1, $2)', [cycleId, lastNumber]);

  // Dedicated drafts for the write scenarios: complete, valid data. The submit pool also
  // carries every required evidence row; a quarter of it is cross-provincial (Guangdong
  // employer, so an entrustment letter is required too). `sealedNumbers`: the identity numbers,
  // row n taking the ((n - 1) mod length)-th (one person, one account: each submitter its own).
  const insertDrafts = (userLabel, appLabel, count, crossEvery, sealedNumbers) =>
    client.query(
      `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, document_number_sealed, version,
                                 applicant_name, employer_name, cross_provincial, home_province, created_at, updated_at)
       SELECT s.id, s.applicant_id, $1, s.level, s.specialty, 'draft', l.form_version_id,
              jsonb_set(jsonb_set(l.data, '{employer,regionCode}', to_jsonb(s.region)), '{identity,fullName}', to_jsonb('申请人' || s.n)),
              ($2::text[])[1 + (s.n - 1) % cardinality($2::text[])], 1, '申请人' || s.n, '重庆某工业设计有限公司', s.cross, left(s.region, 2), now(), now()
         FROM (
           SELECT n, md5('${appLabel}-' || n)::uuid AS id, md5('${userLabel}-' || n)::uuid AS applicant_id,
                  (${sqlArray(LEVEL_MIX)})[1 + abs(hashtext('level' || n)) % ${LEVEL_MIX.length}] AS level,
                  (${sqlArray(SPECIALTY_MIX)})[1 + abs(hashtext('specialty' || n)) % ${SPECIALTY_MIX.length}] AS specialty,
                  n % $3 = 0 AS cross, CASE WHEN n % $3 = 0 THEN '440305' ELSE '500103' END AS region
             FROM generate_series(1, $4::int) n
         ) s
         JOIN bench_levels l ON l.level = s.level`,
      [cycleId, sealedNumbers, crossEvery, count],
    );
  await insertDrafts('bench-draft-user', 'bench-draft-app', o.draftPool, 1000000000, [sealedDocument]);
  const submitterNumbers = Array.from({ length: o.submitPool }, (_, i) => cipher.seal(residentIdNumber(i + 1)));
  await insertDrafts('bench-submit-user', 'bench-submit-app', o.submitPool, 4, submitterNumbers);

  // --- evidence rows -----------------------------------------------------------------------
  // Files in the cycle carry all their required evidence once submitted; drafts carry the
  // first two kinds (the uploads an applicant starts with).
  await client.query(
    `INSERT INTO attachments (application_id, kind, storage_key, original_name, media_type, size_bytes, sha256, uploaded_by, created_at)
     SELECT a.id, e.kind, 'bench/' || a.id || '/' || e.kind || '-' || e.ord, e.kind || '.pdf', 'application/pdf', 180000 + e.ord * 1000,
            md5(a.id::text || e.kind) || md5(e.kind || a.id::text), a.applicant_id, a.created_at
       FROM applications a
       JOIN bench_evidence e ON e.level = a.level AND e.cp = a.cross_provincial
      WHERE a.status <> 'draft' OR e.ord <= 2 OR a.id IN (SELECT md5('bench-submit-app-' || n)::uuid FROM generate_series(1, $1::int) n)`,
    [o.submitPool],
  );

  // --- history -----------------------------------------------------------------------------
  // cycle_id and stage_entered_at given here (the previous row's time: created, then submitted), as the
  // trigger application_history_stage_times would fill them: it looks each up per row, through
  // indexes this load builds only afterwards (per row a scan of the history: quadratic).
  await client.query(
    `INSERT INTO application_history (application_id, cycle_id, action, from_status, to_status, actor_id, created_at)
     SELECT id, cycle_id, 'created', NULL, 'draft', applicant_id, created_at FROM applications ORDER BY created_at`,
  );
  await client.query(
    `INSERT INTO application_history (application_id, cycle_id, action, from_status, to_status, actor_id, created_at, stage_entered_at)
     SELECT id, cycle_id, 'submitted', 'draft', 'submitted', applicant_id, submitted_at, created_at FROM applications WHERE submitted_at IS NOT NULL ORDER BY submitted_at`,
  );
  await client.query(
    `INSERT INTO application_history (application_id, cycle_id, action, from_status, to_status, actor_id, created_at, stage_entered_at)
     SELECT id, cycle_id, CASE status WHEN 'withdrawn' THEN 'withdrawn' WHEN 'returned' THEN 'returned' ELSE 'status_changed' END, 'submitted', status,
            CASE status WHEN 'withdrawn' THEN applicant_id ELSE $1::uuid END, updated_at, submitted_at
       FROM applications WHERE submitted_at IS NOT NULL AND status <> 'submitted'`,
    [ids.admin()],
  );
  return lastNumber;
  }
  await client.query('COMMIT');
  // Plans as production would have them once autovacuum has run.
  await client.query('VACUUM (ANALYZE)');
  // Write the seed's dirty pages out now: otherwise the checkpoint its ~1 GB of WAL triggers
  // runs (spread over minutes) during the scenarios, and its writes stall their commits'
  // WAL flushes (draft_save's p99 read ~250 ms at a p50 of ~90 ms). Needs superuser or
  // pg_checkpoint; without, the run goes on (and its tail latencies include the checkpoint).
  await client.query('CHECKPOINT').catch((error) => console.warn(`[bench] CHECKPOINT after seeding refused (${error.message}); tail latencies may include it`));

  const { rows: stats } = await client.query(`SELECT
      (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM applications) AS applications,
      (SELECT count(*)::int FROM attachments) AS attachments,
      (SELECT count(*)::int FROM application_history) AS history,
      (SELECT count(*)::int FROM applications WHERE cycle_id = $1 AND status = 'submitted') AS submitted`, [cycleId]);
  return { cycleId, cycleCode, numbered, formVersions, sealedDocument, stats: stats[0] };
}

/**
 * The auto_assign scenario's own cycle: `o.applications` files already in_review (inserted
 * with that status: the status trigger guards only UPDATEs) with the level and specialty mix
 * above and the stored form data (the employer's credit code is read from it), and
 * `o.reviewers` reviewers in the pool: specialties in the same mix, 80 % may review every
 * level and 20 % up to intermediate, a cap of `o.cap` per cycle; every tenth reviewer works
 * for an employer 20 files share (same normalised name: a conflict the run must skip) and
 * every seventh declared a relation with another employer. All set-based.
 */
async function seedAutoAssign(client, o) {
  const { applications: appsLib } = o.dist;
  await client.query('BEGIN');
  const year = new Date().getUTCFullYear();
  const { rows: cycleRows } = await client.query(
    `INSERT INTO cycles (code, name_zh, name_en, levels, specialties, opens_at, closes_at, review_deadline, form_versions, eligibility_policy, evidence_rules, version)
     VALUES ($1, $2, $3, $4, $5, now() - interval '90 days', now() - interval '30 days', (now() + interval '30 days')::date, $6, $7, $8, 1) RETURNING id`,
    [
      `${year}-ASSIGN`,
      `${year}年度工业设计专业职称评审（分配基准）`,
      `${year} Industrial Design Title Evaluation (assignment bench)`,
      appsLib.LEVELS,
      appsLib.SPECIALTIES.map((x) => x.key),
      JSON.stringify(o.formVersions),
      JSON.stringify(appsLib.DEFAULT_ELIGIBILITY_POLICY),
      JSON.stringify(appsLib.DEFAULT_EVIDENCE_RULES),
    ],
  );
  const cycleId = cycleRows[0].id;
  const levelRows = appsLib.LEVELS.map((level) => ({ level, form_version_id: o.formVersions[level], data: storedFormData(level) }));
  await client.query(`CREATE TEMP TABLE bench_assign_levels ON COMMIT DROP AS SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(level text, form_version_id uuid, data jsonb)`, [
    JSON.stringify(levelRows),
  ]);

  await withoutSecondaryIndexes(client, ['users', 'applications'], async () => {
  // Reviewers and their profiles.
  await client.query(
    `INSERT INTO users (id, email, full_name, locale, roles, status, email_verified_at)
     SELECT md5('bench-reviewer-' || n)::uuid, 'reviewer' || n || '@bench.local', '评审专家' || n, 'zh-CN', '{reviewer}', 'active', now()
       FROM generate_series(1, $1::int) n`,
    [o.reviewers],
  );
  await client.query(
    `INSERT INTO reviewer_profiles (user_id, specialties, max_level, home_province, employer_name, employer_credit_code, max_load_per_cycle, active)
     SELECT md5('bench-reviewer-' || n)::uuid, ARRAY[(${sqlArray(SPECIALTY_MIX)})[1 + n % ${SPECIALTY_MIX.length}]],
            CASE WHEN n % 5 = 0 THEN 'intermediate' ELSE 'full_senior' END, '50',
            CASE WHEN n % 10 = 1 THEN '某工业设计有限公司 ' || (n % 5000) ELSE '设计研究院 ' || n END, NULL, $2, true
       FROM generate_series(1, $1::int) n`,
    [o.reviewers, o.cap],
  );
  await client.query(
    `INSERT INTO reviewer_relations (reviewer_id, kind, party_type, party_employer_name, note, recorded_by)
     SELECT md5('bench-reviewer-' || n)::uuid, 'coworker_3y', 'employer', '某工业设计有限公司 ' || ((n * 7) % 5000), 'bench', md5('bench-reviewer-' || n)::uuid
       FROM generate_series(1, $1::int) n WHERE n % 7 = 0`,
    [o.reviewers],
  );

  // Applicants and their in_review files.
  await client.query(
    `INSERT INTO users (id, email, full_name, locale, roles, status, email_verified_at)
     SELECT md5('bench-assign-user-' || n)::uuid, 'assignee' || n || '@bench.local', '申请人' || n, 'zh-CN', '{applicant}', 'active', now()
       FROM generate_series(1, $1::int) n`,
    [o.applications],
  );
  await client.query(
    `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, version, reference_number,
                               applicant_name, employer_name, home_province, submitted_at, created_at, updated_at)
     SELECT md5('bench-assign-app-' || s.n)::uuid, md5('bench-assign-user-' || s.n)::uuid, $1, s.level, s.specialty, 'in_review', l.form_version_id,
            jsonb_set(jsonb_set(l.data, '{employer,name}', to_jsonb(s.employer)), '{identity,fullName}', to_jsonb('申请人' || s.n)),
            5, $2 || '-A-' || lpad(s.n::text, greatest(6, length(s.n::text)), '0'), '申请人' || s.n, s.employer, '50', now() - interval '40 days', now() - interval '50 days', now() - interval '20 days'
       FROM (
         SELECT n, (${sqlArray(LEVEL_MIX)})[1 + abs(hashtext('level' || n)) % ${LEVEL_MIX.length}] AS level,
                (${sqlArray(SPECIALTY_MIX)})[1 + abs(hashtext('specialty' || n)) % ${SPECIALTY_MIX.length}] AS specialty,
                '某工业设计有限公司 ' || (n % 5000) AS employer
           FROM generate_series(1, $3::int) n
       ) s
       JOIN bench_assign_levels l ON l.level = s.level`,
    [cycleId, `${year}-ASSIGN`, o.applications],
  );
  });
  await client.query('COMMIT');
  await client.query('VACUUM (ANALYZE) applications, users, reviewer_profiles, reviewer_relations');
  return { cycleId };
}

/**
 * The stats scenario's reviewer workload in the main cycle: `o.reviewers` reviewers, and for
 * every in_review, reviewed and later file three assignments (set-based), submitted for files
 * past review, a mix of assigned/draft/submitted for files in review, some past their deadline;
 * a file's three reviewers are distinct (97 * k apart modulo the pool: one active assignment per pair).
 */
async function seedStatsReviews(client, o) {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO users (id, email, full_name, locale, roles, status, email_verified_at)
     SELECT md5('bench-stats-reviewer-' || n)::uuid, 'stats-reviewer' || n || '@bench.local', '统计专家' || n, 'zh-CN', '{reviewer}', 'active', now()
       FROM generate_series(1, $1::int) n`,
    [o.reviewers],
  );
  await withoutSecondaryIndexes(client, ['review_assignments'], () =>
  client.query(
    `INSERT INTO review_assignments (application_id, reviewer_id, cycle_id, status, due_at, submitted_at, created_at, updated_at)
     SELECT a.id, md5('bench-stats-reviewer-' || (1 + (abs(hashtext(a.id::text)::bigint) + k * 97) % $2))::uuid, a.cycle_id,
            CASE WHEN a.status <> 'in_review' THEN 'submitted' ELSE (ARRAY['assigned', 'draft', 'submitted'])[1 + abs(hashtext(a.id::text || k || 's')) % 3] END,
            now() + (CASE WHEN abs(hashtext(a.id::text)) % 4 = 0 THEN interval '-3 days' ELSE interval '10 days' END),
            CASE WHEN a.status <> 'in_review' THEN a.updated_at END, a.updated_at, a.updated_at
       FROM applications a CROSS JOIN generate_series(1, 3) k
      WHERE a.cycle_id = $1 AND a.status IN ('in_review', 'reviewed', 'public_notice', 'approved')`,
    [o.cycleId, o.reviewers],
  ));
  await client.query('COMMIT');
  await client.query('VACUUM (ANALYZE) review_assignments, users');
  const { rows } = await client.query('SELECT count(*)::int AS n FROM review_assignments WHERE cycle_id = $1', [o.cycleId]);
  return { assignments: rows[0].n };
}

/** What seed() returned, read back from a bench database seeded before (--reuse). */
async function seededData(client) {
  const { rows: [cycle] } = await client.query(`SELECT id, code FROM cycles WHERE code LIKE '%-BENCH' ORDER BY code DESC LIMIT 1`);
  if (!cycle) throw new Error('--reuse: no seeded bench cycle in this database');
  const { rows: forms } = await client.query(`SELECT id, level FROM form_versions WHERE form_key LIKE 'bench-%'`);
  const { rows: [counter] } = await client.query('SELECT last_number FROM cycle_counters WHERE cycle_id = $1', [cycle.id]);
  const { rows: stats } = await client.query(`SELECT
      (SELECT count(*)::int FROM users) AS users,
      (SELECT count(*)::int FROM applications) AS applications,
      (SELECT count(*)::int FROM attachments) AS attachments,
      (SELECT count(*)::int FROM application_history) AS history,
      (SELECT count(*)::int FROM applications WHERE cycle_id = $1 AND status = 'submitted') AS submitted`, [cycle.id]);
  return { cycleId: cycle.id, cycleCode: cycle.code, numbered: counter.last_number, formVersions: Object.fromEntries(forms.map((f) => [f.level, f.id])), stats: stats[0] };
}

module.exports = { seed, seededData, seedAutoAssign, seedStatsReviews, ids, emails, idOf };
