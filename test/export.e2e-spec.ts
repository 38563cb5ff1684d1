import * as fs from 'fs';
import * as path from 'path';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import * as ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { PiiCipher } from '@app/common';
import { AppConfig } from '@app/config';
import { ApplicationExportsService } from '@app/applications';
import { ApiClient, downloadExport, exportAndDownload, makeAdmin, makeApplicant, makeOpenCycle, makeReviewer, makeUser, seedBulkApplications, TestUser, usePortal, waitForExport } from '@app/testing';

const FILES = 2_500; // more than two of the export's 1,000-row batches
const DOCUMENT_NUMBER = '500103198805124713';
const MASKED = '5001**********4713';

/** RFC 4180 as csv-stringify writes it: fields quoted when needed, "" inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else if (c !== '\r') field += c;
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  return rows;
}

describe('admin export of applications, queued (e2e)', () => {
  const portal = usePortal({ worker: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;

  const db = () => app.get(DataSource);
  /** Request, wait for the worker, download. */
  const exported = (who: TestUser, request: Record<string, unknown>) => exportAndDownload(who.client, request);

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
    const sealed = new PiiCipher(app.get(AppConfig).PII_ENCRYPTION_KEY).seal(DOCUMENT_NUMBER);
    await seedBulkApplications(db(), { cycleId: cycle.id, cycleCode: cycle.code, count: FILES, label: 'export', documentNumberSealed: sealed });
    // Another cycle's files are not exported when filtering by cycle.
    const other = await makeOpenCycle(app);
    await seedBulkApplications(db(), { cycleId: other.id, cycleCode: other.code, count: 10, label: 'export-other', documentNumberSealed: sealed });
  }, 120_000);

  it('is accepted (202, queued), made by the worker into the store, then downloaded as CSV in UTF-8 with a BOM: identity numbers masked, labels localized', async () => {
    const res = await exported(admin, { format: 'csv', cycleId: cycle.id, lang: 'zh-CN' });
    expect(res.status).toBe(200);
    expect(res.export).toMatchObject({ status: 'done', format: 'csv', rowCount: FILES, sizeBytes: res.bytes.length, expired: false });
    expect(Date.parse(res.export.expiresAt!) - Date.parse(res.export.finishedAt!)).toBe(24 * 3600 * 1000);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="applications-\d{4}-\d{2}-\d{2}\.csv"/);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect([...res.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = res.bytes.subarray(3).toString('utf8');
    expect(text).not.toContain(DOCUMENT_NUMBER);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['受理编号', '申报人姓名', '证件号码（脱敏）', '申报级别', '专业', '状态', '工作单位', '单位所在省份', '跨省申报', '破格申报', '提交时间（北京时间）', '评审综合得分']);
    expect(rows).toHaveLength(FILES + 1);
    const body = rows.slice(1);
    expect(body.every((r) => r.length === 12 && r[2] === MASKED)).toBe(true);
    // Every file once (reference numbers of the submitted ones are distinct; drafts have none).
    const [{ n: submitted }] = await db().query('SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL', [cycle.id]);
    expect(new Set(body.map((r) => r[0]).filter(Boolean)).size).toBe(submitted);
    expect(new Set(body.map((r) => r[3]))).toEqual(new Set(['助理工业设计师', '工业设计师', '高级工业设计师', '正高级工业设计师']));
    // Submission times in Beijing time, to the minute.
    expect(body.filter((r) => r[10]).every((r) => /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(r[10]))).toBe(true);
    // The file is in the evidence store under the export's key.
    const [row] = await db().query('SELECT storage_key, size_bytes::int AS size FROM application_exports WHERE id = $1', [res.export.id]);
    expect(row.size).toBe(res.bytes.length);
    expect(fs.statSync(path.join(app.get(AppConfig).STORAGE_DIR, row.storage_key)).size).toBe(res.bytes.length);
  });

  it("writes the headers in the admin's own language by default", async () => {
    const [{ locale }] = await db().query('SELECT locale FROM users WHERE id = $1', [admin.id]);
    const res = await exported(admin, { format: 'csv', cycleId: cycle.id, status: 'approved' });
    const header = parseCsv(res.bytes.subarray(3).toString('utf8'))[0][0];
    expect(header).toBe(locale === 'en' ? 'Reference number' : '受理编号');
  });

  it('applies the list filters and lang=en', async () => {
    const res = await exported(admin, { format: 'csv', cycleId: cycle.id, status: 'reviewed', lang: 'en' });
    expect(res.status).toBe(200);
    const rows = parseCsv(res.bytes.subarray(3).toString('utf8'));
    const [{ n }] = await db().query("SELECT count(*)::int AS n FROM applications WHERE cycle_id = $1 AND status = 'reviewed'", [cycle.id]);
    expect(n).toBeGreaterThan(0);
    expect(res.export.rowCount).toBe(n);
    expect(rows[0][0]).toBe('Reference number');
    expect(rows).toHaveLength(n + 1);
    expect(rows.slice(1).every((r) => r[5] === 'Awaiting committee' && /^\d+\.\d{2}$/.test(r[11]))).toBe(true);
  });

  it('makes XLSX that exceljs reads back: the same rows, masked', async () => {
    const res = await exported(admin, { format: 'xlsx', cycleId: cycle.id, lang: 'en' });
    expect(res.status).toBe(200);
    expect(res.export).toMatchObject({ format: 'xlsx', rowCount: FILES });
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="applications-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.name).toBe('Applications');
    expect(sheet.actualRowCount).toBe(FILES + 1);
    expect(sheet.getRow(1).getCell(1).value).toBe('Reference number');
    expect(sheet.getRow(1).getCell(3).value).toBe('ID number (masked)');
    const ids: unknown[] = [];
    sheet.eachRow((row, n) => {
      if (n > 1) ids.push(row.getCell(3).value);
    });
    expect(ids).toHaveLength(FILES);
    expect(ids.every((v) => v === MASKED)).toBe(true);
    expect(res.bytes.includes(Buffer.from(DOCUMENT_NUMBER))).toBe(false);
  });

  it('neutralises formula-like text in the CSV (OWASP CSV injection) while the XLSX keeps it as plain strings', async () => {
    const own = await makeOpenCycle(app);
    const applicant = await makeApplicant(app, api);
    const created = await applicant.client.post('/api/v1/applications', { cycleId: own.id, level: 'intermediate', specialty: own.specialties[0] });
    const hyperlink = '=HYPERLINK("http://x","y")';
    const sum = '@SUM(1+1)';
    const saved = await applicant.client.patch(`/api/v1/applications/${created.body.id}`, { version: created.body.version, data: { identity: { fullName: hyperlink }, employer: { name: sum } } });
    expect({ status: saved.status, body: saved.status === 200 ? 'ok' : saved.body }).toEqual({ status: 200, body: 'ok' });

    const csv = await exported(admin, { format: 'csv', cycleId: own.id, lang: 'en' });
    expect(csv.status).toBe(200);
    const [header, row] = parseCsv(csv.bytes.subarray(3).toString('utf8'));
    expect([row[header.indexOf('Applicant')], row[header.indexOf('Employer')]]).toEqual([`'${hyperlink}`, `'${sum}`]);

    const xlsx = await exported(admin, { format: 'xlsx', cycleId: own.id, lang: 'en' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    const cells = [workbook.worksheets[0].getRow(2).getCell(2), workbook.worksheets[0].getRow(2).getCell(7)];
    expect(cells.map((c) => [c.type, c.value])).toEqual([
      [ExcelJS.ValueType.String, hyperlink],
      [ExcelJS.ValueType.String, sum],
    ]);
    // No formula element anywhere in the sheet's XML (the bytes are zipped: read the parsed model instead).
    expect(cells.every((c) => c.formula === undefined)).toBe(true);
  });

  it("never exports the admin's own files", async () => {
    const own = await makeOpenCycle(app);
    // An admin who is also a designer, with a file in the cycle.
    const staff = await makeUser(app, api, { roles: ['admin', 'applicant'] });
    const created = await staff.client.post('/api/v1/applications', { cycleId: own.id, level: 'intermediate', specialty: own.specialties[0] });
    expect(created.status).toBe(201);
    const mine = await exportAndDownload(staff.client, { format: 'csv', cycleId: own.id, lang: 'en' });
    expect([mine.status, mine.export.rowCount, parseCsv(mine.bytes.subarray(3).toString('utf8'))]).toEqual([200, 0, [expect.any(Array)]]);
    const theirs = await exported(admin, { format: 'csv', cycleId: own.id, lang: 'en' });
    expect(theirs.export.rowCount).toBe(1);
  });

  it('is its requester’s only: another admin gets 404 for it, its download and in their list', async () => {
    const other = await makeAdmin(app, api);
    const requested = await admin.client.post('/api/v1/admin/applications/exports', { format: 'csv', cycleId: cycle.id, status: 'approved' });
    expect(requested.status).toBe(202);
    await waitForExport(admin.client, requested.body.id);
    for (const res of [await other.client.get(`/api/v1/admin/applications/exports/${requested.body.id}`), await downloadExport(other.client, requested.body.id)]) {
      expect(res.status).toBe(404);
    }
    expect((await other.client.get('/api/v1/admin/applications/exports')).body.items).toEqual([]);
    // Mine, newest first, a page at a time.
    const first = await admin.client.get('/api/v1/admin/applications/exports?limit=2');
    expect(first.status).toBe(200);
    expect(first.body.items[0].id).toBe(requested.body.id);
    const second = await admin.client.get(`/api/v1/admin/applications/exports?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items.length).toBeGreaterThan(0);
    expect(second.body.items.map((e: { id: string }) => e.id)).not.toContain(first.body.items[0].id);
    expect(Date.parse(second.body.items[0].requestedAt)).toBeLessThanOrEqual(Date.parse(first.body.items[1].requestedAt));
  });

  it('answers 409 EXPORT_NOT_READY before it is done, and 410 EXPORT_EXPIRED once past its time; the schedule removes the file and keeps the row', async () => {
    // A queued export the worker has not taken (set-up: recorded straight through the service's repository's table, no job).
    const [{ id: pending }] = await db().query(
      `INSERT INTO application_exports (requested_by, format, locale, filter, file_name, status) VALUES ($1, 'csv', 'en', '{}', 'applications-2026-01-01.csv', 'queued') RETURNING id`,
      [admin.id],
    );
    const early = await downloadExport(admin.client, pending);
    expect([early.status, JSON.parse(early.bytes.toString()).code]).toEqual([409, 'EXPORT_NOT_READY']);

    const done = await exported(admin, { format: 'csv', cycleId: cycle.id, status: 'approved' });
    const [{ storage_key: key }] = await db().query('SELECT storage_key FROM application_exports WHERE id = $1', [done.export.id]);
    await db().query(`UPDATE application_exports SET expires_at = now() - interval '1 minute' WHERE id = $1`, [done.export.id]);
    const gone = await downloadExport(admin.client, done.export.id);
    expect([gone.status, JSON.parse(gone.bytes.toString()).code]).toEqual([410, 'EXPORT_EXPIRED']);
    expect((await admin.client.get(`/api/v1/admin/applications/exports/${done.export.id}`)).body).toMatchObject({ status: 'done', expired: true });

    const service = portal.worker.get(ApplicationExportsService);
    expect(await service.purgeExpired(new Date())).toBeGreaterThanOrEqual(1);
    expect(fs.existsSync(path.join(app.get(AppConfig).STORAGE_DIR, key))).toBe(false);
    const [row] = await db().query('SELECT storage_key, status FROM application_exports WHERE id = $1', [done.export.id]);
    expect(row).toEqual({ storage_key: null, status: 'done' });
    expect((await downloadExport(admin.client, done.export.id)).status).toBe(410);
    // The queued one whose job never existed is queued again by the schedule, and made.
    expect(await service.requeueStale(new Date(Date.now() + 2 * 60_000))).toBeGreaterThanOrEqual(1);
    expect(await waitForExport(admin.client, pending)).toMatchObject({ status: 'done' });
  });

  it('records who asked for what, and each download, in the audit log', async () => {
    const rows = await db().query("SELECT actor_id, entity_id, data FROM audit_log WHERE action = 'applications.exported' ORDER BY id");
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toMatchObject({ actor_id: admin.id, entity_id: cycle.id, data: { format: 'csv', filter: { cycleId: cycle.id } } });
    const [first] = await db().query("SELECT id FROM application_exports WHERE requested_by = $1 ORDER BY requested_at LIMIT 1", [admin.id]);
    expect(rows[0].data.exportId).toBe(first.id);
    const downloads = await db().query("SELECT actor_id, entity_type, entity_id FROM audit_log WHERE action = 'applications.export_downloaded' AND entity_id = $1", [first.id]);
    expect(downloads).toEqual([{ actor_id: admin.id, entity_type: 'application_export', entity_id: first.id }]);
  });

  it('answers 400 naming the field for a missing or unknown format and a bad filter', async () => {
    for (const [request, field] of [
      [{ cycleId: cycle.id }, 'format'],
      [{ format: 'pdf' }, 'format'],
      [{ format: 'csv', status: 'lost' }, 'status'],
      [{ format: 'csv', lang: 'fr' }, 'lang'],
      [{ format: 'csv', sort: 'name' }, 'sort'],
    ] as const) {
      const res = await admin.client.post('/api/v1/admin/applications/exports', request);
      expect({ request, status: res.status, paths: res.body.details?.map((d: { path: string }) => d.path) }).toEqual({ request, status: 400, paths: [field] });
    }
  });

  it('is for admins only: 403 for applicants and reviewers, 401 without a token', async () => {
    const applicant = await makeApplicant(app, api);
    const reviewer = await makeReviewer(app, api);
    for (const who of [applicant, reviewer]) {
      expect((await who.client.post('/api/v1/admin/applications/exports', { format: 'csv' })).status).toBe(403);
      expect((await who.client.get('/api/v1/admin/applications/exports')).status).toBe(403);
    }
    expect((await api.post('/api/v1/admin/applications/exports', { format: 'csv' })).status).toBe(401);
  });
});
