import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomBytes, randomUUID } from 'crypto';
import { shanghaiDate } from '@app/common';
import { Cycle } from '@app/applications';
import { UnitRecommendationService } from '@app/organisations';
import {
  addEvidenceRows,
  ApiClient,
  associationId,
  completeFormData,
  confirmCalendarYears,
  ensureSampleUnit,
  makeApplicant,
  makeOpenCycle,
  makeUnitOfficer,
  pastPostingAcrossHoliday,
  unregisteredCreditCode,
  TestUser,
  tinyPdf,
  usePortal,
  yearsFromToday,
} from '@app/testing';

const CONCURRENT = 20;
const DAY = 24 * 3600 * 1000;

describe('the recommending unit: organisations, the internal posting and the recommendation (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let cycle: Cycle;
  let employerUnit: string;
  let employerOfficer: TestUser;
  let associationOfficer: TestUser;
  let today: string;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app);
    employerUnit = await ensureSampleUnit(app);
    employerOfficer = await makeUnitOfficer(app, api, employerUnit, { locale: 'zh-CN' });
    associationOfficer = await makeUnitOfficer(app, api, await associationId(app), { locale: 'en' });
    today = shanghaiDate(new Date());
    // A posting started today may end next year; the seed stops at 2026.
    await confirmCalendarYears(admin.client, yearsFromToday());
  });

  /** A complete draft with its evidence, the employer as given, submitted by a new designer (the answer of the submission). */
  async function submitted(employer: { regionCode?: string; creditCode?: string; type?: string } = {}) {
    const user = await makeApplicant(app, api);
    const draft = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
    const data = completeFormData('intermediate', { regionCode: employer.regionCode, applicant: user.id }) as { employer: Record<string, unknown> };
    if (employer.creditCode) data.employer.creditCode = employer.creditCode;
    if (employer.type) data.employer.type = employer.type;
    const saved = await user.client.patch(`/api/v1/applications/${draft.body.id}`, { version: draft.body.version, data });
    expect(saved.status).toBe(200);
    const eligibility = await user.client.get(`/api/v1/applications/${draft.body.id}/eligibility`);
    const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array<string>(r.minCount).fill(r.kind));
    await addEvidenceRows(app, draft.body.id, user.id, kinds);
    const res = await user.client.post(`/api/v1/applications/${draft.body.id}/submit`, { declarationAccepted: true });
    return { user, id: draft.body.id as string, res };
  }

  async function withUnit(employer: { regionCode?: string; creditCode?: string; type?: string } = {}) {
    const file = await submitted(employer);
    expect(file.res.status).toBe(200);
    expect(file.res.body.status).toBe('with_unit');
    return file;
  }

  async function events(type: string, applicationId: string): Promise<{ recipients: { userId: string }[]; payload: Record<string, unknown> }[]> {
    return portal.db().query('SELECT recipients, payload FROM outbox_events WHERE type = $1 AND payload->>$2 = $3 ORDER BY id', [type, 'applicationId', applicationId]);
  }

  describe('organisations and their people (admin)', () => {
    it('seeds the partner association, the office and the bureau of the host province', async () => {
      for (const [kind, name] of [
        ['association', '中国工业设计协会'],
        ['office', '重庆市工业设计专业职称评审办公室'],
        ['bureau', '重庆市人力资源和社会保障局'],
      ]) {
        const page = await admin.client.get(`/api/v1/admin/organisations?kind=${kind}`);
        expect(page.status).toBe(200);
        expect(page.body.items).toEqual([expect.objectContaining({ kind, nameZh: name, province: '50' })]);
      }
      const again = await admin.client.post('/api/v1/admin/organisations', { kind: 'bureau', nameZh: '另一个局' });
      expect(again.status).toBe(409);
      expect(again.body.details[0]).toMatchObject({ path: 'kind', code: 'ORGANISATION_EXISTS' });
    });

    it('registers employers by a valid, unique credit code and sub-centres by a district of the host province, naming bad fields', async () => {
      const code = unregisteredCreditCode();
      const created = await admin.client.post('/api/v1/admin/organisations', { kind: 'employer', nameZh: '某设计工作室', creditCode: code.toLowerCase() });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ kind: 'employer', creditCode: code, nameEn: '某设计工作室', province: '50' });
      const duplicate = await admin.client.post('/api/v1/admin/organisations', { kind: 'employer', nameZh: '另一家', creditCode: code });
      expect(duplicate.status).toBe(409);
      expect(duplicate.body.details[0]).toMatchObject({ path: 'creditCode', code: 'ORGANISATION_EXISTS', data: { existingId: created.body.id } });

      const bad = await admin.client.post('/api/v1/admin/organisations', { kind: 'employer', nameZh: '坏代码', creditCode: `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`, regionCode: '500103' });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { path: string; code: string }) => `${d.path}:${d.code}`).sort()).toEqual(['creditCode:CREDIT_CODE_CHECKSUM', 'regionCode:NOT_ALLOWED']);
      const outside = await admin.client.post('/api/v1/admin/organisations', { kind: 'sub_centre', nameZh: '外省分中心', regionCode: '440305' });
      expect(outside.body.details[0]).toMatchObject({ path: 'regionCode', code: 'REGION_OUTSIDE_HOST_PROVINCE' });
      // Well-formed codes of the host province that are no district or county of its list.
      for (const regionCode of ['500199', '500100', '500000']) {
        const unknown = await admin.client.post('/api/v1/admin/organisations', { kind: 'sub_centre', nameZh: '不存在的分中心', regionCode });
        expect(unknown.status).toBe(400);
        expect(unknown.body.details[0]).toMatchObject({ path: 'regionCode', code: 'REGION_CODE_INVALID' });
      }

      const notAdmin = await employerOfficer.client.post('/api/v1/admin/organisations', { kind: 'employer', nameZh: 'x', creditCode: unregisteredCreditCode() });
      expect(notAdmin.status).toBe(403);
    });

    it('lists organisations oldest first with a keyset cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string; createdAt: string }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/admin/organisations?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.body.items.map((o) => o.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toContain(employerUnit);
      expect((await admin.client.get('/api/v1/admin/organisations?cursor=bm9wZQ')).status).toBe(400);
    });

    it('invites an officer for a unit through the invitation flow, bound to the unit; never for the office', async () => {
      const email = `officer.${randomBytes(3).toString('hex')}@example.com`;
      const res = await admin.client.post(`/api/v1/admin/organisations/${employerUnit}/officers`, { email, fullName: '王经办', locale: 'zh-CN' });
      expect(res.status).toBe(201);
      expect(res.body.user).toMatchObject({ email, roles: ['unit_officer'] });
      expect(res.body.organisation.id).toBe(employerUnit);
      const [member] = await portal.db().query('SELECT role FROM organisation_members WHERE user_id = $1 AND organisation_id = $2', [res.body.user.id, employerUnit]);
      expect(member.role).toBe('unit_officer');
      const [invitation] = await portal.db().query("SELECT payload FROM outbox_events WHERE type = 'account.invitation' AND recipients @> $1::jsonb", [JSON.stringify([{ userId: res.body.user.id }])]);
      expect(invitation.payload.role).toBe('unit_officer');
      const [audit] = await portal.db().query("SELECT data FROM audit_log WHERE action = 'user.invited' AND entity_id = $1", [res.body.user.id]);
      expect(audit.data.organisationId).toBe(employerUnit);

      // The admin's list shows the unit with its officers, the invited one not yet verified.
      const units: { id: string; officers: unknown[] }[] = [];
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: { body: { items: { id: string; officers: unknown[] }[]; nextCursor: string | null } } = await admin.client.get(`/api/v1/admin/organisations?kind=employer&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        units.push(...page.body.items);
        cursor = page.body.nextCursor;
      }
      expect(units.find((o) => o.id === employerUnit)?.officers).toContainEqual({ userId: res.body.user.id, role: 'unit_officer', fullName: '王经办', email, status: 'active', emailVerified: false });
      expect(units.find((o) => o.id === employerUnit)?.officers).toContainEqual(expect.objectContaining({ userId: employerOfficer.id, role: 'unit_officer' }));

      expect((await admin.client.post(`/api/v1/admin/organisations/${employerUnit}/officers`, { email, fullName: '又一次' })).status).toBe(409);
      // The bureau's officers are invited for the bureau (authority_officer: bureau-confirmation.e2e-spec.ts); the office has none.
      const office = (await admin.client.get('/api/v1/admin/organisations?kind=office')).body.items[0].id;
      const refused = await admin.client.post(`/api/v1/admin/organisations/${office}/officers`, { email: `x.${email}`, fullName: '办' });
      expect(refused.status).toBe(422);
      expect(refused.body.code).toBe('ORGANISATION_NOT_A_UNIT');
    });
  });

  describe('a file names its recommending unit at submission', () => {
    it('goes to the designer’s registered employer; its officers are told, in their language', async () => {
      const { id, res } = await withUnit();
      expect(res.body.recommendingUnitId).toBe(employerUnit);
      const [received] = await events('unit.file_received', id);
      expect(received.recipients).toContainEqual({ userId: employerOfficer.id });
      expect(received.recipients).not.toContainEqual({ userId: associationOfficer.id });
      expect(received.payload).toMatchObject({ 'unitName@zh-CN': '重庆某工业设计有限公司', referenceNumber: res.body.referenceNumber });
    });

    it('goes to the sub-centre of the designer’s district when the employer is not registered (a freelance designer)', async () => {
      const subCentre = await admin.client.post('/api/v1/admin/organisations', { kind: 'sub_centre', nameZh: '沙坪坝区工业设计服务分中心', nameEn: 'Shapingba Design Service Sub-centre', regionCode: '500106' });
      expect(subCentre.status).toBe(201);
      const { res } = await withUnit({ regionCode: '500106', creditCode: unregisteredCreditCode(), type: 'other' });
      expect(res.body.recommendingUnitId).toBe(subCentre.body.id);
    });

    it('refuses the submission, naming the missing unit, when neither the employer nor the district’s sub-centre is registered', async () => {
      const code = unregisteredCreditCode();
      const { id, user, res } = await submitted({ regionCode: '500107', creditCode: code, type: 'other' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SUBMISSION_REFUSED');
      expect(res.body.details).toEqual([
        expect.objectContaining({ code: 'RECOMMENDING_UNIT_MISSING', path: '/employer/regionCode', data: { kind: 'sub_centre', employerCreditCode: code, regionCode: '500107' } }),
      ]);
      expect((await user.client.get(`/api/v1/applications/${id}`)).body.status).toBe('draft');
    });

    it('refuses a host-province region that is no listed district or county, on the field, and asks a freelance designer for the district rather than the province', async () => {
      const user = await makeApplicant(app, api);
      const draft = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
      const saved = await user.client.patch(`/api/v1/applications/${draft.body.id}`, { version: draft.body.version, data: { employer: { regionCode: '500199' } } });
      expect(saved.status).toBe(400);
      expect(saved.body.details).toEqual([expect.objectContaining({ path: '/employer/regionCode', code: 'REGION_CODE_UNKNOWN' })]);

      const code = unregisteredCreditCode();
      const { id, user: designer, res } = await submitted({ regionCode: '500000', creditCode: code, type: 'other' });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([
        expect.objectContaining({ code: 'RECOMMENDING_UNIT_MISSING', path: '/employer/regionCode', data: { kind: 'sub_centre', employerCreditCode: code, regionCode: '500000', districtRequired: true } }),
      ]);
      expect(res.body.details[0].message).toContain('choose the district or county');
      expect((await designer.client.get(`/api/v1/applications/${id}`)).body.status).toBe('draft');
      // The whole province is still fine when the employer is registered.
      const local = await withUnit({ regionCode: '500000' });
      expect(local.res.body.recommendingUnitId).toBe(employerUnit);
    });

    it('sends a cross-provincial file to the partner association', async () => {
      const { res } = await withUnit({ regionCode: '440305' });
      expect(res.body.crossProvincial).toBe(true);
      expect(res.body.recommendingUnitId).toBe(await associationId(app));
    });
  });

  describe('the unit’s stage', () => {
    it('takes a local file through a posting across a public holiday to the office, which sees the recommendation', async () => {
      const { id, user, res } = await withUnit();
      const queue = await employerOfficer.client.get('/api/v1/unit/files?limit=100');
      expect(queue.status).toBe(200);
      expect(queue.body.items.map((f: { applicationId: string }) => f.applicationId)).toContain(id);

      const view = await employerOfficer.client.get(`/api/v1/unit/files/${id}`);
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ applicationId: id, status: 'with_unit', referenceNumber: res.body.referenceNumber, recommendation: { unit: { id: employerUnit }, posting: null } });
      expect(JSON.stringify(view.body)).not.toContain('500103198805124713');
      expect(view.body.data.identity).toEqual({ fullName: '陈设计' });

      const { startDate, weekdaysEnd, endDate } = await pastPostingAcrossHoliday(admin.client, today);
      const posting = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate });
      expect(posting.status).toBe(200);
      // The holiday is not a working day: the posting ends later than five weekdays would.
      expect(posting.body.posting.endDate).toBe(endDate);
      expect(endDate > weekdaysEnd).toBe(true);
      expect(posting.body.posting).toMatchObject({ startDate, workingDays: 5, outcome: null });
      const tooShort = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, endDate: weekdaysEnd });
      expect(tooShort.status).toBe(400);
      expect(tooShort.body.details[0]).toMatchObject({ path: 'endDate', code: 'POSTING_TOO_SHORT', data: { minimumEndDate: posting.body.posting.endDate } });

      const noOutcome = await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {});
      expect(noOutcome.status).toBe(422);
      expect(noOutcome.body.code).toBe('POSTING_OUTCOME_REQUIRED');
      const vague = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'objections_handled' });
      expect(vague.body.details[0]).toMatchObject({ path: 'objectionsHandling', code: 'OBJECTIONS_HANDLING_REQUIRED' });
      const outcome = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'objections_handled', objectionsHandling: '一名同事对项目角色提出疑问，经核对项目档案属实，已答复。' });
      expect(outcome.status).toBe(200);

      const recommended = await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, { note: '情况属实，同意推荐' });
      expect(recommended.status).toBe(200);
      expect(recommended.body.status).toBe('submitted');
      expect(recommended.body.recommendation.decision).toMatchObject({ decision: 'recommended', note: '情况属实，同意推荐' });
      const designerView = await user.client.get(`/api/v1/applications/${id}`);
      expect(designerView.body).toMatchObject({ status: 'submitted', recommendingUnitId: employerUnit });
      expect(designerView.body.recommendedAt).not.toBeNull();
      const [message] = await events('application.recommended', id);
      expect(message.recipients).toEqual([{ userId: user.id }]);
      expect(message.payload).toMatchObject({ postingStartDate: startDate, postingEndDate: posting.body.posting.endDate });

      const history = await user.client.get(`/api/v1/applications/${id}/history`);
      expect(history.body.items ?? history.body).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'recommended', fromStatus: 'with_unit', toStatus: 'submitted', actorRole: 'unit' })]));

      const office = await admin.client.get('/api/v1/admin/qualification?limit=100');
      const item = office.body.items.find((i: { id: string }) => i.id === id);
      expect(item.recommendation).toMatchObject({
        unit: { id: employerUnit, kind: 'employer' },
        posting: { startDate, endDate: posting.body.posting.endDate, outcome: 'objections_handled' },
        decision: { decision: 'recommended' },
      });
      const sub = await admin.client.get(`/api/v1/applications/${id}/recommendation`);
      expect(sub.status).toBe(200);
      expect(sub.body.posting.objectionsHandling).toContain('项目档案');
      // No longer with the unit: out of its queue, no second decision.
      expect((await employerOfficer.client.get('/api/v1/unit/files?limit=100')).body.items.map((f: { applicationId: string }) => f.applicationId)).not.toContain(id);
      expect((await employerOfficer.client.post(`/api/v1/unit/files/${id}/decline`, { reason: 'x' })).status).toBe(409);
    });

    it('lets the association recommend a cross-provincial file, which then needs no entrustment confirmation at qualification', async () => {
      const { id } = await withUnit({ regionCode: '440305' });
      const { startDate } = await pastPostingAcrossHoliday(admin.client, today);
      expect((await associationOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'no_objection' })).status).toBe(200);
      expect((await associationOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {})).status).toBe(200);
      const item = (await admin.client.get('/api/v1/admin/qualification?limit=100')).body.items.find((i: { id: string }) => i.id === id);
      expect(item.confirmations).toEqual({ exceptional: false, entrustment: false });
      const accepted = await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' });
      expect(accepted.status).toBe(200);
      expect(accepted.body.status).toBe('in_review');
    });

    it('refuses an early recommendation with the date the posting ends, and an outcome before it', async () => {
      const { id } = await withUnit();
      const none = await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {});
      expect(none.status).toBe(422);
      expect(none.body.details[0]).toMatchObject({ path: 'posting', code: 'POSTING_REQUIRED' });
      const posting = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate: today });
      expect(posting.status).toBe(200);
      const endDate = posting.body.posting.endDate as string;
      expect(endDate > today).toBe(true);
      const early = await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {});
      expect(early.status).toBe(422);
      expect(early.body.code).toBe('POSTING_NOT_ENDED');
      expect(early.body.message).toContain(endDate);
      expect(early.body.details[0]).toMatchObject({ path: 'posting.endDate', code: 'POSTING_NOT_ENDED', data: { postingEndDate: endDate } });
      const outcome = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate: today, outcome: 'no_objection' });
      expect(outcome.status).toBe(422);
      expect(outcome.body.details[0]).toMatchObject({ path: 'outcome', code: 'POSTING_NOT_ENDED', data: { postingEndDate: endDate } });
      expect((await employerOfficer.client.get(`/api/v1/unit/files/${id}`)).body.status).toBe('with_unit');
    });

    it('refuses a posting that would end in a year nobody confirmed, naming the year', async () => {
      const { id } = await withUnit();
      const res = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate: '2031-03-02' });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('CALENDAR_YEAR_UNCONFIRMED');
      expect(res.body.details[0]).toMatchObject({ path: 'startDate', code: 'CALENDAR_YEAR_UNCONFIRMED', data: { year: 2031 } });
      const bad = await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate: '2026-02-30' });
      expect(bad.status).toBe(400);
      expect(bad.body.details[0]).toMatchObject({ path: 'startDate', code: 'INVALID_DATE' });
    });

    it('returns a file to the designer; the resubmission goes back to the unit, and one the office returned goes back to the office', async () => {
      const { id, user } = await withUnit();
      const noReason = await employerOfficer.client.post(`/api/v1/unit/files/${id}/return`, { reason: '  ' });
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0]).toMatchObject({ path: 'reason', code: 'REASON_REQUIRED' });
      const deadline = new Date(Date.now() + 5 * DAY).toISOString();
      const returned = await employerOfficer.client.post(`/api/v1/unit/files/${id}/return`, { reason: '工作经历与人事档案不符', correctionDeadline: deadline });
      expect(returned.status).toBe(200);
      expect(returned.body).toMatchObject({ status: 'returned', statusReason: '工作经历与人事档案不符', correctionDeadline: deadline });
      const mine = await user.client.get(`/api/v1/applications/${id}`);
      expect(mine.body).toMatchObject({ status: 'returned', returnedBy: 'unit' });
      // The timeline expects the resubmission to the unit by the deadline, then the unit's recommendation.
      const timeline = await user.client.get(`/api/v1/applications/${id}/timeline`);
      expect(timeline.body.ahead.slice(0, 2).map((s: { action: string; status: string }) => [s.action, s.status])).toEqual([
        ['resubmit_to_unit', 'with_unit'],
        ['unit_recommend', 'submitted'],
      ]);
      expect(timeline.body.passed.at(-1)).toMatchObject({ action: 'returned_by_unit', actorRole: 'unit', reason: '工作经历与人事档案不符' });
      const [message] = await events('application.returned_by_unit', id);
      expect(message.recipients).toEqual([{ userId: user.id }]);
      expect(message.payload).toMatchObject({ reason: '工作经历与人事档案不符', 'unitName@en': 'Chongqing Example Industrial Design Co., Ltd.' });

      const resubmitted = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(resubmitted.status).toBe(200);
      expect(resubmitted.body).toMatchObject({ status: 'with_unit', returnedBy: null, recommendingUnitId: employerUnit });
      expect((await events('unit.file_received', id)).length).toBe(2);

      // Now through the unit to the office, which returns it: the resubmission goes straight back to the office.
      const { startDate } = await pastPostingAcrossHoliday(admin.client, today);
      await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'no_objection' });
      expect((await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {})).status).toBe(200);
      const officeReturn = await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'return', reason: '继续教育证明缺页' });
      expect(officeReturn.body).toMatchObject({ status: 'returned', returnedBy: 'office' });
      const again = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(again.status).toBe(200);
      expect(again.body.status).toBe('submitted');
      const actions = (await user.client.get(`/api/v1/applications/${id}/history`)).body;
      expect((actions.items ?? actions).map((h: { action: string }) => h.action)).toEqual(
        expect.arrayContaining(['submitted', 'returned_by_unit', 'resubmitted_to_unit', 'recommended', 'returned', 'resubmitted']),
      );
    });

    it('declines a file with a reason: rejected at the unit’s stage, the designer told with the appeal window', async () => {
      const { id, user } = await withUnit();
      expect((await employerOfficer.client.post(`/api/v1/unit/files/${id}/decline`, {})).status).toBe(400);
      const declined = await employerOfficer.client.post(`/api/v1/unit/files/${id}/decline`, { reason: '申报人已于2025年离职' });
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ status: 'rejected', statusReason: '申报人已于2025年离职' });
      const [message] = await events('application.rejected', id);
      expect(message.recipients).toEqual([{ userId: user.id }]);
      expect(message.payload).toMatchObject({ stage: 'unit_recommendation', reason: '申报人已于2025年离职' });
    });

    it('lets the designer withdraw a file while it is with the unit', async () => {
      const { id, user } = await withUnit();
      const res = await user.client.post(`/api/v1/applications/${id}/withdraw`, { reason: '改到明年申报' });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('withdrawn');
    });

    it('lets the unit’s officers download the evidence of its files, read-only and audited, identity documents apart; 404 to other units’, 403 to designers', async () => {
      const user = await makeApplicant(app, api);
      const draft = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: cycle.specialties[0] });
      expect((await user.client.patch(`/api/v1/applications/${draft.body.id}`, { version: draft.body.version, data: completeFormData('intermediate', { applicant: user.id }) })).status).toBe(200);
      const eligibility = await user.client.get(`/api/v1/applications/${draft.body.id}/eligibility`);
      const kinds = [...new Set([...(eligibility.body.evidence.required as { kind: string }[]).map((r) => r.kind), 'identity_document'])];
      const uploaded = new Map<string, { id: string; bytes: Buffer }>();
      for (const kind of kinds) {
        const bytes = tinyPdf(`${kind} of the unit's file`);
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', new Blob([bytes], { type: 'application/pdf' }), `${kind}.pdf`);
        const res = await user.client.post(`/api/v1/applications/${draft.body.id}/attachments`, form);
        expect({ kind, status: res.status }).toEqual({ kind, status: 201 });
        uploaded.set(kind, { id: res.body.id, bytes });
      }
      const id = draft.body.id as string;
      expect((await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true })).body.status).toBe('with_unit');

      const list = await employerOfficer.client.get(`/api/v1/unit/files/${id}/attachments`);
      expect(list.status).toBe(200);
      expect((list.body.items as { kind: string }[]).map((a) => a.kind).sort()).toEqual(kinds.filter((k) => k !== 'identity_document').sort());
      const [kind, { id: attachmentId, bytes }] = [...uploaded.entries()].find(([k]) => k !== 'identity_document')!;
      const download = (who: TestUser, attachment: string) => fetch(`${api.baseUrl}/api/v1/unit/files/${id}/attachments/${attachment}`, { headers: { authorization: `Bearer ${who.client.token}` } });
      const res = await download(employerOfficer, attachmentId);
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      const audit = await portal.db().query("SELECT actor_id AS \"actorId\", data FROM audit_log WHERE action = 'attachment.downloaded' AND entity_id = $1", [id]);
      expect(audit).toEqual([{ actorId: employerOfficer.id, data: expect.objectContaining({ attachmentId, kind }) }]);
      // The identity document is not the unit's to see.
      expect((await download(employerOfficer, uploaded.get('identity_document')!.id)).status).toBe(404);

      // Read-only: no upload or deletion through the applicant's routes either.
      expect((await employerOfficer.client.delete(`/api/v1/applications/${id}/attachments/${attachmentId}`)).status).toBe(404);
      // Another unit's officer: 404, and nothing recorded; a designer: 403.
      expect((await associationOfficer.client.get(`/api/v1/unit/files/${id}/attachments`)).status).toBe(404);
      expect((await download(associationOfficer, attachmentId)).status).toBe(404);
      expect((await download(user, attachmentId)).status).toBe(403);
      expect((await employerOfficer.client.get(`/api/v1/unit/files/${randomUUID()}/attachments`)).status).toBe(404);
      expect(await portal.db().query("SELECT 1 FROM audit_log WHERE action = 'attachment.downloaded' AND entity_id = $1", [id])).toHaveLength(1);

      // Still the unit's file once it has moved on to the office.
      const { startDate } = await pastPostingAcrossHoliday(admin.client, today);
      await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'no_objection' });
      expect((await employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {})).status).toBe(200);
      expect((await download(employerOfficer, attachmentId)).status).toBe(200);
    });

    it('answers 404 to an officer of another unit, to the designer and to an officer acting on their own file; 403 to a designer on the unit routes', async () => {
      const { id, user } = await withUnit();
      for (const [method, path, body] of [
        ['get', `/api/v1/unit/files/${id}`, undefined],
        ['put', `/api/v1/unit/files/${id}/posting`, { startDate: today }],
        ['post', `/api/v1/unit/files/${id}/return`, { reason: 'x' }],
        ['post', `/api/v1/unit/files/${id}/recommend`, {}],
        ['post', `/api/v1/unit/files/${id}/decline`, { reason: 'x' }],
        ['get', `/api/v1/applications/${id}/recommendation`, undefined],
      ] as const) {
        const res = await associationOfficer.client.request(method.toUpperCase(), path, body);
        expect([path, res.status]).toEqual([path, 404]);
      }
      expect((await associationOfficer.client.get('/api/v1/unit/files?limit=100')).body.items.map((f: { applicationId: string }) => f.applicationId)).not.toContain(id);
      expect((await user.client.get(`/api/v1/unit/files/${id}`)).status).toBe(403);
      expect((await user.client.get('/api/v1/unit/files')).status).toBe(403);
      expect((await employerOfficer.client.get(`/api/v1/unit/files/${id}`)).status).toBe(200);
      expect((await employerOfficer.client.get(`/api/v1/unit/files/${randomUUID()}`)).status).toBe(404);
    });

    it(`applies exactly one of ${CONCURRENT} identical recommendations; the others answer 409`, async () => {
      const { id } = await withUnit();
      const { startDate } = await pastPostingAcrossHoliday(admin.client, today);
      await employerOfficer.client.put(`/api/v1/unit/files/${id}/posting`, { startDate, outcome: 'no_objection' });
      const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => employerOfficer.client.post(`/api/v1/unit/files/${id}/recommend`, {})));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409).map((a) => a.body.code)).toEqual(Array(CONCURRENT - 1).fill('INVALID_TRANSITION'));
      const [{ count }] = await portal.db().query("SELECT count(*)::int AS count FROM application_history WHERE application_id = $1 AND action = 'recommended'", [id]);
      expect(count).toBe(1);
      expect((await events('application.recommended', id)).length).toBe(1);
    });

    it(`applies exactly one of ${CONCURRENT} identical returns; the others answer 409`, async () => {
      const { id } = await withUnit();
      const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => employerOfficer.client.post(`/api/v1/unit/files/${id}/return`, { reason: '请补充' })));
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(CONCURRENT - 1);
    });

    it('reminds the unit’s officers of a file it has held too long, once per period', async () => {
      const { id } = await withUnit();
      const units = app.get(UnitRecommendationService);
      const later = new Date(Date.now() + 8 * DAY);
      expect(await units.remindUnits(later)).toBeGreaterThanOrEqual(1);
      const reminders = await events('unit.reminder', id);
      expect(reminders).toHaveLength(1);
      expect(reminders[0].recipients).toContainEqual({ userId: employerOfficer.id });
      expect(reminders[0].payload).toMatchObject({ days: 8 });
      await units.remindUnits(later);
      expect(await events('unit.reminder', id)).toHaveLength(1);
      await units.remindUnits(new Date(Date.now() + 15 * DAY));
      expect(await events('unit.reminder', id)).toHaveLength(2);
    });
  });
});
