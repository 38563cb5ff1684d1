import { randomUUID } from 'crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client as PgClient } from 'pg';
import { DataSource } from 'typeorm';
import { Cycle, StatsCountersSchedule } from '@app/applications';
import { ApiClient, makeApplicant, makeOpenCycle, ownerQuery, seedBulkApplications, TestUser, usePortal } from '@app/testing';

const BULK = 100_000;

interface Row {
  id: string;
  submittedAt: string | null;
  referenceNumber: string | null;
  reviewScore: string | null;
  createdAt: string;
}

/** Statements the API sent to PostgreSQL while `fn` ran (the API runs in this process), with their parameters. */
async function capture(fn: () => Promise<unknown>): Promise<{ text: string; values: unknown[] }[]> {
  const seen: { text: string; values: unknown[] }[] = [];
  const original = PgClient.prototype.query;
  (PgClient.prototype as unknown as { query: unknown }).query = function (this: PgClient, config: unknown, values?: unknown, ...rest: unknown[]) {
    const text = typeof config === 'string' ? config : (config as { text?: string })?.text;
    if (typeof text === 'string') seen.push({ text, values: Array.isArray(values) ? values : [] });
    return (original as (...args: unknown[]) => unknown).call(this, config, values, ...rest);
  };
  try {
    await fn();
  } finally {
    PgClient.prototype.query = original;
  }
  return seen;
}

/** Every plan node of an EXPLAIN (FORMAT JSON) plan. */
function nodes(plan: Record<string, unknown>): Record<string, unknown>[] {
  return [plan, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(nodes)];
}

