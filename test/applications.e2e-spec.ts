import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Application, ApplicationsService, buildDefaultForm, Cycle, LEVELS, TitleLevel } from '@app/applications';
import { UserDirectory } from '@app/identity';
import { OutboxService } from '@app/outbox';
import { maskIdentifier } from '@app/common';
import { addEvidenceRows, ApiClient, completeFormData, makeApplicant, makeOpenCycle, makeUser, residentIdFor, SmtpSink, TestUser, tinyPdf, usePortal, submitToOffice } from '@app/testing';

describe('applications (e2e)', () => {
  const portal = usePortal({ smtp: true, worker: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, admin, smtp } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);

  /** The workflow's return_for_correction, taken by the admin (its HTTP route comes with qualification review). */
  async function returnForCorrection(id: string, reason: string) {
    const adminUser = (await app.get(UserDirectory).getAuthUser(admin.id))!;
    return app.get(ApplicationsService).returnForCorrection(adminUser, id, { reason });
  }

  async function draft(user: TestUser, level: TitleLevel, c: Cycle = cycle) {
    const res = await user.client.post('/api/v1/applications', { cycleId: c.id, level, specialty: 'product_design' });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  }

  async function fill(user: TestUser, id: string, data: Record<string, unknown>, exceptionalRoute?: boolean) {
    const current = await user.client.get(`/api/v1/applications/${id}`);
    const res = await user.client.patch(`/api/v1/applications/${id}`, { version: current.body.version, data, exceptionalRoute });
    expect({ status: res.status, body: res.status === 200 ? 'ok' : res.body }).toEqual({ status: 200, body: 'ok' });
    return res.body;
  }

  async function withRequiredEvidence(user: TestUser, id: string) {
    const eligibility = await user.client.get(`/api/v1/applications/${id}/eligibility`);
    const kinds = eligibility.body.evidence.required.flatMap((r: { kind: string; minCount: number }) => Array(r.minCount).fill(r.kind));
    await addEvidenceRows(app, id, user.id, kinds);
  }

  /** A draft that is complete, eligible and has every evidence kind: ready to submit. */
  async function readyToSubmit(level: TitleLevel = 'intermediate', options: { regionCode?: string; user?: TestUser } = {}) {
    const user = options.user ?? (await makeApplicant(app, api));
    const { id } = await draft(user, level);
    await fill(user, id, completeFormData(level, { regionCode: options.regionCode, applicant: user.id }));
    await withRequiredEvidence(user, id);
    return { user, id };
  }

  describe('the happy path', () => {
    it.each(LEVELS.map((l) => [l]))('takes a %s file from draft to its recommending unit with a reference number and a receipt', async (level) => {
      const user = await makeUser(app, api, { locale: 'en' });
      const { id } = await readyToSubmit(level as TitleLevel, { user });
      const eligibility = await user.client.get(`/api/v1/applications/${id}/eligibility`);
      expect(eligibility.body).toMatchObject({ eligible: true, crossProvincial: false, homeProvince: '50' });
      expect(eligibility.body.evidence.missing).toEqual([]);

      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('with_unit');
      expect(res.body.referenceNumber).toMatch(new RegExp(`^${cycle.code}-(AST|INT|SEN|PRO)-\\d{6}$`));

      const [mail] = await smtp.waitFor(user.email);
      expect(mail.text).toContain(res.body.referenceNumber);
      expect(mail.text).toContain('Test evaluation cycle');
      const history = await user.client.get(`/api/v1/applications/${id}/history`);
      expect(history.body.map((h: { action: string }) => h.action)).toEqual(['created', 'submitted']);
      const [declaration] = await db().query('SELECT declaration_accepted_at, declaration_ip FROM applications WHERE id = $1', [id]);
      expect(declaration.declaration_accepted_at).not.toBeNull();
      expect(declaration.declaration_ip).toBe('127.0.0.1');
      // The writes that travel with COMMIT (history above, audit, the update the response reports).
      const audit = await db().query("SELECT actor_id, ip FROM audit_log WHERE action = 'application.submitted' AND entity_id = $1", [id]);
      expect(audit).toEqual([{ actor_id: user.id, ip: '127.0.0.1' }]);
      const [stored] = await db().query('SELECT updated_at, version, status FROM applications WHERE id = $1', [id]);
      expect(res.body).toMatchObject({ updatedAt: stored.updated_at.toISOString(), version: stored.version, status: stored.status });
    });

    it('takes a cross-provincial file through with its entrustment letter uploaded over HTTP', async () => {
      const user = await makeApplicant(app, api);
      const { id } = await draft(user, 'intermediate');
      await fill(user, id, completeFormData('intermediate', { regionCode: '440305', applicant: user.id }));
      const eligibility = await user.client.get(`/api/v1/applications/${id}/eligibility`);
      expect(eligibility.body).toMatchObject({ crossProvincial: true, homeProvince: '44' });
      const kinds: string[] = eligibility.body.evidence.required.map((r: { kind: string }) => r.kind);
      expect(kinds).toContain('entrustment_letter');
      for (const kind of kinds) {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', new Blob([tinyPdf(kind)], { type: 'application/pdf' }), `${kind}.pdf`);
        const upload = await user.client.post(`/api/v1/applications/${id}/attachments`, form);
        expect(upload.status).toBe(201);
      }
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'with_unit', crossProvincial: true, homeProvince: '44' });
      const list = await admin.client.get(`/api/v1/applications?cycleId=${cycle.id}&crossProvincial=true&homeProvince=44`);
      expect(list.body.items.map((a: { id: string }) => a.id)).toContain(id);
    });
  });

  describe('notifications of application events', () => {
    it.each([['en'], ['zh-CN']])('delivers the submission receipt and the withdrawal to the inbox and by e-mail in %s, once each', async (locale) => {
      const user = await makeUser(app, api, { locale: locale as 'en' | 'zh-CN' });
      const { id } = await readyToSubmit('intermediate', { user });
      const submitted = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(submitted.status).toBe(200);
      expect((await user.client.post(`/api/v1/applications/${id}/withdraw`, { reason: 'moving abroad' })).status).toBe(200);

      const mails = await smtp.waitFor(user.email, 2);
      const cycleName = locale === 'en' ? 'Test evaluation cycle' : '测试评审批次';
      for (const mail of mails) {
        expect(mail.text).toContain(submitted.body.referenceNumber);
        expect(mail.text).toContain(cycleName);
        if (locale === 'zh-CN') expect(mail.subject).toMatch(/[\u4e00-\u9fff]/);
        else expect(mail.subject).not.toMatch(/[\u4e00-\u9fff]/);
      }
      const inbox = await user.client.get('/api/v1/notifications');
      expect(inbox.body.items.map((n: { type: string }) => n.type).sort()).toEqual(['application.submitted', 'application.withdrawn']);
      expect(inbox.body.items.every((n: { link: string }) => n.link === `/applications/${id}`)).toBe(true);
      // Exactly once each: a message promised after both arrives, and still only the two came before it.
      await db().transaction((manager) =>
        app.get(OutboxService).emit(manager, {
          type: 'objection.acknowledged',
          recipients: [{ email: user.email, locale: 'en', name: 'Marker' }],
          payload: { objectionReference: 'YY-2026-MARKER', applicantName: 'Marker', receivedAt: '2026-09-03 11:42' },
        }),
      );
      await smtp.waitFor(user.email, 3);
      expect(smtp.to(user.email).filter((m) => m.text.includes(submitted.body.referenceNumber))).toHaveLength(2);
      expect(smtp.to(user.email)).toHaveLength(3);
      expect((await user.client.get('/api/v1/notifications')).body.items).toHaveLength(2);
    });
  });

  describe('submission refused with every problem listed (422)', () => {
    const codes = (res: { body: { details: { code: string }[] } }) => res.body.details.map((d) => d.code);

    it('without the declaration', async () => {
      const { user, id } = await readyToSubmit();
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: false });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('SUBMISSION_REFUSED');
      expect(codes(res)).toEqual(['DECLARATION_REQUIRED']);
    });

    it('while the applicant is barred (a revoked title), until the bar has passed', async () => {
      const { user, id } = await readyToSubmit();
      const until = new Date(Date.now() + 365 * 86_400_000);
      await db().query('UPDATE users SET barred_until = $1 WHERE id = $2', [until, user.id]);
      const barred = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(barred.status).toBe(422);
      expect(barred.body.details).toEqual([expect.objectContaining({ code: 'APPLICANT_BARRED', data: { barredUntil: until.toISOString() } })]);
      const [unchanged] = await db().query('SELECT status, reference_number FROM applications WHERE id = $1', [id]);
      expect(unchanged).toEqual({ status: 'draft', reference_number: null });
      // A bar that has passed stops nothing.
      await db().query("UPDATE users SET barred_until = now() - interval '1 day' WHERE id = $1", [user.id]);
      expect((await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true })).status).toBe(200);
    });

    it('with an unverified e-mail', async () => {
      const user = await makeApplicant(app, api, false);
      const { id } = await readyToSubmit('intermediate', { user });
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      expect(codes(res)).toEqual(['EMAIL_NOT_VERIFIED']);
    });

    it('after the window closed', async () => {
      const { user, id } = await readyToSubmit();
      const closing = await makeOpenCycle(app);
      await db().query("UPDATE applications SET cycle_id = $1 WHERE id = $2", [closing.id, id]);
      await db().query("UPDATE cycles SET closes_at = now() - interval '1 minute' WHERE id = $1", [closing.id]);
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      expect(codes(res)).toContain('WINDOW_CLOSED');
    });

    it('with a required field missing, naming its pointer', async () => {
      const { user, id } = await readyToSubmit();
      await fill(user, id, { identity: { mobile: null } });
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      expect(res.body.details).toEqual([expect.objectContaining({ code: 'FIELD_REQUIRED', path: '/identity/mobile' })]);
    });

    it('with an evidence kind missing', async () => {
      const user = await makeApplicant(app, api);
      const { id } = await draft(user, 'intermediate');
      await fill(user, id, completeFormData('intermediate', { applicant: user.id }));
      await addEvidenceRows(app, id, user.id, ['identity_document', 'degree_certificate']);
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      expect(new Set(codes(res))).toEqual(new Set(['EVIDENCE_MISSING']));
      expect(res.body.details.map((d: { path: string }) => d.path)).toContain('attachments.portfolio');
    });

    it('when not eligible, explaining what was required and what the file shows', async () => {
      const user = await makeUser(app, api, { locale: 'en' });
      const { id } = await draft(user, 'intermediate');
      const data = completeFormData('intermediate', { applicant: user.id });
      // Tenure counts up to the cycle's close date: 2 years 5 months and 10 days before it, whatever today is.
      const closes = new Date(cycle.closesAt.getTime() + 8 * 3600 * 1000); // its date in Asia/Shanghai
      const obtainedOn = new Date(Date.UTC(closes.getUTCFullYear() - 2, closes.getUTCMonth() - 5, closes.getUTCDate() - 10));
      (data.currentTitle as Record<string, string>).obtainedOn = obtainedOn.toISOString().slice(0, 10);
      await fill(user, id, data);
      await withRequiredEvidence(user, id);
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      const problem = res.body.details.find((d: { code: string }) => d.code === 'NOT_ELIGIBLE');
      expect(problem.message).toMatch(/4 years holding an assistant title/);
      expect(problem.message).toMatch(/the file shows bachelor and 2 years 5 months holding an assistant title/);
    });

    it('when cross-provincial without the entrustment letter', async () => {
      const user = await makeApplicant(app, api);
      const { id } = await draft(user, 'intermediate');
      await fill(user, id, completeFormData('intermediate', { regionCode: '440305', applicant: user.id }));
      const required = (await user.client.get(`/api/v1/applications/${id}/eligibility`)).body.evidence.required as { kind: string }[];
      await addEvidenceRows(app, id, user.id, required.map((r) => r.kind).filter((k) => k !== 'entrustment_letter'));
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(422);
      expect(codes(res)).toEqual(['ENTRUSTMENT_LETTER_MISSING']);
    });

    it('lists several problems at once and changes nothing', async () => {
      const user = await makeApplicant(app, api, false);
      const { id } = await draft(user, 'associate_senior');
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: false });
      expect(res.status).toBe(422);
      expect(codes(res)).toEqual(expect.arrayContaining(['EMAIL_NOT_VERIFIED', 'DECLARATION_REQUIRED', 'FIELD_REQUIRED', 'EVIDENCE_MISSING', 'NOT_ELIGIBLE']));
      const [row] = await db().query('SELECT status, reference_number FROM applications WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'draft', reference_number: null });
    });
  });

  describe('special routes', () => {
    it('takes the exceptional route with two full-senior recommenders and marks the file for admin confirmation', async () => {
      const user = await makeApplicant(app, api);
      const { id } = await draft(user, 'intermediate');
      const data = completeFormData('intermediate', { applicant: user.id });
      delete data.currentTitle; // fails every ordinary route
      await fill(user, id, data);
      expect((await user.client.get(`/api/v1/applications/${id}/eligibility`)).body.eligible).toBe(false);

      await fill(user, id, {
        recommenders: [
          { name: '专家甲', titleLevel: 'full_senior', employer: '重庆大学' },
          { name: '专家乙', titleLevel: 'full_senior', employer: '四川美术学院' },
        ],
      }, true);
      const eligibility = (await user.client.get(`/api/v1/applications/${id}/eligibility`)).body;
      expect(eligibility).toMatchObject({ eligible: true, exceptionalRoute: true, requiresAdminConfirmation: true });
      expect(eligibility.evidence.required).toEqual(expect.arrayContaining([{ kind: 'expert_recommendation', minCount: 2 }]));

      await withRequiredEvidence(user, id);
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'with_unit', exceptionalRoute: true, requiresAdminConfirmation: true });
    });

    it('lets a returned file be corrected and resubmitted under the same reference number', async () => {
      const { user, id } = await readyToSubmit();
      const first = await submitToOffice(app, user.client, id);
      // Qualification review (the next issue) adds the admin's route; here the service returns the file.
      await returnForCorrection(id, 'blurred ID scan');
      const fixed = await fill(user, id, { identity: { fullName: '陈设计（更正）' } });
      expect(fixed.status).toBe('returned');
      const again = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(again.status).toBe(200);
      expect(again.body.referenceNumber).toBe(first.body.referenceNumber);
      const history = (await user.client.get(`/api/v1/applications/${id}/history`)).body.map((h: { action: string }) => h.action);
      expect(history).toEqual(['created', 'submitted', 'returned', 'resubmitted']);
      // A submitted file is no longer editable.
      const locked = await user.client.patch(`/api/v1/applications/${id}`, { version: again.body.version, data: {} });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('APPLICATION_NOT_EDITABLE');
    });
  });

  describe('the public list of open cycles', () => {
    it('shows anyone, without a login, each open cycle with what its levels require, and nothing behind the login', async () => {
      const seniorOnly = await makeOpenCycle(app, { levels: ['full_senior', 'intermediate'] });
      const closed = await makeOpenCycle(app);
      await db().query("UPDATE cycles SET closes_at = now() - interval '1 minute' WHERE id = $1", [closed.id]);
      const res = await api.get('/api/v1/public/cycles?limit=100');
      expect(res.status).toBe(200);
      const ids = res.body.items.map((c: { id: string }) => c.id);
      expect(ids).toEqual(expect.arrayContaining([cycle.id, seniorOnly.id]));
      expect(ids).not.toContain(closed.id);

      const listed = res.body.items.find((c: { id: string }) => c.id === seniorOnly.id);
      // The domain's order of levels, whatever order the cycle lists them in.
      expect(listed.levels.map((l: { level: string }) => l.level)).toEqual(['intermediate', 'full_senior']);
      const intermediate = listed.levels[0];
      expect(intermediate.routes[0]).toEqual({ 'zh-CN': '博士研究生', en: 'doctorate' });
      expect(intermediate.achievements).toBeNull();
      expect(intermediate.evidence).toContainEqual({ kind: 'title_certificate', minCount: 1, when: 'if_current_title' });
      expect(listed.levels[1].achievements['zh-CN']).toMatch(/^至少具备以下一项：/);
      expect(listed.crossProvincialEvidence).toEqual([{ kind: 'entrustment_letter', minCount: 1, when: 'always' }]);
      expect(listed.continuingEducation.en).toContain('90 hours');
      // The very years the check counts, up to the window close (Shanghai date), named once each: no "the last 3 years".
      const close = new Date(new Date(listed.closesAt).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
      const last = close.endsWith('-12-31') ? Number(close.slice(0, 4)) : Number(close.slice(0, 4)) - 1;
      expect(listed.continuingEducation['zh-CN']).toMatch(new RegExp(`^${last - 2}、${last - 1}、${last}年每年继续教育不少于90学时`));
      expect(listed.continuingEducation['zh-CN']).not.toContain('申报前');
      expect(Object.keys(listed).sort()).toEqual(
        ['acceptedMediaTypes', 'closesAt', 'code', 'continuingEducation', 'crossProvincialEvidence', 'exceptionalEvidence', 'exceptionalRoute', 'id', 'levels', 'maxFileBytes', 'nameEn', 'nameZh', 'opensAt', 'specialties', 'specialtyLabels'].sort(),
      );
    });

    it('labels each configured specialty from the one default list, and a key it has no label for by the key itself', async () => {
      const custom = await makeOpenCycle(app);
      await db().query("UPDATE cycles SET specialties = ARRAY['product_design', 'service_design'] WHERE id = $1", [custom.id]);
      const expected = [
        { key: 'product_design', label: { 'zh-CN': '产品设计', en: 'Product design' } },
        { key: 'service_design', label: { 'zh-CN': 'service_design', en: 'service_design' } },
      ];
      const pub = await api.get('/api/v1/public/cycles?limit=100');
      expect(pub.body.items.find((c: { id: string }) => c.id === custom.id).specialtyLabels).toEqual(expected);
      const shown = await admin.client.get(`/api/v1/cycles/${custom.id}`);
      expect(shown.status).toBe(200);
      expect(shown.body.specialtyLabels).toEqual(expected);
    });

    it('names the office the portal runs for, from the host-office service', async () => {
      const res = await api.get('/api/v1/public/office');
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        provinceCode: '50',
        provinceName: { 'zh-CN': '重庆市', en: 'Chongqing' },
        evaluatingBody: { 'zh-CN': '重庆市工业设计专业职称评审委员会', en: 'Chongqing Industrial Design Professional Title Evaluation Committee' },
      });
    });

    it("lists the regions the form's employer region is picked from, each as the code the form stores (PP0000), without an account; the host province with its 38 districts and counties", async () => {
      const res = await api.get('/api/v1/public/regions');
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(34);
      expect(res.body.items).toContainEqual({ code: '810000', name: { 'zh-CN': '香港特别行政区', en: 'Hong Kong' } });
      expect(res.body.items).toContainEqual({ code: '510000', name: { 'zh-CN': '四川省', en: 'Sichuan' } });
      const host = res.body.items.find((r: { code: string }) => r.code === '500000');
      expect(host).toMatchObject({ code: '500000', name: { 'zh-CN': '重庆市', en: 'Chongqing' } });
      expect(host.districts).toHaveLength(38);
      expect(host.districts).toContainEqual({ code: '500106', name: { 'zh-CN': '沙坪坝区', en: 'Shapingba District' }, kind: 'district' });
      expect(host.districts).toContainEqual({ code: '500243', name: { 'zh-CN': '彭水苗族土家族自治县', en: 'Pengshui Miao and Tujia Autonomous County' }, kind: 'county' });
      expect(res.body.items.filter((r: { districts?: unknown }) => r.districts)).toHaveLength(1);
    });

    it('pages with a cursor and names a bad one', async () => {
      const first = await api.get('/api/v1/public/cycles?limit=1');
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(1);
      const second = await api.get(`/api/v1/public/cycles?limit=1&cursor=${encodeURIComponent(first.body.nextCursor)}`);
      expect(second.status).toBe(200);
      expect(second.body.items[0].id).not.toBe(first.body.items[0].id);
      const bad = await api.get('/api/v1/public/cycles?cursor=nonsense');
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('cursor');
    });
  });

  describe('drafts', () => {
    it('allows one active application per cycle, naming the existing one', async () => {
      const user = await makeApplicant(app, api);
      const first = await draft(user, 'intermediate');
      const second = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'assistant', specialty: 'product_design' });
      expect(second.status).toBe(409);
      expect(second.body).toMatchObject({ code: 'APPLICATION_EXISTS', details: { existingApplicationId: first.id } });
      expect((await user.client.post(`/api/v1/applications/${first.id}/withdraw`, { reason: 'wrong level' })).status).toBe(200);
      expect((await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'assistant', specialty: 'product_design' })).status).toBe(201);
    });

    it('validates each save as a draft with JSON pointers and messages in the user locale', async () => {
      const user = await makeUser(app, api, { locale: 'zh-CN' });
      const { id, version } = await draft(user, 'intermediate');
      const res = await user.client.patch(`/api/v1/applications/${id}`, {
        version,
        data: { identity: { documentType: 'resident_id', documentNumber: '500103198805124711', mobile: '12345', email: 'not-an-email' }, employer: { creditCode: '91350100M000100Y40' } },
      });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('FORM_DATA_INVALID');
      const byPath = Object.fromEntries(res.body.details.map((d: { path: string; code: string; message: string }) => [d.path, d]));
      expect(byPath['/identity/documentNumber'].code).toBe('ID_NUMBER_CHECKSUM');
      expect(byPath['/identity/mobile'].code).toBe('MOBILE_FORMAT');
      expect(byPath['/identity/email'].code).toBe('FIELD_FORMAT');
      expect(byPath['/employer/creditCode'].code).toBe('CREDIT_CODE_CHECKSUM');
      expect(byPath['/identity/mobile'].message).toMatch(/[\u4e00-\u9fff]/);
      // Required fields are not demanded while drafting; the rejected save changed nothing.
      expect((await user.client.patch(`/api/v1/applications/${id}`, { version, data: { identity: { fullName: '陈' } } })).status).toBe(200);
    });

    it('refuses a stale save with 409 and keeps the newer data', async () => {
      const user = await makeApplicant(app, api);
      const { id, version } = await draft(user, 'intermediate');
      expect((await user.client.patch(`/api/v1/applications/${id}`, { version, data: { identity: { fullName: 'First' } } })).status).toBe(200);
      const stale = await user.client.patch(`/api/v1/applications/${id}`, { version, data: { identity: { fullName: 'Second' } } });
      expect(stale.status).toBe(409);
      expect(stale.body).toMatchObject({ code: 'STALE_VERSION', details: { currentVersion: version + 1 } });
      expect((await user.client.get(`/api/v1/applications/${id}`)).body.data.identity.fullName).toBe('First');
    });

    it('stores the identity number encrypted, full to the owner, masked to admins, revealed with an audit entry', async () => {
      const { user, id } = await readyToSubmit();
      const number = residentIdFor(user.id);
      const [row] = await db().query('SELECT data::text AS data, document_number_sealed FROM applications WHERE id = $1', [id]);
      expect(row.data).not.toContain(number);
      expect(row.document_number_sealed).not.toContain(number);
      expect((await user.client.get(`/api/v1/applications/${id}`)).body.data.identity.documentNumber).toBe(number);
      const asAdmin = await admin.client.get(`/api/v1/applications/${id}`);
      expect(asAdmin.body.data.identity.documentNumber).toBe(maskIdentifier(number));
      const revealed = await admin.client.get(`/api/v1/applications/${id}?revealIdentity=true`);
      expect(revealed.body.data.identity.documentNumber).toBe(number);
      const audit = await db().query("SELECT actor_id FROM audit_log WHERE action = 'application.identity_revealed' AND entity_id = $1", [id]);
      expect(audit).toEqual([{ actor_id: admin.id }]);
    });
  });

  describe('saving a draft', () => {
    // Draft saves and submissions write the file's columns through ApplicationsRepository.update.
    it('stores exactly what the response shows: the saved data, the next version and a fresh updatedAt, other columns untouched', async () => {
      const { user, id } = await readyToSubmit();
      const before = await db().getRepository(Application).findOneByOrFail({ id });
      const saved = await user.client.patch(`/api/v1/applications/${id}`, { version: before.version, data: { identity: { fullName: '陈新' } } });
      expect(saved.status).toBe(200);
      const after = await db().getRepository(Application).findOneByOrFail({ id });
      expect(after.version).toBe(before.version + 1);
      expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
      expect(saved.body).toMatchObject({ version: after.version, updatedAt: after.updatedAt.toISOString(), data: { identity: { fullName: '陈新' } } });
      expect((after.data as { identity: { fullName: string } }).identity.fullName).toBe('陈新');
      // Written by every save: the data and what is derived from it (the name). The ID number
      // did not change, so its ciphertext is kept as it was.
      const rewritten = { data: undefined, version: undefined, updatedAt: undefined, applicantName: undefined };
      expect({ ...after, ...rewritten }).toEqual({ ...before, ...rewritten });

      // A new ID number is sealed afresh; the owner's response shows it, and so does a fresh read.
      const changed = await user.client.patch(`/api/v1/applications/${id}`, { version: after.version, data: { identity: { documentNumber: '500103198805124721' } } });
      expect(changed.status).toBe(200);
      expect(changed.body.data.identity.documentNumber).toBe('500103198805124721');
      expect(changed.body.documentNumberMasked).toBe('5001**********4721');
      const resealed = await db().getRepository(Application).findOneByOrFail({ id });
      expect(resealed.documentNumberSealed).not.toBe(after.documentNumberSealed);
      expect(resealed.documentNumberSealed).not.toContain('4721');
      expect((await user.client.get(`/api/v1/applications/${id}`)).body.data.identity.documentNumber).toBe('500103198805124721');
      // Removing it stores no ciphertext at all.
      const removed = await user.client.patch(`/api/v1/applications/${id}`, { version: resealed.version, data: { identity: { documentNumber: null } } });
      expect(removed.status).toBe(200);
      expect(removed.body.data.identity.documentNumber).toBeUndefined();
      expect((await db().getRepository(Application).findOneByOrFail({ id })).documentNumberSealed).toBeNull();
    });
  });

  describe('reading a file', () => {
    // Every field of the stored file must come back in the answer, typed as the entity has it.
    it('answers every field of the stored file, typed as the entity has it, to its owner and (masked) to an admin', async () => {
      const { user, id } = await readyToSubmit();
      const number = residentIdFor(user.id);
      const submitted = await submitToOffice(app, user.client, id);
      expect(submitted.status).toBe(200);
      // Every nullable column set, so a column the read misses or mistypes shows up.
      await returnForCorrection(id, 'blurred ID scan');
      await db().query('UPDATE applications SET requires_admin_confirmation = true, recommended_at = now() WHERE id = $1', [id]);
      const stored = await db().getRepository(Application).findOneByOrFail({ id });
      const data = stored.data as { identity: Record<string, unknown> };
      const owner = await user.client.get(`/api/v1/applications/${id}`);
      expect(owner.status).toBe(200);
      expect(owner.body).toEqual({
        id,
        applicantId: user.id,
        cycleId: cycle.id,
        level: 'intermediate',
        specialty: 'product_design',
        status: 'returned',
        referenceNumber: submitted.body.referenceNumber,
        applicantName: stored.applicantName,
        employerName: stored.employerName,
        crossProvincial: false,
        homeProvince: '50',
        exceptionalRoute: false,
        version: stored.version,
        submittedAt: stored.submittedAt!.toISOString(),
        createdAt: stored.createdAt.toISOString(),
        updatedAt: stored.updatedAt.toISOString(),
        formVersionId: stored.formVersionId,
        data: { ...data, identity: { ...data.identity, documentNumber: number } },
        documentNumberMasked: maskIdentifier(number),
        requiresAdminConfirmation: true,
        statusReason: 'blurred ID scan',
        correctionDeadline: stored.correctionDeadline!.toISOString(),
        declarationAcceptedAt: stored.declarationAcceptedAt!.toISOString(),
        eligibility: stored.eligibility,
        recommendingUnitId: stored.recommendingUnitId,
        recommendedAt: stored.recommendedAt!.toISOString(),
        returnedBy: 'office',
      });
      expect(stored.recommendingUnitId).not.toBeNull();
      expect(Object.keys(owner.body)).toHaveLength(27);
      expect(stored.eligibility).toMatchObject({ eligible: true });
      const asAdmin = await admin.client.get(`/api/v1/applications/${id}`);
      expect(asAdmin.body).toEqual({ ...owner.body, data: { ...owner.body.data, identity: { ...owner.body.data.identity, documentNumber: maskIdentifier(number) } } });
      expect((await admin.client.get(`/api/v1/applications/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`)).status).toBe(404);
      // The query is still validated in full whenever there is one (ApiValidationPipe caches only the empty case).
      expect((await user.client.get(`/api/v1/applications/${id}`)).status).toBe(200);
      const unknown = await user.client.get(`/api/v1/applications/${id}?foo=1`);
      expect(unknown.status).toBe(400);
      expect(unknown.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('object-level authorization', () => {
    it('answers 404 to another applicant reading, editing, submitting, withdrawing or downloading', async () => {
      const { id } = await readyToSubmit();
      const other = await makeApplicant(app, api);
      const [attachment] = await db().query('SELECT id FROM attachments WHERE application_id = $1 LIMIT 1', [id]);
      const attempts = [
        other.client.get(`/api/v1/applications/${id}`),
        other.client.patch(`/api/v1/applications/${id}`, { version: 1, data: {} }),
        other.client.get(`/api/v1/applications/${id}/eligibility`),
        other.client.get(`/api/v1/applications/${id}/history`),
        other.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true }),
        other.client.post(`/api/v1/applications/${id}/withdraw`, { reason: 'not mine' }),
        other.client.get(`/api/v1/applications/${id}/attachments/${attachment.id}`),
      ];
      for (const res of await Promise.all(attempts)) expect(res.status).toBe(404);
      const list = await other.client.get('/api/v1/applications');
      expect(list.body.items).toEqual([]);
    });

    it('keeps cycles and forms admin-only for writing', async () => {
      const user = await makeApplicant(app, api);
      expect((await user.client.post('/api/v1/cycles', {})).status).toBe(403);
      expect((await user.client.post('/api/v1/forms', {})).status).toBe(403);
      expect((await user.client.get(`/api/v1/cycles/${cycle.id}`)).status).toBe(200);
    });
  });

  describe('concurrency', () => {
    it('accepts more concurrent first saves of a new form version than the pool has connections', async () => {
      // The test pool has 5 connections; each save holds one while its form validator is loaded.
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      const drafts = [];
      for (let i = 0; i < 12; i++) {
        const user = await makeApplicant(app, api);
        drafts.push({ user, ...(await draft(user, 'intermediate', own)) });
      }
      const results = await Promise.all(
        drafts.map((d) => d.user.client.patch(`/api/v1/applications/${d.id}`, { version: d.version, data: { identity: { fullName: 'Concurrent' } } })),
      );
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
    });

    it('turns 20 concurrent submits of one file into one submission and one number', async () => {
      const { user, id } = await readyToSubmit();
      const results = await Promise.all(Array.from({ length: 20 }, () => user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true })));
      const statuses = results.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      const [{ n }] = await db().query("SELECT count(*)::int AS n FROM application_history WHERE application_id = $1 AND action = 'submitted'", [id]);
      expect(n).toBe(1);
      const [{ outbox }] = await db().query("SELECT count(*)::int AS outbox FROM outbox_events WHERE type = 'application.submitted' AND payload->>'applicationId' = $1", [id]);
      expect(outbox).toBe(1);
    });

    it('numbers concurrent submissions of different files without gaps or duplicates', async () => {
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      const files = [];
      for (let i = 0; i < 12; i++) {
        const user = await makeApplicant(app, api);
        const { id } = await draft(user, 'intermediate', own);
        await fill(user, id, completeFormData('intermediate', { applicant: user.id }));
        await withRequiredEvidence(user, id);
        files.push({ user, id });
      }
      const results = await Promise.all(files.map((f) => f.user.client.post(`/api/v1/applications/${f.id}/submit`, { declarationAccepted: true })));
      expect(results.map((r) => r.status)).toEqual(Array(12).fill(200));
      const numbers = results.map((r) => Number(r.body.referenceNumber.slice(-6))).sort((a, b) => a - b);
      expect(numbers).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      // The number the response shows is the one stored and the one the receipt carries.
      for (const r of results) {
        expect(r.body.referenceNumber).toMatch(new RegExp(`^${own.code}-INT-0000(0[1-9]|1[0-2])$`));
        const [row] = await db().query(
          `SELECT a.reference_number, o.payload->>'referenceNumber' AS receipt
             FROM applications a JOIN outbox_events o ON o.type = 'application.submitted' AND o.payload->>'applicationId' = a.id::text
            WHERE a.id = $1`,
          [r.body.id],
        );
        expect(row).toEqual({ reference_number: r.body.referenceNumber, receipt: r.body.referenceNumber });
      }
    });

    it('keeps every digit once a cycle passes 999,999 submissions', async () => {
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      await db().query('UPDATE cycle_counters SET last_number = 999999 WHERE cycle_id = $1', [own.id]);
      const user = await makeApplicant(app, api);
      const { id } = await draft(user, 'intermediate', own);
      await fill(user, id, completeFormData('intermediate', { applicant: user.id }));
      await withRequiredEvidence(user, id);
      const res = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true });
      expect(res.status).toBe(200);
      expect(res.body.referenceNumber).toBe(`${own.code}-INT-1000000`);
    });
  });

  describe('cycles and forms', () => {
    it('pins form versions once an application exists', async () => {
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      const before = await admin.client.patch(`/api/v1/cycles/${own.id}`, { nameEn: 'Renamed cycle' });
      expect(before.status).toBe(200);
      const user = await makeApplicant(app, api);
      await draft(user, 'intermediate', own);
      const other = await makeOpenCycle(app, { levels: ['intermediate'] });
      const locked = await admin.client.patch(`/api/v1/cycles/${own.id}`, { formVersions: other.formVersions });
      expect(locked.status).toBe(409);
      expect(locked.body.code).toBe('CYCLE_VERSIONS_LOCKED');
      expect((await admin.client.patch(`/api/v1/cycles/${own.id}`, { nameEn: 'Still editable' })).status).toBe(200);
    });

    it('publishes only forms that keep the core sections, and never changes a published one', async () => {
      const def = buildDefaultForm('intermediate');
      const broken = structuredClone(def.schema) as { properties: Record<string, unknown> };
      delete broken.properties.education;
      const created = await admin.client.post('/api/v1/forms', { formKey: 'broken-form', level: 'intermediate', titleZh: '坏表', titleEn: 'Broken', schema: broken, uiHints: def.uiHints });
      expect(created.status).toBe(201);
      const refused = await admin.client.post(`/api/v1/forms/${created.body.id}/publish`);
      expect(refused.status).toBe(400);
      expect(refused.body.details.map((d: { code: string }) => d.code)).toContain('CORE_SECTION_MISSING');

      const good = await admin.client.post('/api/v1/forms', { formKey: 'good-form', level: 'intermediate', titleZh: '表', titleEn: 'Form', schema: def.schema, uiHints: def.uiHints });
      expect((await admin.client.post(`/api/v1/forms/${good.body.id}/publish`)).status).toBe(200);
      expect((await admin.client.post(`/api/v1/forms/${good.body.id}/publish`)).status).toBe(409);
      const next = await admin.client.post('/api/v1/forms', { formKey: 'good-form', level: 'intermediate', titleZh: '表', titleEn: 'Form v2', schema: def.schema, uiHints: def.uiHints });
      expect(next.body.version).toBe(2);
    });

    it('keeps the order the form lists its fields in, which is the order the page shows them', async () => {
      const def = buildDefaultForm('intermediate');
      const created = await admin.client.post('/api/v1/forms', { formKey: 'ordered-form', level: 'intermediate', titleZh: '表', titleEn: 'Form', schema: def.schema, uiHints: def.uiHints });
      expect(created.status).toBe(201);
      const read = await admin.client.get(`/api/v1/forms/${created.body.id}`);
      const fields = (schema: unknown) => Object.keys((schema as { properties: { identity: { properties: object } } }).properties.identity.properties);
      expect(fields(read.body.schema)).toEqual(fields(def.schema));
      // Not the order jsonb would give back (keys sorted by length).
      expect(fields(read.body.schema)[0]).toBe('fullName');
      expect(Object.keys(read.body.schema.properties)).toEqual(Object.keys(def.schema.properties as object));
    });

    it('lists form versions newest first for admins, filtered and paged, without their schemas', async () => {
      const def = buildDefaultForm('assistant');
      const key = `listed-${Date.now().toString(36)}`;
      const first = await admin.client.post('/api/v1/forms', { formKey: key, level: 'assistant', titleZh: '列表一', titleEn: 'Listed 1', schema: def.schema, uiHints: def.uiHints });
      const second = await admin.client.post('/api/v1/forms', { formKey: key, level: 'assistant', titleZh: '列表二', titleEn: 'Listed 2', schema: def.schema, uiHints: def.uiHints });
      expect((await admin.client.post(`/api/v1/forms/${first.body.id}/publish`)).status).toBe(200);

      const drafts = await admin.client.get('/api/v1/forms?level=assistant&status=draft&limit=100');
      expect(drafts.status).toBe(200);
      const draftIds = drafts.body.items.map((f: { id: string }) => f.id);
      expect(draftIds).toContain(second.body.id);
      expect(draftIds).not.toContain(first.body.id);
      expect(drafts.body.items.every((f: { level: string; status: string }) => f.level === 'assistant' && f.status === 'draft')).toBe(true);
      expect(drafts.body.items[0]).not.toHaveProperty('schema');

      const page1 = await admin.client.get('/api/v1/forms?limit=1');
      expect(page1.body.items[0].id).toBe(second.body.id);
      const page2 = await admin.client.get(`/api/v1/forms?limit=1&cursor=${encodeURIComponent(page1.body.nextCursor)}`);
      expect(page2.body.items[0].id).toBe(first.body.id);

      expect((await admin.client.get('/api/v1/forms?status=archived')).status).toBe(400);
      const applicant = await makeApplicant(app, api);
      expect((await applicant.client.get('/api/v1/forms')).status).toBe(403);
    });

    it('keeps the form version an application started with', async () => {
      const user = await makeApplicant(app, api);
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      const { id } = await draft(user, 'intermediate', own);
      const started = (await user.client.get(`/api/v1/applications/${id}`)).body.formVersionId;
      expect(started).toBe(own.formVersions.intermediate);
      const form = await user.client.get(`/api/v1/cycles/${own.id}/form?level=intermediate`);
      expect(form.body).toMatchObject({ id: started, status: 'published' });
    });
  });

  describe('lists', () => {
    it('pages through rows created within the same millisecond without skipping any', async () => {
      const own = await makeOpenCycle(app, { levels: ['intermediate'] });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const user = await makeApplicant(app, api);
        ids.push((await draft(user, 'intermediate', own)).id);
      }
      // Three rows 100 µs apart: one JS millisecond, three PostgreSQL instants.
      await db().query(
        "UPDATE applications SET created_at = '2026-03-01T00:00:00.000100Z'::timestamptz + (array_position($1::uuid[], id) * interval '100 microseconds') WHERE id = ANY($1::uuid[])",
        [ids],
      );
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await admin.client.get(
          `/api/v1/applications?cycleId=${own.id}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
        );
        seen.push(...page.body.items.map((a) => a.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual([...ids].reverse());
    });

    it('filters and pages the admin list with a stable cursor', async () => {
      const own = await makeOpenCycle(app, { levels: ['intermediate', 'assistant'] });
      for (let i = 0; i < 5; i++) {
        const user = await makeApplicant(app, api);
        await draft(user, i % 2 ? 'assistant' : 'intermediate', own);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { body: { items: { id: string; level: string }[]; nextCursor: string | null } } = await admin.client.get(
          `/api/v1/applications?cycleId=${own.id}&level=intermediate&status=draft&limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        );
        for (const item of page.body.items) {
          expect(item.level).toBe('intermediate');
          seen.push(item.id);
        }
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(3);
      expect(new Set(seen).size).toBe(3);
    });
  });
});
