import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { Clock, ManualClock, shanghaiDate, shanghaiInstant } from '@app/common';
import { ScheduleRunner } from '@app/queue';
import { NoticeError, PublicNoticeService, WorkingDayCalendar } from '@app/notice';
import {
  ApiClient,
  forceTransition,
  makeApplicant,
  makeOpenCycle,
  makeReadyFile,
  makeReviewer,
  makeReviewerProfile,
  ownerQuery,
  ReceivedMail,
  SmtpSink,
  statusOf,
  TestUser,
  tokenFrom,
  uniqueEmail,
  usePortal,
  submitToOffice,
  residentIdFor,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const OBJECTIONS_PER_IP = 3;
const PANEL_SCORES = [
  { professional_competence: '28', design_achievements: '36.5', academic_contributions: '15', continuing_development: '8' },
  { professional_competence: '24', design_achievements: '30', academic_contributions: '12.25', continuing_development: '7' },
  { professional_competence: '26', design_achievements: '33', academic_contributions: '14', continuing_development: '9' },
];

/** A moment of the given Beijing calendar day (15:00 local). */
const beijing = (date: string, time = '15:00') => shanghaiInstant(date, `${time}:00`);

let ipCounter = 1;
/** Each lodging comes from its own client address (TRUST_PROXY=1), so only the rate-limit test shares one. */
const freshIp = () => `198.51.100.${ipCounter++}`;

describe('public notice: working-day calendar, notices, objections, closing (e2e)', () => {
  const workerClock = new ManualClock();
  const portal = usePortal({
    smtp: true,
    worker: { overrides: [{ provide: Clock, useValue: workerClock }] },
    env: { TRUST_PROXY: '1', RATE_LIMIT_OBJECTION_PER_IP: String(OBJECTIONS_PER_IP), RATE_LIMIT_OBJECTION_PER_ADDRESS: '20' },
  });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let worker: INestApplicationContext;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;
  let applicantOnly: TestUser;

  beforeAll(async () => {
    ({ app, api, worker, smtp, admin } = portal);
    cycle = await makeOpenCycle(app);
    applicantOnly = await makeApplicant(app, api);
  });

  const db = () => app.get(DataSource);
  const notices = () => app.get(PublicNoticeService);

  /** post() in a transaction that is rolled back: the end date a pass at `passedOn` gives, or the error. */
  async function dryPost(passedOn: Date): Promise<{ startDate: string; endDate: string }> {
    const rollback = new Error('rollback');
    let result: { startDate: string; endDate: string } | undefined;
    await db()
      .transaction(async (manager) => {
        [result] = await notices().post(manager, [{ applicationId: randomUUID() }], passedOn);
        throw rollback;
      })
      .catch((e: unknown) => {
        if (e !== rollback) throw e;
      });
    return result!;
  }

  /** A submitted file moved to `reviewed` (forceTransition), then posted by post() and moved to public_notice. */
  async function onNotice(passedOn: Date = new Date(), options: { beforeReviewed?: (id: string) => Promise<void> } = {}) {
    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle);
    const submitted = await submitToOffice(app, applicant.client, id);
    expect(submitted.status).toBe(200);
    await forceTransition(app, id, 'accept_qualification');
    await options.beforeReviewed?.(id);
    await forceTransition(app, id, 'complete_review');
    const [posted] = await db().transaction((manager) => notices().post(manager, [{ applicationId: id }], passedOn));
    await forceTransition(app, id, 'committee_pass');
    return { applicant, id, noticeId: posted.noticeId, referenceNumber: submitted.body.referenceNumber as string, posted };
  }

  const lodge = (noticeId: string, body: Record<string, unknown>, ip = freshIp()) => api.post(`/api/v1/public/notices/${noticeId}/objections`, body, { 'x-forwarded-for': ip });
  const objection = (extra: Record<string, unknown> = {}) => ({
    name: '王某某',
    email: uniqueEmail('objector'),
    statement: 'The project listed as a lead role was led by someone else.',
    locale: 'en',
    ...extra,
  });
  /** With a phone number the office can call back: open at once (an e-mail-only one waits for its address to be confirmed). */
  const reachable = (extra: Record<string, unknown> = {}) => objection({ phone: '137 0000 2222', ...extra });
  const confirmEmail = (token: string) => api.post('/api/v1/public/objections/confirm-email', { token }, { 'x-forwarded-for': freshIp() });
  /** Everything a message shows its reader: headers (To with its display name, Subject), text and html. */
  const everything = (mail: ReceivedMail) => [...mail.raw.headerLines.map((h) => h.line), mail.text, mail.html].join('\n');
  const noticeStatus = async (noticeId: string) => ((await db().query('SELECT status FROM public_notices WHERE id = $1', [noticeId])) as { status: string }[])[0].status;

  describe('the working-day calendar', () => {
    it('is seeded for 2004-2026 from chinese-days, with the 2026 make-up Saturdays and Sundays', async () => {
      const y2026 = await admin.client.get('/api/v1/admin/calendar/2026');
      expect(y2026.status).toBe(200);
      expect(y2026.body).toMatchObject({ year: 2026, region: '50', confirmed: true, source: 'seed:chinese-days@1.5.7', confirmedBy: null });
      expect(y2026.body.workdays.map((d: { date: string }) => d.date)).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
      expect(y2026.body.holidays).toContainEqual({ date: '2026-02-17', name: '春节 Spring Festival' });
      expect((await admin.client.get('/api/v1/admin/calendar/2004')).body.confirmed).toBe(true);
      const y2027 = await admin.client.get('/api/v1/admin/calendar/2027');
      expect(y2027.body).toMatchObject({ year: 2027, confirmed: false, source: null, holidays: [], workdays: [] });
      expect((await admin.client.get('/api/v1/admin/calendar/2003')).body.confirmed).toBe(false);
    });

    it('computes end dates across the 2026 Spring Festival, National Day and New Year, make-up days included (day 1 = first working day after the pass)', async () => {
      expect(await dryPost(beijing('2026-02-12'))).toEqual({ startDate: '2026-02-12', endDate: '2026-02-26', applicationId: expect.any(String), noticeId: expect.any(String) });
      expect((await dryPost(beijing('2026-02-13'))).endDate).toBe('2026-02-27'); // 14 (Sat, on), 24, 25, 26, 27
      expect((await dryPost(beijing('2026-02-23'))).endDate).toBe('2026-02-28'); // ends on the make-up Saturday
      expect((await dryPost(beijing('2026-09-18'))).endDate).toBe('2026-09-24'); // 20 (Sun, on), 21 .. 24
      expect((await dryPost(beijing('2026-09-24'))).endDate).toBe('2026-10-09'); // Mid-autumn and National Day off
      expect((await dryPost(beijing('2026-09-28'))).endDate).toBe('2026-10-10'); // ends on the make-up Saturday
      expect((await dryPost(beijing('2025-12-29'))).endDate).toBe('2026-01-06'); // 2026-01-04 (Sun, on)
      // The pass date is a Beijing date: 23:30 on the 12th is still the 12th, 00:30 on the 13th is the 13th.
      expect((await dryPost(beijing('2026-02-12', '23:30'))).endDate).toBe('2026-02-26');
      expect((await dryPost(beijing('2026-02-13', '00:30'))).endDate).toBe('2026-02-27');
    });

    it('refuses a period that reaches an unconfirmed year, naming the year to enter', async () => {
      for (const [passed, year] of [
        ['2026-12-28', 2027],
        ['2035-03-02', 2035],
      ] as const) {
        const error = await dryPost(beijing(passed)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(NoticeError);
        expect(error).toMatchObject({ code: 'CALENDAR_YEAR_UNCONFIRMED', status: 422, details: { year } });
        expect((error as Error).message).toContain(`PUT /api/v1/admin/calendar/${year}`);
      }
      // Nothing was posted.
      expect(await db().query("SELECT 1 FROM public_notices WHERE end_date >= '2027-01-01'")).toEqual([]);
    });

    it('lets an admin enter a year (confirming it), refusing bad input with the field named', async () => {
      const bad = await admin.client.put('/api/v1/admin/calendar/2027', { holidays: ['2027-01-01', '2027-02-30', '2026-12-31', '2027-01-01'], workdays: ['2027-01-01'] });
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe('VALIDATION_FAILED');
      expect(bad.body.details).toEqual([
        { path: 'holidays[1]', code: 'INVALID_DATE', message: '2027-02-30 is not a valid YYYY-MM-DD date' },
        { path: 'holidays[2]', code: 'DATE_OUTSIDE_YEAR', message: '2026-12-31 is not in 2027' },
        { path: 'holidays[3]', code: 'DUPLICATE_DATE', message: '2027-01-01 is listed twice' },
        { path: 'workdays[0]', code: 'DATE_BOTH_HOLIDAY_AND_WORKDAY', message: '2027-01-01 cannot be both a holiday and a make-up working day' },
      ]);
      const notArray = await admin.client.put('/api/v1/admin/calendar/2027', { holidays: '2027-01-01', workdays: [] });
      expect(notArray.status).toBe(400);
      expect(notArray.body.details.map((d: { path: string }) => d.path)).toContain('holidays');
      const missing = await admin.client.put('/api/v1/admin/calendar/2027', { holidays: [] });
      expect(missing.body.details.map((d: { path: string }) => d.path)).toContain('workdays');
      const badYear = await admin.client.put('/api/v1/admin/calendar/27', { holidays: [], workdays: [] });
      expect(badYear.status).toBe(400);
      expect(badYear.body.details).toEqual([expect.objectContaining({ path: 'year' })]);
      expect((await admin.client.get('/api/v1/admin/calendar/1999')).status).toBe(400);
      // Only admins.
      expect((await applicantOnly.client.put('/api/v1/admin/calendar/2027', { holidays: [], workdays: [] })).status).toBe(403);
      expect((await applicantOnly.client.get('/api/v1/admin/calendar/2026')).status).toBe(403);
      expect((await api.get('/api/v1/admin/calendar/2026')).status).toBe(401);
      // Still unconfirmed after all of that.
      expect((await admin.client.get('/api/v1/admin/calendar/2027')).body.confirmed).toBe(false);

      const saved = await admin.client.put('/api/v1/admin/calendar/2027', { holidays: ['2027-01-01', '2027-01-04'], workdays: ['2027-01-09'] });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ year: 2027, confirmed: true, source: 'admin', confirmedBy: admin.id });
      expect(saved.body.holidays.map((d: { date: string }) => d.date)).toEqual(['2027-01-01', '2027-01-04']);
      // 29, 30, 31, then 2027-01-01 (Fri) and 04 (Mon) off: 05, 06.
      expect((await dryPost(beijing('2026-12-28'))).endDate).toBe('2027-01-06');
      // A second PUT replaces the year's days.
      const corrected = await admin.client.put('/api/v1/admin/calendar/2027', { holidays: ['2027-01-01'], workdays: [] });
      expect(corrected.body.holidays.map((d: { date: string }) => d.date)).toEqual(['2027-01-01']);
      expect(corrected.body.workdays).toEqual([]);
      expect((await dryPost(beijing('2026-12-28'))).endDate).toBe('2027-01-05');
      const audit = await db().query("SELECT actor_id AS \"actorId\" FROM audit_log WHERE action = 'calendar.year_confirmed' AND entity_id = '50:2027'");
      expect(audit).toEqual([{ actorId: admin.id }, { actorId: admin.id }]);
    });

    it('never seeds over a year an admin entered, and seeds nothing twice', async () => {
      const corrected = await admin.client.put('/api/v1/admin/calendar/2004', { holidays: ['2004-01-01'], workdays: [] });
      expect(corrected.body).toMatchObject({ source: 'admin', confirmedBy: admin.id });
      // As when the API and the worker start again, both at once.
      expect(await Promise.all([app.get(WorkingDayCalendar).seed(), worker.get(WorkingDayCalendar).seed()])).toEqual([[], []]);
      const after = await admin.client.get('/api/v1/admin/calendar/2004');
      expect(after.body).toMatchObject({ source: 'admin', holidays: [{ date: '2004-01-01', name: null }], workdays: [] });
      // A year missing from the database (e.g. a fresh region) is seeded from the package again.
      await db().query("DELETE FROM calendar_days WHERE region = '50' AND date BETWEEN '2005-01-01' AND '2005-12-31'");
      await db().query("DELETE FROM calendar_years WHERE region = '50' AND year = 2005");
      expect(await app.get(WorkingDayCalendar).seed()).toEqual([2005]);
      expect((await admin.client.get('/api/v1/admin/calendar/2005')).body).toMatchObject({ confirmed: true, source: 'seed:chinese-days@1.5.7' });
    });

    it('makes sure the years of today’s notices are confirmed (for runs in later years)', async () => {
      const year = Number(shanghaiDate(new Date()).slice(0, 4));
      for (const y of [year, year + 1]) {
        if (!(await admin.client.get(`/api/v1/admin/calendar/${y}`)).body.confirmed) await admin.client.put(`/api/v1/admin/calendar/${y}`, { holidays: [], workdays: [] });
      }
    });
  });

  describe('posting', () => {
    it('refuses to post a file twice at once', async () => {
      const { id } = await onNotice();
      const error = await db()
        .transaction((manager) => notices().post(manager, [{ applicationId: id }], new Date()))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'NOTICE_ALREADY_POSTED', status: 409 });
    });
  });

  describe('the public list', () => {
    it('shows name, employer, level, specialty, cycle and the period (with its length in working days) only, to anyone, page by page', async () => {
      const first = await onNotice();
      const second = await onNotice();
      const page1 = await api.get('/api/v1/public/notices?limit=1');
      expect(page1.status).toBe(200);
      expect(page1.body.items).toHaveLength(1);
      expect(Object.keys(page1.body.items[0]).sort()).toEqual(['cycleNameEn', 'cycleNameZh', 'employer', 'endDate', 'id', 'level', 'name', 'specialty', 'startDate', 'workingDays']);
      expect(page1.body.items[0]).toEqual({
        id: second.noticeId,
        name: '陈设计',
        employer: '重庆某工业设计有限公司',
        level: 'intermediate',
        specialty: 'product_design',
        cycleNameZh: cycle.nameZh,
        cycleNameEn: cycle.nameEn,
        startDate: second.posted.startDate,
        endDate: second.posted.endDate,
        workingDays: 5,
      });
      expect(page1.body.nextCursor).toEqual(expect.any(String));
      const page2 = await api.get(`/api/v1/public/notices?limit=1&cursor=${page1.body.nextCursor}`);
      expect(page2.body.items[0].id).toBe(first.noticeId);
      // Never an identity number, a contact detail or an internal id.
      const all = JSON.stringify((await api.get('/api/v1/public/notices?limit=100')).body);
      for (const secret of [residentIdFor(first.applicant.id), '13800138000', 'chen@example.com', first.id, first.applicant.id, first.referenceNumber]) expect(all).not.toContain(secret);
      expect((await api.get('/api/v1/public/notices?cursor=nonsense')).status).toBe(400);
    });
  });

  describe('objections', () => {
    it('takes a real-name objection during the period: confirmation then receipt to the objector, notice to admins, phone kept sealed and shown masked', async () => {
      const { id, noticeId, referenceNumber } = await onNotice();
      const body = objection({ phone: '139 1234 5678' });
      const res = await lodge(noticeId, body);
      expect(res.status).toBe(201);
      expect(res.body).toEqual({ reference: expect.stringMatching(/^YY-\d{4}-\d{4,}$/), receivedAt: expect.any(String), confirmEmailBy: expect.any(String) });
      const reference = res.body.reference as string;
      // With a phone the office can call back: open at once, and the admins are told.
      const adminMail = await smtp.waitFor(admin.email, 1, 15000, (m) => m.subject.includes(reference));
      expect(adminMail[0].subject).toContain(referenceNumber);

      // The address gets its confirmation link first; the receipt only once it is confirmed.
      const [confirmation] = await smtp.waitFor(body.email as string, 1);
      expect(confirmation.subject).not.toContain(reference);
      const confirmed = await confirmEmail(tokenFrom(confirmation));
      expect({ status: confirmed.status, body: confirmed.status === 200 ? 'ok' : confirmed.body }).toEqual({ status: 200, body: 'ok' });
      expect(confirmed.body).toEqual({ reference, receivedAt: res.body.receivedAt, confirmEmailBy: null });
      const [, receipt] = await smtp.waitFor(body.email as string, 2);
      expect(receipt.subject).toContain(reference);
      expect(receipt.text).toContain('陈设计');

      const [row] = await db().query('SELECT phone_sealed AS "phoneSealed", phone_masked AS "phoneMasked", status FROM objections WHERE reference = $1', [reference]);
      expect(row.phoneMasked).toBe('139****5678');
      expect(row.phoneSealed).not.toContain('13912345678');
      expect(row.status).toBe('open');
      const trail = JSON.stringify(await db().query("SELECT data FROM audit_log WHERE action = 'objection.lodged'"));
      expect(trail).not.toContain('13912345678');
      expect(trail).not.toContain(body.email);
      const outbox = JSON.stringify(await db().query("SELECT payload FROM outbox_events WHERE type LIKE 'objection.%'"));
      expect(outbox).not.toContain('13912345678');

      const listed = await admin.client.get('/api/v1/objections?status=open&limit=100');
      expect(listed.status).toBe(200);
      const mine = listed.body.items.find((o: { reference: string }) => o.reference === reference);
      expect(mine).toMatchObject({ applicationId: id, noticeId, referenceNumber, applicantName: '陈设计', objectorName: '王某某', phoneMasked: '139****5678', status: 'open', emailConfirmedAt: expect.any(String) });
      expect(JSON.stringify(listed.body)).not.toContain('13912345678');
      // The e-mail address masked like the phone (domain.md §10): first character and domain.
      const address = body.email as string;
      expect(mine.emailMasked).toBe(`${address[0]}***${address.slice(address.lastIndexOf('@'))}`);
      expect(JSON.stringify(listed.body)).not.toContain(address.slice(0, address.lastIndexOf('@')));
      const one = await admin.client.get(`/api/v1/objections/${mine.id}`);
      expect(one.body).toMatchObject({ reference, phoneMasked: '139****5678', emailMasked: mine.emailMasked });
      expect(JSON.stringify(one.body)).not.toContain('13912345678');
      expect(JSON.stringify(one.body)).not.toContain(address.slice(0, address.lastIndexOf('@')));
      // The full number only on explicit request, and audited.
      const contact = await admin.client.get(`/api/v1/objections/${mine.id}/contact`);
      expect(contact.body).toEqual({ objectionId: mine.id, email: body.email, phone: '13912345678' });
      expect(await db().query("SELECT actor_id AS \"actorId\" FROM audit_log WHERE action = 'objection.contact_viewed' AND entity_id = $1", [mine.id])).toEqual([{ actorId: admin.id }]);
      expect((await applicantOnly.client.get(`/api/v1/objections/${mine.id}/contact`)).status).toBe(403);
      expect((await admin.client.get(`/api/v1/objections/${randomUUID()}`)).status).toBe(404);
      expect((await admin.client.get('/api/v1/objections?status=nope')).status).toBe(400);
      expect((await applicantOnly.client.get('/api/v1/objections')).status).toBe(403);
      expect((await api.get('/api/v1/objections')).status).toBe(401);
    });

    it('mails an e-mail-only objector a neutral confirmation link and nothing else; confirmed, the receipt follows and the office is told', async () => {
      const { noticeId } = await onNotice();
      const body = objection({ name: 'Click http://evil.example', statement: 'You won a prize: claim it at http://evil.example/win today' });
      const email = body.email as string;
      const res = await lodge(noticeId, body);
      expect(res.status).toBe(201);
      const reference = res.body.reference as string;
      // The link works for 24 hours (from the API's clock; receivedAt is the database's).
      expect(Math.abs(new Date(res.body.confirmEmailBy).getTime() - new Date(res.body.receivedAt).getTime() - DAY)).toBeLessThan(5000);

      const [confirmation] = await smtp.waitFor(email, 1);
      // Nothing the objector typed, nothing about the file: only the portal's own words and link.
      expect(everything(confirmation)).not.toMatch(/evil\.example|Click|prize|陈设计/);
      expect(confirmation.text).toContain('/confirm-objection?token=');
      expect(confirmation.text.startsWith('Hello,\n')).toBe(true);

      // Until confirmed: no receipt, no admin told, not resolvable.
      const [{ id: objectionId }] = await db().query('SELECT id FROM objections WHERE reference = $1', [reference]);
      const events = () => db().query("SELECT type FROM outbox_events WHERE type IN ('objection.acknowledged', 'objection.received') AND payload->>'objectionReference' = $1 ORDER BY id", [reference]);
      expect(await events()).toEqual([]);
      expect((await admin.client.get(`/api/v1/objections/${objectionId}`)).body).toMatchObject({ status: 'unconfirmed', emailConfirmedAt: null });
      const early = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'dismissed', note: 'Too early.' });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('OBJECTION_UNCONFIRMED');
      expect(smtp.to(email)).toHaveLength(1);

      const token = tokenFrom(confirmation);
      expect((await confirmEmail(token)).status).toBe(200);
      const again = await confirmEmail(token);
      expect(again.status).toBe(400);
      expect(again.body).toMatchObject({ code: 'INVALID_TOKEN', details: [expect.objectContaining({ path: 'token' })] });
      expect((await confirmEmail('x'.repeat(43))).body.code).toBe('INVALID_TOKEN');

      const [, receipt] = await smtp.waitFor(email, 2);
      expect(receipt.subject).toContain(reference);
      await smtp.waitFor(admin.email, 1, 15000, (m) => m.subject.includes(reference));
      expect((await events()).map((e: { type: string }) => e.type).sort()).toEqual(['objection.acknowledged', 'objection.received']);
      expect((await admin.client.get(`/api/v1/objections/${objectionId}`)).body).toMatchObject({ status: 'open', emailConfirmedAt: expect.any(String) });
      expect(smtp.to(email)).toHaveLength(2);
    });

    it('takes a phone-only objection (no receipt), and refuses bad input naming the field', async () => {
      const { noticeId } = await onNotice();
      const phoneOnly = await lodge(noticeId, objection({ email: undefined, phone: '13700001111' }));
      expect(phoneOnly.status).toBe(201);
      expect(phoneOnly.body.confirmEmailBy).toBeNull();
      expect((await db().query("SELECT 1 FROM outbox_events WHERE type IN ('objection.acknowledged', 'objection.confirm_email') AND payload->>'objectionReference' = $1", [phoneOnly.body.reference])).length).toBe(0);

      const noContact = await lodge(noticeId, objection({ email: undefined }));
      expect(noContact.status).toBe(400);
      expect(noContact.body.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`)).toEqual(['email:CONTACT_REQUIRED', 'phone:CONTACT_REQUIRED']);
      const badEmail = await lodge(noticeId, objection({ email: 'not-an-address' }));
      expect(badEmail.status).toBe(400);
      expect(badEmail.body.details.map((d: { path: string }) => d.path)).toEqual(['email']);
      const badPhone = await lodge(noticeId, objection({ phone: 'call me' }));
      expect(badPhone.body.details.map((d: { path: string }) => d.path)).toEqual(['phone']);
      const short = await lodge(noticeId, objection({ statement: 'no', name: '' }));
      expect(short.status).toBe(400);
      expect(short.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['name', 'statement']);
      expect((await lodge(randomUUID(), objection())).status).toBe(404);
      expect((await lodge('not-a-uuid', objection())).status).toBe(400);
    });

    it('refuses an objection outside the notice period', async () => {
      const past = await onNotice(beijing('2026-02-12'));
      const res = await lodge(past.noticeId, objection());
      expect(res.status).toBe(409);
      expect(res.body).toMatchObject({ code: 'NOTICE_PERIOD_OVER', details: { startDate: '2026-02-12', endDate: '2026-02-26' } });
    });

    it(`limits lodging per client address (${OBJECTIONS_PER_IP} per window)`, async () => {
      const { noticeId } = await onNotice();
      const ip = freshIp();
      const statuses: number[] = [];
      for (let i = 0; i <= OBJECTIONS_PER_IP; i++) statuses.push((await lodge(noticeId, objection(), ip)).status);
      expect(statuses).toEqual([...Array<number>(OBJECTIONS_PER_IP).fill(201), 429]);
      const limited = await lodge(noticeId, objection(), ip);
      expect(limited.body.code).toBe('RATE_LIMITED');
      expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
      // Another address is not held back.
      expect((await lodge(noticeId, objection())).status).toBe(201);
    });
  });

  describe('resolving objections and closing notices', () => {
    it('keeps a notice with an open objection past its end; closes a clean one: awaiting the bureau’s confirmation (no title, no certificate yet), the applicant told', async () => {
      const held = await onNotice();
      const clean = await onNotice();
      const lodged = await lodge(held.noticeId, reachable());
      expect(lodged.status).toBe(201);

      // On the last day nothing closes.
      workerClock.set(beijing(clean.posted.endDate, '23:00'));
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, clean.id)).toBe('public_notice');

      // The day after: the clean one goes to the bureau (twice at once: once), the held one stays.
      workerClock.set(new Date(beijing(clean.posted.endDate, '00:30').getTime() + DAY));
      await Promise.all([worker.get(ScheduleRunner).runNow('close-notices'), worker.get(ScheduleRunner).runNow('close-notices')]);
      expect(await statusOf(app, clean.id)).toBe('awaiting_confirmation');
      expect(await noticeStatus(clean.noticeId)).toBe('closed');
      expect(await statusOf(app, held.id)).toBe('public_notice');
      expect(await noticeStatus(held.noticeId)).toBe('open');

      // The title is the bureau's to confirm: no certificate, no approval message.
      expect(await db().query('SELECT 1 FROM certificates WHERE application_id = $1', [clean.id])).toHaveLength(0);
      expect(await db().query("SELECT 1 FROM outbox_events WHERE type = 'application.approved' AND payload->>'applicationId' = $1", [clean.id])).toHaveLength(0);
      const events = await db().query("SELECT payload FROM outbox_events WHERE type = 'application.awaiting_confirmation' AND payload->>'applicationId' = $1", [clean.id]);
      expect(events).toHaveLength(1);
      expect(events[0].payload).toMatchObject({ referenceNumber: clean.referenceNumber, level: 'intermediate', specialty: 'product_design', noticeClosedOn: shanghaiDate(workerClock.now()) });
      const mail = await smtp.waitFor(clean.applicant.email, 1, 15000, (m) => m.text.includes(clean.referenceNumber) && /confirm|确认/.test(m.subject));
      expect(mail).toHaveLength(1);
      const history = await db().query("SELECT action FROM application_history WHERE application_id = $1 AND to_status = 'awaiting_confirmation'", [clean.id]);
      expect(history).toEqual([{ action: 'notice_closed' }]);
      // No longer on the public list; objections now refused.
      expect(JSON.stringify((await api.get('/api/v1/public/notices?limit=100')).body)).not.toContain(clean.noticeId);
      expect((await lodge(clean.noticeId, objection())).status).toBe(409);

      // Dismissed: the held notice closes at the next run.
      const [{ id: objectionId }] = await db().query('SELECT id FROM objections WHERE reference = $1', [lodged.body.reference]);
      const dismissed = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'dismissed', note: 'The project records confirm the lead role.' });
      expect(dismissed.status).toBe(200);
      expect(dismissed.body).toMatchObject({ status: 'dismissed', resolvedBy: admin.id, reReview: null });
      expect(await statusOf(app, held.id)).toBe('public_notice');
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, held.id)).toBe('awaiting_confirmation');
      const again = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'upheld', note: 'Changed my mind' });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('OBJECTION_ALREADY_RESOLVED');
    });

    it('closes the other notices of a run when one of them fails half-way, and writes nothing of that one', async () => {
      const stuck = await onNotice();
      const clean = await onNotice();
      // The stuck notice's own closing fails after its file has moved (a fault injected by a test-only trigger).
      await ownerQuery(db(), `CREATE FUNCTION test_refuse_closing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected fault'; END $$`);
      await ownerQuery(db(), `CREATE TRIGGER test_refuse_closing BEFORE UPDATE ON public_notices FOR EACH ROW WHEN (OLD.id = '${stuck.noticeId}') EXECUTE FUNCTION test_refuse_closing()`);
      try {
        workerClock.set(new Date(beijing(clean.posted.endDate, '00:30').getTime() + DAY));
        await worker.get(ScheduleRunner).runNow('close-notices');
        expect(await statusOf(app, clean.id)).toBe('awaiting_confirmation');
        expect(await noticeStatus(clean.noticeId)).toBe('closed');
        expect(await db().query("SELECT 1 FROM application_history WHERE application_id = $1 AND action = 'notice_closed'", [clean.id])).toHaveLength(1);
        expect(await db().query("SELECT 1 FROM outbox_events WHERE type = 'application.awaiting_confirmation' AND payload->>'applicationId' = $1", [clean.id])).toHaveLength(1);
        // The stuck one is as it was, for the next run: its file's move, history and event rolled back with it.
        expect(await statusOf(app, stuck.id)).toBe('public_notice');
        expect(await noticeStatus(stuck.noticeId)).toBe('open');
        expect(await db().query("SELECT 1 FROM application_history WHERE application_id = $1 AND action = 'notice_closed'", [stuck.id])).toHaveLength(0);
        expect(await db().query("SELECT 1 FROM outbox_events WHERE type = 'application.awaiting_confirmation' AND payload->>'applicationId' = $1", [stuck.id])).toHaveLength(0);
      } finally {
        await ownerQuery(db(), 'DROP TRIGGER test_refuse_closing ON public_notices');
        await ownerQuery(db(), 'DROP FUNCTION test_refuse_closing()');
      }
      // The next run closes it.
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, stuck.id)).toBe('awaiting_confirmation');
      expect(await noticeStatus(stuck.noticeId)).toBe('closed');
    });

    it('lets an unconfirmed objection hold its notice only while its link can still be confirmed', async () => {
      const file = await onNotice();
      const body = objection();
      const lodged = await lodge(file.noticeId, body);
      expect(lodged.status).toBe(201);
      // As if lodged on the evening of the last day: the link works until an hour after the first closing run.
      const firstRun = new Date(beijing(file.posted.endDate, '00:30').getTime() + DAY);
      await db().query('UPDATE objections SET confirm_expires_at = $2 WHERE reference = $1', [lodged.body.reference, new Date(firstRun.getTime() + 3600 * 1000)]);
      workerClock.set(firstRun);
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, file.id)).toBe('public_notice');
      // Never confirmed: once the link has expired it holds nothing.
      workerClock.set(new Date(firstRun.getTime() + 2 * 3600 * 1000));
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, file.id)).toBe('awaiting_confirmation');
      // And an expired link confirms nothing.
      await db().query("UPDATE objections SET confirm_expires_at = now() - interval '1 second' WHERE reference = $1", [lodged.body.reference]);
      const [mail] = await smtp.waitFor(body.email as string, 1);
      expect((await confirmEmail(tokenFrom(mail))).body.code).toBe('INVALID_TOKEN');
      expect((await db().query('SELECT status FROM objections WHERE reference = $1', [lodged.body.reference]))[0].status).toBe('unconfirmed');
    });

    it('upheld: rejects the file with the reason (stage public notice), takes it off the notice; only admins resolve', async () => {
      const file = await onNotice();
      const lodged = await lodge(file.noticeId, reachable());
      const [{ id: objectionId }] = await db().query('SELECT id FROM objections WHERE reference = $1', [lodged.body.reference]);
      const bad = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'maybe', note: '' });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { path: string }) => d.path).sort()).toEqual(['note', 'outcome']);
      expect((await file.applicant.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'dismissed', note: 'mine' })).status).toBe(403);
      expect((await api.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'dismissed', note: 'x' })).status).toBe(401);
      expect((await admin.client.post(`/api/v1/objections/${randomUUID()}/resolve`, { outcome: 'dismissed', note: 'x' })).status).toBe(404);

      const upheld = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'upheld', note: 'The lead role was misstated.' });
      expect(upheld.status).toBe(200);
      expect(upheld.body).toMatchObject({ status: 'upheld', reReview: false, resolutionNote: 'The lead role was misstated.' });
      const [app1] = await db().query('SELECT status, status_reason AS "statusReason" FROM applications WHERE id = $1', [file.id]);
      expect(app1).toEqual({ status: 'rejected', statusReason: 'The lead role was misstated.' });
      expect(await noticeStatus(file.noticeId)).toBe('withdrawn');
      const [event] = await db().query("SELECT payload FROM outbox_events WHERE type = 'application.rejected' AND payload->>'applicationId' = $1", [file.id]);
      expect(event.payload).toMatchObject({ stage: 'public_notice', reason: 'The lead role was misstated.', referenceNumber: file.referenceNumber });
      await smtp.waitFor(file.applicant.email, 1, 15000, (m) => m.text.includes('The lead role was misstated.'));
      expect(JSON.stringify((await api.get('/api/v1/public/notices?limit=100')).body)).not.toContain(file.noticeId);
      // The scheduler never approves it.
      workerClock.set(new Date(Date.now() + 60 * DAY));
      await worker.get(ScheduleRunner).runNow('close-notices');
      expect(await statusOf(app, file.id)).toBe('rejected');
    });

    it('applies one of three resolutions sent at once, never two', async () => {
      const file = await onNotice();
      const lodged = await lodge(file.noticeId, reachable());
      const [{ id: objectionId }] = await db().query('SELECT id FROM objections WHERE reference = $1', [lodged.body.reference]);
      const results = await Promise.all([
        admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'upheld', note: 'Upheld at once.' }),
        admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'dismissed', note: 'Dismissed at once.' }),
        admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'upheld', note: 'Re-review at once.', reReview: true }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
      const winner = results.find((r) => r.status === 200)!.body as { status: string; reReview: boolean | null };
      const expected = winner.status === 'dismissed' ? 'public_notice' : winner.reReview ? 'in_review' : 'rejected';
      expect(await statusOf(app, file.id)).toBe(expected);
      const histories = await db().query("SELECT count(*)::int AS n FROM application_history WHERE application_id = $1 AND from_status = 'public_notice'", [file.id]);
      expect(histories[0].n).toBe(winner.status === 'dismissed' ? 0 : 1);
    });

    it('upheld with re-review: back in expert review, the old panel closed and the aggregate cleared, a full new panel takes it to reviewed', async () => {
      const oldPanel: TestUser[] = [];
      for (let i = 0; i < 3; i++) {
        const reviewer = await makeReviewer(app, api);
        await makeReviewerProfile(app, reviewer.id, { employerName: `天津第${i + 1}设计研究院有限公司`, employerCreditCode: null });
        oldPanel.push(reviewer);
      }
      const file = await onNotice(new Date(), {
        beforeReviewed: async (id) => {
          const assigned = await admin.client.post(`/api/v1/applications/${id}/assignments`, { reviewerIds: oldPanel.map((r) => r.id) });
          expect(assigned.status).toBe(201);
        },
      });
      // The old panel's aggregate, as complete_review would have left it.
      await db().query(
        "INSERT INTO review_outcomes (application_id, aggregate, spread, spread_flag, review_count, rubric_version, computed_at) VALUES ($1, '80.00', '5.00', false, 3, 'default-2026', now())",
        [file.id],
      );
      // ... and its copy on the file (the admin list sorts by it).
      await db().query("UPDATE applications SET review_score = '80.00' WHERE id = $1", [file.id]);
      const oldReviews = await oldPanel[0].client.get('/api/v1/reviews');
      const oldReviewId = oldReviews.body.items[0].id as string;

      const lodged = await lodge(file.noticeId, reachable());
      const [{ id: objectionId }] = await db().query('SELECT id FROM objections WHERE reference = $1', [lodged.body.reference]);
      const upheld = await admin.client.post(`/api/v1/objections/${objectionId}/resolve`, { outcome: 'upheld', note: 'The scores relied on a misstated project.', reReview: true });
      expect(upheld.status).toBe(200);
      expect(upheld.body).toMatchObject({ status: 'upheld', reReview: true });
      expect(await statusOf(app, file.id)).toBe('in_review');
      expect(await noticeStatus(file.noticeId)).toBe('withdrawn');
      const rows = await db().query('SELECT status FROM review_assignments WHERE application_id = $1', [file.id]);
      expect(rows.map((r: { status: string }) => r.status)).toEqual(['superseded', 'superseded', 'superseded']);
      expect(await db().query('SELECT 1 FROM review_outcomes WHERE application_id = $1', [file.id])).toEqual([]);
      expect(await db().query('SELECT review_score FROM applications WHERE id = $1', [file.id])).toEqual([{ review_score: null }]);
      const history = await db().query('SELECT action, reason FROM application_history WHERE application_id = $1 ORDER BY id DESC LIMIT 1', [file.id]);
      expect(history).toEqual([{ action: 'objection_upheld_rereview', reason: 'The scores relied on a misstated project.' }]);

      // The old reviewers no longer see or score the file.
      expect((await oldPanel[0].client.get(`/api/v1/applications/${file.id}`)).status).toBe(404);
      const save = await oldPanel[0].client.put(`/api/v1/reviews/${oldReviewId}`, { comment: 'again' });
      expect(save.status).toBe(409);

      // A new panel of three, each scoring: the file is reviewed again.
      const newPanel: TestUser[] = [];
      for (let i = 0; i < 3; i++) {
        const reviewer = await makeReviewer(app, api);
        await makeReviewerProfile(app, reviewer.id, { employerName: `上海第${i + 1}设计研究院有限公司`, employerCreditCode: null });
        newPanel.push(reviewer);
      }
      const assigned = await admin.client.post(`/api/v1/applications/${file.id}/assignments`, { reviewerIds: newPanel.map((r) => r.id) });
      expect(assigned.status).toBe(201);
      for (const [i, reviewer] of newPanel.entries()) {
        const reviewId = (await reviewer.client.get('/api/v1/reviews')).body.items[0].id as string;
        const saved = await reviewer.client.put(`/api/v1/reviews/${reviewId}`, { scores: PANEL_SCORES[i], comment: 'Reviewed again.', recommendation: 'pass' });
        expect({ status: saved.status, body: saved.status === 200 ? 'ok' : saved.body }).toEqual({ status: 200, body: 'ok' });
        expect((await reviewer.client.post(`/api/v1/reviews/${reviewId}/submit`)).status).toBe(200);
        expect(await statusOf(app, file.id)).toBe(i < 2 ? 'in_review' : 'reviewed');
      }
      const [outcome] = await db().query('SELECT aggregate, review_count AS "reviewCount" FROM review_outcomes WHERE application_id = $1', [file.id]);
      expect(outcome).toEqual({ aggregate: '80.92', reviewCount: 3 });
    });
  });
});
