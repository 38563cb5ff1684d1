import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { CertificatesService, VERIFICATION_CODE_PATTERN } from '@app/certificates';
import { shanghaiDate } from '@app/common';
import {
  ApiClient,
  approveWithCertificate,
  forceTransition,
  makeAdmin,
  makeApplicant,
  makeOpenCycle,
  makeReviewer,
  readPdf,
  SmtpSink,
  submitFile,
  TestUser,
  testDocumentNumber,
  usePortal,
} from '@app/testing';

const PUBLIC_URL = 'https://title.example.test';
const VERIFY_LIMIT = 40;
const CONCURRENT = 8;

describe('certificates, public verification and revocation (e2e)', () => {
  const portal = usePortal({ worker: true, smtp: true, env: { PUBLIC_URL: `${PUBLIC_URL}/`, RATE_LIMIT_VERIFY_PER_IP: String(VERIFY_LIMIT), REVOCATION_BAR_YEARS: '3' } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;
  let verifyCalls = 0;

  beforeAll(async () => {
    ({ app, api, smtp, admin } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);
  const verify = (code: string) => {
    verifyCalls++;
    return api.get(`/api/v1/public/certificates/${encodeURIComponent(code)}`);
  };
  async function download(client: ApiClient, id: string): Promise<{ status: number; type: string | null; pdf: Buffer; body: unknown }> {
    const res = await fetch(`${api.baseUrl}/api/v1/applications/${id}/certificate`, { headers: client.token ? { authorization: `Bearer ${client.token}` } : {} });
    const bytes = Buffer.from(await res.arrayBuffer());
    const type = res.headers.get('content-type');
    return { status: res.status, type, pdf: bytes, body: type?.includes('json') ? JSON.parse(bytes.toString()) : null };
  }

  // issue() called directly (outside a confirmation): what a batch would pass it.
  const directIssue = () => ({ issuedOn: shanghaiDate(new Date()), committeePassedOn: new Date(), approvalDocumentNumber: testDocumentNumber(), confirmationBatchId: randomUUID() });

  describe('issue and PDF', () => {
    it('prints a local holder with a rare-character name, the number, and a QR code of the verification page', async () => {
      const file = await submitFile(app, api, cycle, { fullName: '刘䶮' });
      const issued = await approveWithCertificate(app, file.id, { approvedOn: new Date(), committeePassedOn: new Date('2026-06-30T02:00:00Z') });
      const year = shanghaiDate(new Date()).slice(0, 4);
      // <year><host province 50><level digit 2 = intermediate><6 digits>
      expect(issued.certificateNumber).toMatch(new RegExp(`^${year}502\\d{6}$`));
      expect(issued.verificationCode).toMatch(VERIFICATION_CODE_PATTERN);
      expect(Buffer.from(issued.verificationCode, 'base64url').length * 8).toBeGreaterThanOrEqual(128);

      const res = await download(file.user.client, file.id);
      expect(res.status).toBe(200);
      expect(res.type).toBe('application/pdf');
      const read = await readPdf(res.pdf);
      expect(read.pages).toBe(1);
      expect(read.text).toContain('刘䶮');
      expect(read.text).toContain(issued.certificateNumber);
      expect(read.text).toContain('工业设计师');
      expect(read.text).toContain('2026-06-30'); // date obtained: the committee's pass date
      expect(read.text).toContain(file.referenceNumber); // the file's reference number
      expect(read.text).toContain(issued.documentNumber); // the bureau's approval document number
      expect(read.text).toContain(shanghaiDate(new Date())); // the date of issue: the batch's
      expect(read.text).toContain('重庆市工业设计专业职称评审委员会'); // HostOffice.evaluatingBody
      expect(read.text).not.toContain('跨省');
      expect(read.qr).toBe(`${PUBLIC_URL}/verify/${issued.verificationCode}`);
    });

    it('prints the cross-provincial note for an employer in another province, and the name 龑', async () => {
      const file = await submitFile(app, api, cycle, { fullName: '王龑', regionCode: '510104' });
      const issued = await approveWithCertificate(app, file.id);
      const read = await readPdf((await download(admin.client, file.id)).pdf);
      expect(read.text).toContain('王龑');
      expect(read.text).toContain('跨省评审渠道');
      expect(read.text).toContain('四川');
      expect(read.qr).toBe(`${PUBLIC_URL}/verify/${issued.verificationCode}`);
    });

    it('lets only the holder and admins fetch it', async () => {
      const file = await submitFile(app, api, cycle, { fullName: '赵一' });
      await approveWithCertificate(app, file.id);
      const other = await makeApplicant(app, api);
      const reviewer = await makeReviewer(app, api);
      expect((await download(file.user.client, file.id)).status).toBe(200);
      expect((await download(admin.client, file.id)).status).toBe(200);
      expect(await download(other.client, file.id)).toMatchObject({ status: 404, body: { code: 'CERTIFICATE_NOT_FOUND' } });
      expect(await download(reviewer.client, file.id)).toMatchObject({ status: 404, body: { code: 'CERTIFICATE_NOT_FOUND' } });
      expect((await download(api, file.id)).status).toBe(401);
      // A file without a certificate (not approved) has nothing to fetch, even for its owner.
      const pending = await submitFile(app, api, cycle, { user: other });
      expect(await download(other.client, pending.id)).toMatchObject({ status: 404, body: { code: 'CERTIFICATE_NOT_FOUND' } });
    });

    it('keeps the verification code only hashed and sealed, and issues once per file', async () => {
      const file = await submitFile(app, api, cycle);
      const issued = await approveWithCertificate(app, file.id);
      const [row] = await db().query('SELECT * FROM certificates WHERE application_id = $1', [file.id]);
      expect(JSON.stringify(row)).not.toContain(issued.verificationCode);
      expect(row).toMatchObject({ number: issued.certificateNumber, status: 'valid', holder_id: file.user.id });
      const again = db().transaction((m) => app.get(CertificatesService).issue(m, { applicationId: file.id, ...directIssue() }));
      await expect(again).rejects.toMatchObject({ code: 'CERTIFICATE_ALREADY_ISSUED', status: 409 });
    });

    it('numbers concurrent issues without duplicates or gaps, and a rolled-back issue gives its number back', async () => {
      const files = [];
      for (let i = 0; i < CONCURRENT; i++) files.push(await submitFile(app, api, cycle));
      const issued = await Promise.all(files.map((f) => approveWithCertificate(app, f.id)));
      const sequences = issued.map((c) => Number(c.certificateNumber.slice(-6))).sort((a, b) => a - b);
      expect(new Set(sequences).size).toBe(CONCURRENT);
      expect(sequences[CONCURRENT - 1] - sequences[0]).toBe(CONCURRENT - 1);

      // An issue whose transaction fails afterwards leaves no certificate and no hole.
      const failing = await submitFile(app, api, cycle);
      for (const action of ['accept_qualification', 'complete_review', 'committee_pass', 'close_notice'] as const) await forceTransition(app, failing.id, action);
      const rolledBack = db().transaction(async (m) => {
        await app.get(CertificatesService).issue(m, { applicationId: failing.id, ...directIssue() });
        throw new Error('the approval failed after the issue');
      });
      await expect(rolledBack).rejects.toThrow('the approval failed');
      expect(await db().query('SELECT 1 FROM certificates WHERE application_id = $1', [failing.id])).toHaveLength(0);
      const next = await db().transaction((m) => app.get(CertificatesService).issue(m, { applicationId: failing.id, ...directIssue() }));
      const [{ max }] = await db().query("SELECT max(right(number, 6)::int) AS max FROM certificates WHERE level = 'intermediate' AND application_id <> $1", [failing.id]);
      expect(Number(next.certificateNumber.slice(-6))).toBe(Number(max) + 1);
    });
  });

  describe('public verification and revocation', () => {
    let file: Awaited<ReturnType<typeof submitFile>>;
    let code: string;
    let number: string;
    let documentNumber: string;

    beforeAll(async () => {
      file = await submitFile(app, api, cycle, { fullName: '孙䶮' });
      const issued = await approveWithCertificate(app, file.id, { committeePassedOn: new Date('2026-07-01T03:00:00Z') });
      code = issued.verificationCode;
      number = issued.certificateNumber;
      documentNumber = issued.documentNumber;
    });

    it('answers valid with the holder, title, specialty, date obtained, date of issue and approval document number, and nothing else, without a login', async () => {
      const res = await verify(code);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.body).toEqual({
        status: 'valid',
        holderName: '孙䶮',
        title: { 'zh-CN': '工业设计师', en: 'Industrial Designer' },
        specialty: { 'zh-CN': '产品设计', en: 'Product design' },
        obtainedOn: '2026-07-01',
        issuedOn: shanghaiDate(new Date()),
        approvalDocumentNumber: documentNumber,
      });
    });

    it('answers a certificate issued before the bureau’s confirmation with a null document number', async () => {
      const old = await submitFile(app, api, cycle);
      const issued = await approveWithCertificate(app, old.id);
      // As the migration left them: no document number, no batch.
      await db().query('UPDATE certificates SET approval_document_number = NULL, confirmation_batch_id = NULL WHERE application_id = $1', [old.id]);
      expect((await verify(issued.verificationCode)).body).toMatchObject({ status: 'valid', approvalDocumentNumber: null });
      const read = await readPdf((await download(old.user.client, old.id)).pdf);
      expect(read.text).toContain('Approval reference');
      expect(read.text).toContain(old.referenceNumber);
    });

    it('answers 404 for an unknown or malformed code', async () => {
      const unknown = await verify('A'.repeat(24));
      expect(unknown).toMatchObject({ status: 404, body: { code: 'CERTIFICATE_NOT_FOUND' } });
      expect((await verify('not a code')).status).toBe(404);
      expect((await verify(number)).status).toBe(404); // the number alone is not a key
    });

    it('refuses revocation to anyone but a handling admin, without a reason, and of a file not approved', async () => {
      const reviewer = await makeReviewer(app, api);
      expect((await file.user.client.post(`/api/v1/applications/${file.id}/revoke`, { reason: 'self' })).status).toBe(403);
      expect((await reviewer.client.post(`/api/v1/applications/${file.id}/revoke`, { reason: 'no' })).status).toBe(403);
      const missing = await admin.client.post(`/api/v1/applications/${file.id}/revoke`, {});
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body.details)).toContain('reason');
      const blank = await admin.client.post(`/api/v1/applications/${file.id}/revoke`, { reason: '    ' });
      expect(blank).toMatchObject({ status: 400, body: { code: 'VALIDATION_FAILED', details: [{ path: 'reason' }] } });
      const notApproved = await submitFile(app, api, cycle);
      expect((await admin.client.post(`/api/v1/applications/${notApproved.id}/revoke`, { reason: 'fraud' })).body).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect((await admin.client.get(`/api/v1/applications/${notApproved.id}/revoke`)).body).toMatchObject({ code: 'INVALID_TRANSITION' });
      expect((await reviewer.client.get(`/api/v1/applications/${file.id}/revoke`)).status).toBe(403);
      // An admin who holds a title cannot revoke their own.
      const adminApplicant = await makeAdmin(app, api);
      await db().query("UPDATE users SET roles = ARRAY['admin','applicant'] WHERE id = $1", [adminApplicant.id]);
      const own = await submitFile(app, api, cycle, { user: adminApplicant });
      await approveWithCertificate(app, own.id);
      expect((await adminApplicant.client.post(`/api/v1/applications/${own.id}/revoke`, { reason: 'mine' })).status).toBe(404);
      expect((await adminApplicant.client.get(`/api/v1/applications/${own.id}/revoke`)).status).toBe(404);
      expect((await verify(code)).body.status).toBe('valid');
    });

    it('revokes: the file, the certificate (PDF and verification), a bar with its end date, and a message to the holder', async () => {
      const reason = '业绩证明材料系伪造 / forged evidence of achievements';
      // The bar's end is shown before confirming, and is the one the revocation then sets.
      const preview = await admin.client.get(`/api/v1/applications/${file.id}/revoke`);
      expect(preview).toMatchObject({ status: 200, body: { barYears: 3, barredUntil: expect.any(String) } });
      const res = await admin.client.post(`/api/v1/applications/${file.id}/revoke`, { reason });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('revoked');

      const after = await verify(code);
      expect(after.body).toMatchObject({ status: 'revoked', holderName: '孙䶮' });
      expect(Object.keys(after.body).sort()).toEqual(['approvalDocumentNumber', 'holderName', 'issuedOn', 'obtainedOn', 'specialty', 'status', 'title']);

      const read = await readPdf((await download(file.user.client, file.id)).pdf);
      expect(read.text).toContain('已撤销');
      expect(read.text).toContain('伪造');
      expect(read.qr).toBe(`${PUBLIC_URL}/verify/${code}`);

      // Barred until midnight (Shanghai) of the same day three years on (a test run on 29 February would see 1 March).
      const [{ barred_until }] = await db().query('SELECT barred_until FROM users WHERE id = $1', [file.user.id]);
      const today = shanghaiDate(new Date());
      const until = `${Number(today.slice(0, 4)) + 3}${today.slice(4)}`;
      expect(new Date(barred_until).toISOString()).toBe(new Date(`${until}T00:00:00+08:00`).toISOString());
      expect(preview.body.barredUntil).toBe(new Date(barred_until).toISOString());

      const [mail] = await smtp.waitFor(file.user.email, 1, 20000, (m) => m.subject.includes(number));
      expect(mail.text).toContain(until);
      expect(mail.text).toContain('forged evidence');

      const history = await db().query('SELECT action, reason FROM application_history WHERE application_id = $1 ORDER BY id DESC LIMIT 1', [file.id]);
      expect(history).toEqual([{ action: 'revoked', reason }]);
      const audit = await db().query("SELECT action FROM audit_log WHERE entity_id = $1 AND action = 'application.revoked'", [file.id]);
      expect(audit).toHaveLength(1);

      // Revoking twice: the file is no longer approved.
      expect((await admin.client.post(`/api/v1/applications/${file.id}/revoke`, { reason })).body).toMatchObject({ code: 'INVALID_TRANSITION' });
    });

    it('refuses the revoked holder’s new submission with the end date until the bar ends', async () => {
      const next = await makeOpenCycle(app);
      const [{ barred_until }] = await db().query('SELECT barred_until FROM users WHERE id = $1', [file.user.id]);
      const until = shanghaiDate(new Date(barred_until));
      const refused = await submitFile(app, api, next, { user: file.user }).catch((e: Error) => e.message);
      expect(refused).toContain('APPLICANT_BARRED');
      expect(refused).toContain(`You are barred from applying until ${until}`);

      // The bar ends (time passes): the same file goes in.
      await db().query("UPDATE users SET barred_until = now() - interval '1 minute' WHERE id = $1", [file.user.id]);
      const [draft] = await db().query("SELECT id FROM applications WHERE applicant_id = $1 AND cycle_id = $2 AND status = 'draft'", [file.user.id, next.id]);
      const submitted = await file.user.client.post(`/api/v1/applications/${draft.id}/submit`, { declarationAccepted: true });
      expect(submitted.status).toBe(200);
    });

    it('rate-limits verification per IP', async () => {
      let limited: Awaited<ReturnType<typeof verify>> | undefined;
      for (let i = verifyCalls; i <= VERIFY_LIMIT + 1 && !limited; i++) {
        const res = await verify(code);
        if (res.status === 429) limited = res;
      }
      expect(limited).toBeDefined();
      expect(limited!.body).toMatchObject({ code: 'RATE_LIMITED' });
      expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  });

  describe("the holder's view (issue 24: the file page)", () => {
    it('gives the holder the number, dates and verification link; after a revocation the reason and the end of the bar; 404 for others', async () => {
      const file = await submitFile(app, api, cycle, { fullName: '周䶮' });
      const issued = await approveWithCertificate(app, file.id, { committeePassedOn: new Date('2026-07-02T03:00:00Z') });
      const res = await file.user.client.get(`/api/v1/applications/${file.id}/certificate/details`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('private, no-store');
      expect(res.body).toMatchObject({
        number: issued.certificateNumber,
        status: 'valid',
        obtainedOn: '2026-07-02',
        issuedOn: shanghaiDate(new Date()),
        approvalDocumentNumber: issued.documentNumber,
        verificationCode: issued.verificationCode,
        verificationUrl: `${PUBLIC_URL}/verify/${issued.verificationCode}`,
        revokedOn: null,
        revocationReason: null,
        barredUntil: null,
      });
      const stranger = await makeApplicant(app, api);
      expect((await stranger.client.get(`/api/v1/applications/${file.id}/certificate/details`)).body).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
      const noCertificate = await submitFile(app, api, cycle);
      expect((await noCertificate.user.client.get(`/api/v1/applications/${noCertificate.id}/certificate/details`)).status).toBe(404);

      expect((await admin.client.post(`/api/v1/applications/${file.id}/revoke`, { reason: '获奖证书系伪造' })).status).toBe(200);
      const revoked = await file.user.client.get(`/api/v1/applications/${file.id}/certificate/details`);
      expect(revoked.body).toMatchObject({ status: 'revoked', revokedOn: shanghaiDate(new Date()), revocationReason: '获奖证书系伪造' });
      // REVOCATION_BAR_YEARS=3: the bar ends three years on.
      expect(new Date(revoked.body.barredUntil).getFullYear()).toBe(new Date().getFullYear() + 3);
    });
  });
});