describe('admin application list: sorting, cursors, text search, indexes (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let applicant: TestUser;
  let small: Cycle;
  let bulk: Cycle;
  let windowed: Cycle;

  const db = () => app.get(DataSource);
  const list = (who: TestUser, query: string) => who.client.get(`/api/v1/applications?${query}`);

  /** Every page of a list, following nextCursor; fails on a non-200. */
  async function allPages(query: string, limit: number): Promise<Row[]> {
    const rows: Row[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 1000; guard++) {
      const res = await list(admin, `${query}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
      rows.push(...res.body.items);
      cursor = res.body.nextCursor;
      if (!cursor) return rows;
    }
    throw new Error('too many pages');
  }

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    applicant = await makeApplicant(app, api);
    small = await makeOpenCycle(app);
    bulk = await makeOpenCycle(app);
    await seedBulkApplications(db(), { cycleId: small.id, cycleCode: small.code, count: 60, label: 'small' });
    // Ties: equal submission times and equal scores across several files, so the id decides.
    await db().query(
      `UPDATE applications SET submitted_at = timestamptz '2026-04-01 10:00:00+08', review_score = 77.50
        WHERE cycle_id = $1 AND id IN (SELECT id FROM applications WHERE cycle_id = $1 AND status NOT IN ('draft') ORDER BY id LIMIT 8)`,
      [small.id],
    );
    // Names with LIKE wildcards in them, and look-alikes the wildcards would match if unescaped.
    const named = [
      ['张%伟', 'small-pct'],
      ['张x伟', 'small-x'],
      ['王_', 'small-us'],
      ['王五', 'small-wu'],
    ];
    for (const [i, [name, label]] of named.entries()) {
      // Whole seconds apart: the API shows created_at to the millisecond, PostgreSQL sorts by the microsecond,
      // so two rows inserted within one millisecond would sort differently here and there.
      await db().query(
        `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, applicant_name, employer_name, home_province, created_at)
         VALUES (md5($1)::uuid, md5($1 || '-user')::uuid, $2, 'assistant', 'product_design', 'draft', md5('bulk-form')::uuid, '{}'::jsonb, $3, '某单位', '50', $4)`,
        [label, small.id, name, new Date(Date.UTC(2026, 4, 1) + i * 1000)],
      );
    }
    // A text matching runs of files far apart in time: files one second apart, newest last; the
    // marker employer on a few of the newest, none for the next ~2,000, then a run of 131 and the
    // oldest 25 (a newest-first shortcut that stopped early, or a cursor lost between the text's
    // reads, would show). A third are drafts (no submission time, reference number or score: the
    // second phase of those sorts); the scores tie in runs.
    windowed = await makeOpenCycle(app);
    const total = 2300;
    await db().query(
      `INSERT INTO applications (id, applicant_id, cycle_id, level, specialty, status, form_version_id, data, applicant_name, employer_name,
                                 home_province, submitted_at, reference_number, review_score, created_at)
       SELECT md5('win-' || n)::uuid, md5('win-user-' || n)::uuid, $1, 'assistant', 'product_design',
              CASE WHEN n % 3 = 0 THEN 'draft' ELSE 'submitted' END, md5('bulk-form')::uuid, '{}'::jsonb, '窗口' || n,
              CASE WHEN (n > $2 - 20 AND n % 4 = 0) OR n BETWEEN 200 AND 330 OR n <= 25 THEN '窗口测试单位' ELSE '别的单位' END, '50',
              CASE WHEN n % 3 <> 0 THEN timestamptz '2026-06-01 00:00:00+00' + (($2 - n) % 500) * interval '1 minute' END,
              CASE WHEN n % 3 <> 0 THEN $3 || '-W-' || lpad(((n * 7919) % 10007)::text, 6, '0') END,
              CASE WHEN n % 3 <> 0 THEN 60 + (n % 7) * 2.5 END,
              timestamptz '2026-05-01 00:00:00+00' + n * interval '1 second'
         FROM generate_series(1, $2::int) n`,
      [windowed.id, total, windowed.code],
    );
    await seedBulkApplications(db(), { cycleId: bulk.id, cycleCode: bulk.code, count: BULK, label: 'bulk' });
    await ownerQuery(db(), 'VACUUM (ANALYZE) applications');
  }, 600_000);

  describe('sorting with keyset cursors', () => {
    /** The expected order: key (nulls last whatever the direction), then id in the same direction. */
    function sorted(rows: Row[], key: (r: Row) => string | number | null, order: 'asc' | 'desc'): string[] {
      const sign = order === 'asc' ? 1 : -1;
      return [...rows]
        .sort((a, b) => {
          const ka = key(a);
          const kb = key(b);
          if (ka === null && kb !== null) return 1;
          if (kb === null && ka !== null) return -1;
          if (ka !== null && kb !== null && ka !== kb) return (ka < kb ? -1 : 1) * sign;
          return (a.id < b.id ? -1 : 1) * sign;
        })
        .map((r) => r.id);
    }

    const cases: [string, 'asc' | 'desc', (r: Row) => string | number | null][] = [
      ['submittedAt', 'desc', (r) => r.submittedAt],
      ['submittedAt', 'asc', (r) => r.submittedAt],
      ['referenceNumber', 'asc', (r) => r.referenceNumber],
      ['referenceNumber', 'desc', (r) => r.referenceNumber],
      ['score', 'desc', (r) => (r.reviewScore === null ? null : Number(r.reviewScore))],
      ['score', 'asc', (r) => (r.reviewScore === null ? null : Number(r.reviewScore))],
      ['createdAt', 'desc', (r) => r.createdAt],
      ['createdAt', 'asc', (r) => r.createdAt],
    ];

    it.each(cases)('sort=%s order=%s: every file once, in order, nulls last, ties by id, across pages', async (sort, order, key) => {
      const everything = await allPages(`cycleId=${small.id}&sort=${sort}&order=${order}`, 100);
      const paged = await allPages(`cycleId=${small.id}&sort=${sort}&order=${order}`, 7);
      expect(everything).toHaveLength(64);
      expect(paged.map((r) => r.id)).toEqual(sorted(everything, key, order));
      expect(new Set(paged.map((r) => r.id)).size).toBe(64);
    });

    it('sorts by score within a filter and shows admins the score', async () => {
      const page = await list(admin, `cycleId=${small.id}&status=reviewed&sort=score&limit=100`);
      expect(page.status).toBe(200);
      const scores = page.body.items.map((r: Row) => r.reviewScore);
      expect(scores.length).toBeGreaterThan(0);
      expect(scores.every((s: string | null) => typeof s === 'string')).toBe(true);
      expect(scores.map(Number)).toEqual([...scores.map(Number)].sort((a, b) => b - a));
    });

    it('refuses a cursor of another sort, a forged key and garbage with 400 INVALID_CURSOR naming cursor', async () => {
      const first = await list(admin, `cycleId=${small.id}&sort=score&limit=3`);
      const scoreCursor = first.body.nextCursor as string;
      const forged = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
      for (const [query, cursor] of [
        ['sort=submittedAt', scoreCursor],
        ['sort=score&order=asc', scoreCursor],
        ['sort=score', forged(['score:desc', '1e9', randomUUID()])],
        ['sort=score', forged(['score:desc', "1; DROP TABLE applications", randomUUID()])],
        ['sort=referenceNumber', forged(['referenceNumber:asc', 'x'.repeat(49), randomUUID()])],
        ['sort=createdAt', forged(['createdAt:desc', null, randomUUID()])],
        ['sort=submittedAt', forged(['submittedAt:desc', '2026-01-01T00:00:00Z', 'not-a-uuid'])],
        ['', 'not base64 json'],
      ]) {
        const res = await list(admin, `cycleId=${small.id}&${query}&cursor=${encodeURIComponent(cursor)}`);
        expect({ query, status: res.status, code: res.body.code, path: res.body.details?.[0]?.path }).toEqual({ query, status: 400, code: 'INVALID_CURSOR', path: 'cursor' });
      }
    });

    it('refuses an unknown sort or order with 400 naming the field', async () => {
      const res = await list(admin, `sort=name&order=up`);
      expect(res.status).toBe(400);
      const paths = res.body.details.map((d: { path: string }) => d.path);
      expect(paths).toEqual(expect.arrayContaining(['sort', 'order']));
    });

    it('does not let an applicant sort by score (403), nor shows them scores', async () => {
      const res = await list(applicant, 'sort=score');
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('SORT_NOT_ALLOWED');
      const own = await list(applicant, 'sort=submittedAt');
      expect(own.status).toBe(200);
      expect(own.body.items.every((r: Record<string, unknown>) => !('reviewScore' in r))).toBe(true);
    });
  });

  describe('text search', () => {
    const names = async (text: string, cycle = small) => {
      const rows = await allPages(`cycleId=${cycle.id}&text=${encodeURIComponent(text)}`, 100);
      return rows.map((r) => (r as unknown as { applicantName: string }).applicantName);
    };

    it('finds one- and two-character Chinese names exactly or by prefix', async () => {
      const [{ n: wang }] = await db().query("SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1 AND applicant_name LIKE '王%'", [small.id]);
      const found = await names('王');
      expect(found.length).toBe(wang);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((n) => n.startsWith('王'))).toBe(true);
      const twoChar = (await db().query("SELECT applicant_name AS n FROM applications WHERE cycle_id = $1 AND char_length(applicant_name) = 2 LIMIT 1", [small.id]))[0].n as string;
      const byTwo = await names(twoChar);
      expect(byTwo).toContain(twoChar);
      expect(byTwo.every((n) => n.startsWith(twoChar))).toBe(true);
    });

    it('matches three or more characters anywhere in the name, employer or reference number', async () => {
      const [{ ref }] = await db().query("SELECT reference_number AS ref FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL ORDER BY id LIMIT 1", [small.id]);
      const middle = (ref as string).slice(-6, -1);
      const byRef = await allPages(`cycleId=${small.id}&text=${encodeURIComponent(middle.toLowerCase())}`, 100);
      expect(byRef.map((r) => r.referenceNumber)).toContain(ref);
      const byEmployer = await allPages(`cycleId=${bulk.id}&text=${encodeURIComponent('有限公司 4999')}`, 100);
      expect(byEmployer.length).toBe(20); // n % 5000 = 4999 for 20 of 100,000 files
    });

    it.each([
      ['createdAt', 'desc'],
      ['createdAt', 'asc'],
      ['submittedAt', 'desc'],
      ['submittedAt', 'asc'],
      ['referenceNumber', 'asc'],
      ['referenceNumber', 'desc'],
      ['score', 'desc'],
      ['score', 'asc'],
    ])('sort=%s order=%s: pages of a text matching runs far apart give every match once, in order', async (sort, order) => {
      const dir = order === 'asc' ? 'ASC' : 'DESC';
      const column = { createdAt: 'created_at', submittedAt: 'submitted_at', referenceNumber: 'reference_number', score: 'review_score' }[sort];
      const expected: { id: string }[] = await db().query(
        `SELECT id FROM applications WHERE cycle_id = $1 AND employer_name LIKE '%窗口测试%'
          ORDER BY ${column} IS NULL, ${column} ${dir}, id ${dir}`,
        [windowed.id],
      );
      expect(expected.length).toBe(5 + 131 + 25);
      for (const limit of [7, 50]) {
        const rows = await allPages(`cycleId=${windowed.id}&sort=${sort}&order=${order}&text=${encodeURIComponent('窗口测试')}`, limit);
        expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      }
      // Without the cycle too (the marker is only there).
      const all = await allPages(`sort=${sort}&order=${order}&text=${encodeURIComponent('窗口测试')}`, 7);
      expect(all.map((r) => r.id)).toEqual(expected.map((r) => r.id));
    });

    it('finds a file by its employer as the applicant last saved it, before and after the counters are folded', async () => {
      const own = await makeOpenCycle(app);
      const person = await makeApplicant(app, api);
      const created = await person.client.post('/api/v1/applications', { cycleId: own.id, level: 'intermediate', specialty: own.specialties[0] });
      expect(created.status).toBe(201);
      let version = created.body.version as number;
      const save = async (employer: string) => {
        const res = await person.client.patch(`/api/v1/applications/${created.body.id}`, { version, data: { employer: { name: employer } } });
        expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
        version = res.body.version;
      };
      const found = async (text: string, inCycle: boolean) =>
        (await allPages(`${inCycle ? `cycleId=${own.id}&` : ''}text=${encodeURIComponent(text)}`, 20)).map((r) => r.id).filter((id) => id === created.body.id);
      const expectFoundBy = async (now: string, before: string[]) => {
        for (const inCycle of [true, false]) {
          expect(await found(now, inCycle)).toEqual([created.body.id]);
          for (const old of before) expect(await found(old, inCycle)).toEqual([]);
        }
      };
      await save('重庆甲乙设计研究院');
      await expectFoundBy('甲乙设计', []);
      // Renamed twice: each earlier name finds nothing, while the counters still hold their unfolded rows and once folded.
      await save('重庆丙丁工业设计有限公司');
      await save('成都戊己创意有限公司');
      await expectFoundBy('戊己创意', ['甲乙设计', '丙丁工业']);
      const [{ rows }] = await db().query('SELECT count(*)::int AS rows FROM cycle_employer_counts WHERE cycle_id = $1', [own.id]);
      expect(rows).toBe(5); // +1, then -1 and +1 per rename
      await app.get(StatsCountersSchedule).run();
      expect(await db().query('SELECT employer_name, files FROM cycle_employer_counts WHERE cycle_id = $1', [own.id])).toEqual([{ employer_name: '成都戊己创意有限公司', files: 1 }]);
      await expectFoundBy('戊己创意', ['甲乙设计', '丙丁工业']);

      // A newer file matching twice (its applicant's name and its employer) takes one place: one per page, both found.
      const other = await makeApplicant(app, api);
      const twice = await other.client.post('/api/v1/applications', { cycleId: own.id, level: 'intermediate', specialty: own.specialties[0] });
      const named = await other.client.patch(`/api/v1/applications/${twice.body.id}`, {
        version: twice.body.version,
        data: { identity: { fullName: '戊己创意张三' }, employer: { name: '成都戊己创意有限公司' } },
      });
      expect(named.status).toBe(200);
      const pages = await allPages(`cycleId=${own.id}&text=${encodeURIComponent('戊己创意')}`, 1);
      expect(pages.map((r) => r.id)).toEqual([twice.body.id, created.body.id]);
    });

    it('treats % and _ in the text as themselves', async () => {
      expect(await names('张%伟')).toEqual(['张%伟']);
      expect(await names('王_')).toEqual(['王_']);
      expect(await names('%')).toEqual([]);
      expect(await names('_')).toEqual([]);
    });
  });

  describe('indexes at 100,000 files', () => {
    const filters = () => [
      `cycleId=${bulk.id}`,
      `cycleId=${bulk.id}&status=submitted`,
      `cycleId=${bulk.id}&status=approved&level=full_senior`,
      `cycleId=${bulk.id}&homeProvince=44`,
      `cycleId=${bulk.id}&crossProvincial=true&status=in_review`,
      `cycleId=${bulk.id}&submittedFrom=2026-03-20T00:00:00Z&submittedTo=2026-03-25T00:00:00Z`,
      `cycleId=${bulk.id}&text=${encodeURIComponent('李娜')}`,
      `text=${encodeURIComponent('王')}`,
      `text=${encodeURIComponent('有限公司 123')}`,
      `cycleId=${bulk.id}&text=${encodeURIComponent(`${bulk.code}-B-0123`)}`,
    ];
    const sorts = ['', 'sort=submittedAt', 'sort=submittedAt&order=asc', 'sort=referenceNumber', 'sort=score', 'sort=score&order=asc'];

    it('plans every filtered list query (first and next page, each sort) without a sequential scan on applications', async () => {
      const problems: string[] = [];
      let explained = 0;
      for (const filter of filters()) {
        for (const sort of sorts) {
          const query = [filter, sort, 'limit=20'].filter(Boolean).join('&');
          const statements = await capture(async () => {
            const first = await list(admin, query);
            expect(first.status).toBe(200);
            if (first.body.nextCursor) expect((await list(admin, `${query}&cursor=${first.body.nextCursor}`)).status).toBe(200);
          });
          for (const s of statements.filter((x) => /FROM "applications"/.test(x.text))) {
            const [{ 'QUERY PLAN': plan }] = await db().query(`EXPLAIN (FORMAT JSON) ${s.text}`, s.values);
            explained++;
            const seq = nodes(plan[0].Plan).filter((n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'applications');
            if (seq.length) problems.push(`${query}: ${s.text}`);
          }
        }
      }
      expect(explained).toBeGreaterThanOrEqual(filters().length * sorts.length);
      expect(problems).toEqual([]);
    }, 300_000);
  });

  it('lists are for the signed-in: 401 without a token', async () => {
    expect((await api.get('/api/v1/applications?sort=score')).status).toBe(401);
  });
});
