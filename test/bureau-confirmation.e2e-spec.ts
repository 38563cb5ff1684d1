import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { shanghaiDate } from '@app/common';
import { NoticeClosingService, PublicNoticeService } from '@app/notice';
import {
  ApiClient,
  awaitConfirmation,
  confirmCalendarYears,
  forceTransition,
  hostBureauId,
  makeBureauOfficer,
  makeUnitOfficer,
  ensureSampleUnit,
  tokenFrom,
  TEST_PASSWORD,
  makeApplicant,
  makeOpenCycle,
  makeUser,
  residentIdFor,
  SmtpSink,
  statusOf,
  submitFile,
  TestUser,
  testDocumentNumber,
  usePortal,
  yearsFromToday,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const CONCURRENT = 20;

/**
 * The bureau's confirmation and the filing export (issue 27, domain.md §8 Confirmation and
 * certificate): a clean notice leaves the file awaiting the bureau; the bureau's officer
 * confirms a batch with an approval document number and a date of issue, which approves the
 * files and issues their certificates; batches are idempotent and concurrent-safe; the filing
 * export holds exactly the batch's files with full identity numbers, for the officer only, audited.
 */
describe('the bureau confirms titles in batches and files them (e2e)', () => {
  const portal = usePortal({ worker: true, smtp: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let admin: TestUser;
  let officer: TestUser;
  let otherOfficer: TestUser;
  let cycle: Cycle;
  const db = () => app.get(DataSource);
  const confirm = (who: TestUser, body: unknown) => who.client.post('/api/v1/bureau/confirmation-batches', body);
  const daysAgo = (n: number) => new Date(Date.now() - n * DAY);

  /** A submitted file taken to awaiting_confirmation, its committee pass `passedDaysAgo` days ago. */
  async function awaiting(options: { user?: TestUser; fullName?: string; regionCode?: string; passedDaysAgo?: number } = {}) {
    const file = await submitFile(app, api, cycle, options);
    await awaitConfirmation(app, file.id, daysAgo(options.passedDaysAgo ?? 10));
    return file;
  }

  beforeAll(async () => {
    ({ app, api, smtp, admin } = portal);
    officer = await makeBureauOfficer(app, api);
    otherOfficer = await makeBureauOfficer(app, api);
    cycle = await makeOpenCycle(app);
    await confirmCalendarYears(admin.client, yearsFromToday());
  });

  it('a notice that closes cleanly leaves the file awaiting the bureau: no title, no certificate; it is in the officer’s queue', async () => {
    const file = await submitFile(app, api, cycle, { fullName: '钱公示' });
    for (const action of ['accept_qualification', 'complete_review', 'committee_pass'] as const) await forceTransition(app, file.id, action);
    const [posted] = await db().transaction((m) => app.get(PublicNoticeService).post(m, [{ applicationId: file.id }], new Date()));
    const closed = await app.get(NoticeClosingService).closeDue(new Date(new Date(`${posted.endDate}T12:00:00+08:00`).getTime() + 2 * DAY));
    expect(closed).toBeGreaterThanOrEqual(1);
    expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');
    expect(await db().query('SELECT 1 FROM certificates WHERE application_id = $1', [file.id])).toHaveLength(0);
    expect((await file.user.client.get(`/api/v1/applications/${file.id}/certificate/details`)).status).toBe(404);

    const timeline = await file.user.client.get(`/api/v1/applications/${file.id}/timeline`);
    expect(timeline.body.ahead.map((s: { action: string; status: string }) => [s.action, s.status])).toEqual([['confirm_title', 'approved']]);
    const [mail] = await smtp.waitFor(file.user.email, 1, 20000, (m) => m.text.includes(file.referenceNumber) && /confirm|确认/.test(m.subject));
    expect(mail.text).toMatch(/bureau|人力资源社会保障部门/);

    const queue = await officer.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
    expect(queue.status).toBe(200);
    expect(queue.body.items.find((f: { id: string }) => f.id === file.id)).toMatchObject({ referenceNumber: file.referenceNumber, applicantName: '钱公示', cycleCode: cycle.code });
  });

  describe('a confirmed batch', () => {
    let files: Awaited<ReturnType<typeof awaiting>>[];
    let batchId: string;
    const documentNumber = testDocumentNumber();
    const issuedOn = shanghaiDate(daysAgo(2));

    beforeAll(async () => {
      files = [await awaiting({ fullName: '孙确认', passedDaysAgo: 12 }), await awaiting({ fullName: '李跨省', regionCode: '510104', passedDaysAgo: 12 })];
    });

    it('approves its files and issues certificates carrying the document number and the date of issue, apart from the date obtained; the holders are told', async () => {
      const res = await confirm(officer, { documentNumber: `  ${documentNumber} `, issuedOn, applicationIds: files.map((f) => f.id) });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ created: true, batch: { documentNumber, issuedOn, fileCount: 2, confirmedBy: officer.id } });
      batchId = res.body.batch.id;

      for (const f of files) {
        expect(await statusOf(app, f.id)).toBe('approved');
        const details = await f.user.client.get(`/api/v1/applications/${f.id}/certificate/details`);
        expect(details.body).toMatchObject({ status: 'valid', approvalDocumentNumber: documentNumber, issuedOn, obtainedOn: shanghaiDate(daysAgo(12)) });
        expect(details.body.number.slice(0, 4)).toBe(issuedOn.slice(0, 4));
        const verified = await api.get(`/api/v1/public/certificates/${details.body.verificationCode}`);
        expect(verified.body).toMatchObject({ status: 'valid', approvalDocumentNumber: documentNumber, issuedOn, obtainedOn: shanghaiDate(daysAgo(12)) });
        const history = await db().query("SELECT action, actor_id AS \"actorId\", data FROM application_history WHERE application_id = $1 AND to_status = 'approved'", [f.id]);
        expect(history).toEqual([{ action: 'approved', actorId: officer.id, data: expect.objectContaining({ batchId, documentNumber, issuedOn }) }]);
        const [mail] = await smtp.waitFor(f.user.email, 1, 20000, (m) => m.text.includes(details.body.number));
        expect(mail.text).toContain(documentNumber);
      }
      const audit = await db().query("SELECT actor_id AS \"actorId\" FROM audit_log WHERE action = 'confirmation_batch.confirmed' AND entity_id = $1", [batchId]);
      expect(audit).toEqual([{ actorId: officer.id }]);

      // The batch in the officer's lists; its files with their certificates.
      expect((await officer.client.get('/api/v1/bureau/confirmation-batches')).body.items.map((b: { id: string }) => b.id)).toContain(batchId);
      expect((await officer.client.get(`/api/v1/bureau/confirmation-batches/${batchId}`)).body).toMatchObject({ id: batchId, documentNumber });
      const listed = await officer.client.get(`/api/v1/bureau/confirmation-batches/${batchId}/files`);
      expect(listed.body.map((f: { applicationId: string }) => f.applicationId).sort()).toEqual(files.map((f) => f.id).sort());
      expect(listed.body.find((f: { holderName: string }) => f.holderName === '李跨省')).toMatchObject({ crossProvincial: true, issuedOn });
      // Confirmed files leave the queue.
      const queue = await officer.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
      for (const f of files) expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(f.id);
    });

    it('is idempotent: the same request answers the same batch and changes nothing; the same number with other files or another date is refused', async () => {
      const again = await confirm(otherOfficer, { documentNumber, issuedOn, applicationIds: [...files.map((f) => f.id)].reverse() });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ created: false, batch: { id: batchId, confirmedBy: officer.id } });
      expect(await db().query('SELECT 1 FROM certificates WHERE confirmation_batch_id = $1', [batchId])).toHaveLength(2);

      const other = await awaiting();
      const taken = await confirm(officer, { documentNumber, issuedOn, applicationIds: [other.id] });
      expect(taken).toMatchObject({ status: 409, body: { code: 'CONFIRMATION_DOCUMENT_NUMBER_TAKEN' } });
      const otherDate = await confirm(officer, { documentNumber, issuedOn: shanghaiDate(daysAgo(1)), applicationIds: files.map((f) => f.id) });
      expect(otherDate).toMatchObject({ status: 409, body: { code: 'CONFIRMATION_DOCUMENT_NUMBER_TAKEN' } });
      expect(await statusOf(app, other.id)).toBe('awaiting_confirmation');
    });

    it('files exactly its files for the national record, identity numbers in full, to the officer only, every export audited', async () => {
      // Another batch confirmed meanwhile is not in this one's export.
      const elsewhere = await awaiting();
      expect((await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn, applicationIds: [elsewhere.id] })).status).toBe(201);
      const certified: { number: string; applicant_id: string }[] = await db().query(
        'SELECT c.number, a.applicant_id FROM certificates c JOIN applications a ON a.id = c.application_id WHERE c.confirmation_batch_id = $1 ORDER BY c.number',
        [batchId],
      );
      const numbers = certified.map((r) => r.number);
      // Each holder's own identity number (the fixtures file each account under its own: one person, one account).
      const identityOf = new Map(certified.map((r) => [r.number, residentIdFor(r.applicant_id)]));

      const csv = await fetch(`${api.baseUrl}/api/v1/bureau/confirmation-batches/${batchId}/filing.csv`, { headers: { authorization: `Bearer ${officer.client.token}` } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(csv.headers.get('cache-control')).toBe('private, no-store');
      const text = (await csv.text()).replace(/^\ufeff/, '');
      const [header, ...rows] = text.split('\r\n').filter(Boolean);
      expect(header.split(',').slice(0, 5)).toEqual(['formatVersion', 'certificateNumber', 'holderName', 'identityType', 'identityNumber']);
      expect(rows.map((r) => r.split(',')[1])).toEqual(numbers);
      for (const r of rows) expect(r).toContain(`1,`);
      for (const r of rows) expect(r.split(',')[4]).toBe(identityOf.get(r.split(',')[1]));
      expect(text).toContain(documentNumber);
      expect(text).not.toContain(elsewhere.referenceNumber);

      const json = await officer.client.get(`/api/v1/bureau/confirmation-batches/${batchId}/filing.json`);
      expect(json.status).toBe(200);
      expect(json.body).toMatchObject({ formatVersion: '1', kind: 'design-title-portal.filing', batch: { id: batchId, documentNumber, issuedOn, fileCount: 2 } });
      expect(json.body.records.map((r: { certificateNumber: string }) => r.certificateNumber)).toEqual(numbers);
      const cross = json.body.records.find((r: { holderName: string }) => r.holderName === '李跨省');
      expect(cross).toMatchObject({ identityType: 'resident_id', identityNumber: identityOf.get(cross.certificateNumber), approvalDocumentNumber: documentNumber, issuedOn, obtainedOn: shanghaiDate(daysAgo(12)), crossProvincial: true, level: 'intermediate', cycleCode: cycle.code });
      expect(cross.crossProvincialNoteZh).toContain('跨省');

      const audit = await db().query("SELECT actor_id AS \"actorId\", data FROM audit_log WHERE action = 'confirmation_batch.filing_exported' AND entity_id = $1 ORDER BY id", [batchId]);
      expect(audit.map((a: { actorId: string; data: { format: string; records: number } }) => [a.actorId, a.data.format, a.data.records])).toEqual([
        [officer.id, 'csv', 2],
        [officer.id, 'json', 2],
      ]);
      for (const number of identityOf.values()) expect(JSON.stringify(audit)).not.toContain(number);

      // Nobody else: admins and applicants 403, anonymous 401, an unknown batch 404.
      const applicant = await makeApplicant(app, api);
      for (const who of [admin, applicant, files[0].user]) {
        for (const path of ['/filing.csv', '/filing.json', '/files', '']) expect([path, (await who.client.get(`/api/v1/bureau/confirmation-batches/${batchId}${path}`)).status]).toEqual([path, 403]);
        expect((await who.client.get('/api/v1/bureau/awaiting-confirmation')).status).toBe(403);
        expect((await confirm(who, { documentNumber: testDocumentNumber(), issuedOn, applicationIds: [elsewhere.id] })).status).toBe(403);
      }
      expect((await api.get(`/api/v1/bureau/confirmation-batches/${batchId}/filing.json`)).status).toBe(401);
      expect((await officer.client.get(`/api/v1/bureau/confirmation-batches/${randomUUID()}/filing.json`)).body).toMatchObject({ code: 'CONFIRMATION_BATCH_NOT_FOUND' });
      expect(await db().query("SELECT 1 FROM audit_log WHERE action = 'confirmation_batch.filing_exported' AND entity_id = $1", [batchId])).toHaveLength(2);
    });
  });

  it('refuses bad input naming the field, a file not awaiting confirmation naming the file, unknown files and the officer’s own (404)', async () => {
    const file = await awaiting({ passedDaysAgo: 5 });
    const today = shanghaiDate(new Date());
    const fieldOf = async (body: unknown) => {
      const res = await confirm(officer, body);
      return [res.status, res.body.code, (res.body.details ?? []).map((d: { path: string; code?: string }) => `${d.path}:${d.code ?? ''}`)];
    };
    expect(await fieldOf({ documentNumber: ' \u3000 ', issuedOn: today, applicationIds: [file.id] })).toEqual([400, 'VALIDATION_FAILED', ['documentNumber:DOCUMENT_NUMBER_REQUIRED']]);
    expect(await fieldOf({ documentNumber: '号'.repeat(65), issuedOn: today, applicationIds: [file.id] })).toEqual([400, 'VALIDATION_FAILED', ['documentNumber:DOCUMENT_NUMBER_TOO_LONG']]);
    expect(await fieldOf({ documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date(Date.now() + 2 * DAY)), applicationIds: [file.id] })).toEqual([400, 'VALIDATION_FAILED', ['issuedOn:ISSUE_DATE_IN_FUTURE']]);
    expect(await fieldOf({ documentNumber: testDocumentNumber(), issuedOn: '2026-02-30', applicationIds: [file.id] })).toEqual([400, 'VALIDATION_FAILED', ['issuedOn:ISSUE_DATE_INVALID']]);
    const empty = await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: today, applicationIds: [] });
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body.details)).toContain('applicationIds');
    // Not before the committee passed the file.
    expect(await fieldOf({ documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(daysAgo(8)), applicationIds: [file.id] })).toEqual([400, 'VALIDATION_FAILED', ['issuedOn:ISSUE_DATE_BEFORE_PASS']]);
    expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');

    // A file still submitted is named, and nothing of the batch is kept (the awaiting one stays awaiting).
    const early = await submitFile(app, api, cycle);
    const refused = await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: today, applicationIds: [file.id, early.id] });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('CONFIRMATION_FILE_NOT_AWAITING');
    expect(refused.body.message).toContain(early.referenceNumber);
    expect(refused.body.details.files).toEqual([{ applicationId: early.id, referenceNumber: early.referenceNumber, status: 'submitted' }]);
    expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');

    expect((await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: today, applicationIds: [randomUUID()] })).body.code).toBe('APPLICATION_NOT_FOUND');

    // An officer who also applies: their own file is not in their queue and is 404 to confirm; another officer confirms it.
    const officerApplicant = await makeUser(app, api, { roles: ['authority_officer', 'applicant'] });
    await db().query(`INSERT INTO organisation_members (user_id, organisation_id, role) VALUES ($1, $2, 'authority_officer')`, [officerApplicant.id, await hostBureauId(app)]);
    const own = await awaiting({ user: officerApplicant });
    const queue = await officerApplicant.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
    expect(queue.body.items.map((i: { id: string }) => i.id)).not.toContain(own.id);
    expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(file.id);
    expect((await confirm(officerApplicant, { documentNumber: testDocumentNumber(), issuedOn: today, applicationIds: [own.id] })).status).toBe(404);
    expect(await statusOf(app, own.id)).toBe('awaiting_confirmation');
    expect((await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: today, applicationIds: [own.id] })).status).toBe(201);
  });

  it(`${CONCURRENT} officers' batches confirming the same file at once: exactly one applies, the others 409 naming it`, async () => {
    const file = await awaiting();
    const numbers = Array.from({ length: CONCURRENT }, () => testDocumentNumber());
    const results = await Promise.all(numbers.map((documentNumber, i) => confirm(i % 2 ? officer : otherOfficer, { documentNumber, issuedOn: shanghaiDate(new Date()), applicationIds: [file.id] })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([201, ...Array<number>(CONCURRENT - 1).fill(409)]);
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.code).toBe('CONFIRMATION_FILE_NOT_AWAITING');
      expect(r.body.message).toContain(file.referenceNumber);
    }
    expect(await db().query('SELECT 1 FROM certificates WHERE application_id = $1', [file.id])).toHaveLength(1);
    expect(await db().query("SELECT 1 FROM application_history WHERE application_id = $1 AND to_status = 'approved'", [file.id])).toHaveLength(1);
    // The losers' batches were rolled back with them.
    expect(await db().query('SELECT 1 FROM confirmation_batches WHERE document_number = ANY($1)', [numbers])).toHaveLength(1);
  });

  it(`${CONCURRENT} identical requests at once: one batch, one certificate per file; every answer names that batch`, async () => {
    const files = [await awaiting(), await awaiting()];
    const body = { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: files.map((f) => f.id) };
    const results = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => confirm(i % 2 ? officer : otherOfficer, body)));
    expect(results.map((r) => r.status).sort()).toEqual([...Array<number>(CONCURRENT - 1).fill(200), 201]);
    expect(new Set(results.map((r) => r.body.batch.id)).size).toBe(1);
    expect(results.filter((r) => r.body.created)).toHaveLength(1);
    for (const f of files) expect(await db().query('SELECT 1 FROM certificates WHERE application_id = $1', [f.id])).toHaveLength(1);
    expect(await db().query('SELECT 1 FROM confirmation_batches WHERE document_number = $1', [body.documentNumber])).toHaveLength(1);
  });
  describe('the bureau officer acts for the bureau of the files’ host office', () => {
    const bureauOf = async (province: string): Promise<string> => {
      const rows: { id: string }[] = await db().query(`SELECT id FROM organisations WHERE kind = 'bureau' AND province = $1`, [province]);
      return rows[0].id;
    };

    it('an admin invites an authority officer for the bureau: the account holds the role, bound to the bureau, and confirms the host office’s files', async () => {
      const bureauId = await hostBureauId(app);
      const email = `bureau.${randomUUID().slice(0, 8)}@example.com`;
      const invited = await admin.client.post(`/api/v1/admin/organisations/${bureauId}/officers`, { email, fullName: '吴确认', locale: 'zh-CN' });
      expect(invited.status).toBe(201);
      expect(invited.body).toMatchObject({ role: 'authority_officer', user: { email, roles: ['authority_officer'] }, organisation: { id: bureauId, kind: 'bureau' } });
      const userId = invited.body.user.id as string;
      expect(await db().query('SELECT role FROM organisation_members WHERE user_id = $1 AND organisation_id = $2', [userId, bureauId])).toEqual([{ role: 'authority_officer' }]);
      const [audit] = await db().query("SELECT data FROM audit_log WHERE action = 'user.invited' AND entity_id = $1", [userId]);
      expect(audit.data).toMatchObject({ roles: ['authority_officer'], organisationId: bureauId });
      // The office has no officers of its own (its people are admins).
      const officeId = (await admin.client.get('/api/v1/admin/organisations?kind=office')).body.items[0].id;
      const refused = await admin.client.post(`/api/v1/admin/organisations/${officeId}/officers`, { email: `office.${email}`, fullName: '办' });
      expect(refused).toMatchObject({ status: 422, body: { code: 'ORGANISATION_NOT_A_UNIT' } });

      // The invitee sets a password from the invitation's link, signs in and confirms a file.
      const [mail] = await smtp.waitFor(email, 1, 20000);
      expect((await api.post('/api/v1/auth/invitations/accept', { token: tokenFrom(mail), password: TEST_PASSWORD })).status).toBe(204);
      const login = await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
      expect(login.status).toBe(200);
      const invitee = { id: userId, client: api.withToken(login.body.accessToken) } as TestUser;
      const file = await awaiting({ passedDaysAgo: 3 });
      const queue = await invitee.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
      expect(queue.body.items.map((i: { id: string }) => i.id)).toContain(file.id);
      const confirmed = await confirm(invitee, { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: [file.id] });
      expect(confirmed.status).toBe(201);
      expect(await statusOf(app, file.id)).toBe('approved');
      expect((await invitee.client.get(`/api/v1/bureau/confirmation-batches/${confirmed.body.batch.id}`)).status).toBe(200);
    });

    it('answers 404 to an officer of another bureau (and to one bound to none): its queue and batch list are empty, the host office’s batches and files absent', async () => {
      // Another province's bureau, as an installation hosting a second office would hold it.
      await db().query(`INSERT INTO organisations (kind, name_zh, name_en, province) VALUES ('bureau', '四川省人力资源和社会保障厅', 'Sichuan Department of Human Resources and Social Security', '51') ON CONFLICT DO NOTHING`);
      const elsewhere = await makeBureauOfficer(app, api, { bureauId: await bureauOf('51') });
      const unbound = await makeUser(app, api, { roles: ['authority_officer'] });
      const file = await awaiting({ passedDaysAgo: 3 });
      const batch = await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: [(await awaiting({ passedDaysAgo: 3 })).id] });
      expect(batch.status).toBe(201);
      const batchId = batch.body.batch.id as string;

      for (const who of [elsewhere, unbound]) {
        const queue = await who.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
        expect(queue).toMatchObject({ status: 200, body: { items: [], nextCursor: null } });
        expect((await who.client.get('/api/v1/bureau/confirmation-batches')).body.items).toEqual([]);
        for (const path of ['', '/files', '/filing.csv', '/filing.json']) {
          const res = await who.client.get(`/api/v1/bureau/confirmation-batches/${batchId}${path}`);
          expect([path, res.status, res.body.code]).toEqual([path, 404, 'CONFIRMATION_BATCH_NOT_FOUND']);
        }
        const refused = await confirm(who, { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: [file.id] });
        expect(refused).toMatchObject({ status: 404, body: { code: 'APPLICATION_NOT_FOUND' } });
        expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');
      }
      // No export was recorded for them.
      expect(await db().query("SELECT 1 FROM audit_log WHERE action = 'confirmation_batch.filing_exported' AND actor_id = ANY($1)", [[elsewhere.id, unbound.id]])).toHaveLength(0);
      // The host bureau's officer still confirms it.
      expect((await confirm(officer, { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: [file.id] })).status).toBe(201);
    });

    it('refuses a unit officer on every bureau route (403)', async () => {
      const unitOfficer = await makeUnitOfficer(app, api, await ensureSampleUnit(app));
      const file = await awaiting({ passedDaysAgo: 3 });
      expect((await unitOfficer.client.get('/api/v1/bureau/awaiting-confirmation')).status).toBe(403);
      expect((await unitOfficer.client.get('/api/v1/bureau/confirmation-batches')).status).toBe(403);
      expect((await confirm(unitOfficer, { documentNumber: testDocumentNumber(), issuedOn: shanghaiDate(new Date()), applicationIds: [file.id] })).status).toBe(403);
      expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');
    });
  });
});
