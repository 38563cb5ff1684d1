import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import { Clock, ManualClock, shanghaiDate } from '@app/common';
import { ScheduleRunner } from '@app/queue';
import {
  ApiClient,
  autoAssignAndWait,
  CommitteeMemberFixture,
  completeFormData,
  confirmCalendarYears,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReviewerPool,
  makeBureauOfficer,
  readPdf,
  SmtpSink,
  TEST_PASSWORD,
  TestUser,
  tinyPdf,
  tokenFrom,
  uniqueEmail,
  usePortal,
  yearsFromToday,
  recommendByUnit,
  residentIdFor,
} from '@app/testing';

const PUBLIC_URL = 'https://title.example.test';
const SCORES = { professional_competence: '27', design_achievements: '35', academic_contributions: '16', continuing_development: '8' };

interface Designer {
  label: string;
  fullName: string;
  locale: 'zh-CN' | 'en';
  /** The employer's region: Chongqing (the host province) or another province (the cross-provincial channel). */
  regionCode: string;
  crossProvincial: boolean;
  email: string;
  client: ApiClient;
  fileId: string;
  referenceNumber: string;
}

/**
 * The whole life of a file through the API only, for a local and a cross-provincial designer:
 * registration and e-mail verification, the form, evidence, submission, qualification,
 * automatic assignment and scoring, the committee's secret ballot, the public notice on the
 * working-day calendar, confirmation with a certificate, the PDF and its public verification.
 * Every message the portal promises on the way arrives at the test's SMTP server.
 */
describe('the life of a file, registration to verified certificate (e2e)', () => {
  // The worker's clock moves past the notice period; the API's is the real one.
  const workerClock = new ManualClock();
  const portal = usePortal({ smtp: true, worker: { overrides: [{ provide: Clock, useValue: workerClock }] }, env: { PUBLIC_URL: `${PUBLIC_URL}/` } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let smtp: SmtpSink;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, smtp, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    await confirmCalendarYears(admin.client, yearsFromToday());
  });

  const mailTo = (address: string, contains: string) => smtp.waitFor(address, 1, 20000, (m) => m.text.includes(contains) || m.subject.includes(contains));

  /** Registers, opens the link of the verification e-mail, signs in, fills the form, uploads every required piece of evidence and submits. */
  async function designerSubmits(label: string, fullName: string, locale: 'zh-CN' | 'en', regionCode: string): Promise<Designer> {
    const email = uniqueEmail(label);
    const registered = await api.post('/api/v1/auth/register', { email, password: TEST_PASSWORD, fullName, locale });
    expect(registered.status).toBe(202);
    const [verification] = await smtp.waitFor(email, 1, 20000);
    expect(verification.text).toContain('/verify-email?token=');
    expect((await api.post('/api/v1/auth/verify-email', { token: tokenFrom(verification) })).status).toBe(204);
    const login = await api.post('/api/v1/auth/login', { email, password: TEST_PASSWORD });
    expect(login.status).toBe(200);
    const client = api.withToken(login.body.accessToken);

    const draft = await client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: 'product_design' });
    expect(draft.status).toBe(201);
    const saved = await client.patch(`/api/v1/applications/${draft.body.id}`, { version: draft.body.version, data: completeFormData('intermediate', { fullName, regionCode, applicant: email }) });
    expect({ status: saved.status, body: saved.status === 200 ? 'ok' : saved.body }).toEqual({ status: 200, body: 'ok' });
    const eligibility = await client.get(`/api/v1/applications/${draft.body.id}/eligibility`);
    const required: { kind: string; minCount: number }[] = eligibility.body.evidence.required;
    const crossProvincial = regionCode.slice(0, 2) !== '50';
    expect(eligibility.body.crossProvincial).toBe(crossProvincial);
    // The cross-provincial channel asks for the entrustment letter of the home province.
    expect(required.some((r) => r.kind === 'entrustment_letter')).toBe(crossProvincial);
    for (const { kind, minCount } of required) {
      for (let i = 0; i < minCount; i++) {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', new Blob([tinyPdf(`${kind} ${i + 1}`)], { type: 'application/pdf' }), `${kind}-${i + 1}.pdf`);
        const uploaded = await client.post(`/api/v1/applications/${draft.body.id}/attachments`, form);
        expect({ kind, status: uploaded.status }).toEqual({ kind, status: 201 });
      }
    }
    const submitted = await client.post(`/api/v1/applications/${draft.body.id}/submit`, { declarationAccepted: true });
    expect({ status: submitted.status, body: submitted.status === 200 ? 'ok' : submitted.body }).toEqual({ status: 200, body: 'ok' });
    const referenceNumber = submitted.body.referenceNumber as string;
    expect(submitted.body.status).toBe('with_unit');
    await mailTo(email, referenceNumber);
    // Past its recommending unit (set-up here; the unit's stage, its posting and messages: unit-recommendation.e2e-spec.ts).
    await recommendByUnit(app, draft.body.id);
    return { label, fullName, locale, regionCode, crossProvincial, email, client, fileId: draft.body.id, referenceNumber };
  }

  it('takes a local and a cross-provincial designer from registration to a verified certificate, every message delivered', async () => {
    const local = await designerSubmits('local', '张龑', 'zh-CN', '500103');
    const crossProvincial = await designerSubmits('cross', '刘䶮', 'en', '510104');
    const designers = [local, crossProvincial];

    // Qualification review: accepted (the admin confirms the cross-provincial file's entrustment letter), the designer is told.
    for (const d of designers) {
      const accepted = await admin.client.post(`/api/v1/applications/${d.fileId}/qualification`, { decision: 'accept', ...(d.crossProvincial ? { confirmEntrustment: true } : {}) });
      expect({ status: accepted.status, body: accepted.status === 200 ? 'ok' : accepted.body }).toEqual({ status: 200, body: 'ok' });
      await smtp.waitFor(d.email, 3, 20000);
    }

    // Expert review: three reviewers from the pool, assigned by the worker, each told; each scores both files.
    const panel = await makeReviewerPool(app, api, admin.client);
    const assigned = await autoAssignAndWait(admin.client, cycle.id);
    expect(assigned.summary).toMatchObject({ files: 2, assigned: 6, shortfalls: [] });
    for (const reviewer of panel) {
      // One digest for the run, naming both files.
      const [told] = await smtp.waitFor(reviewer.email, 1, 20000, (m) => designers.some((d) => m.text.includes(d.referenceNumber)));
      for (const d of designers) expect(told.text).toContain(d.referenceNumber);
      const mine = await reviewer.client.get('/api/v1/reviews');
      expect(mine.body.items).toHaveLength(2);
      for (const item of mine.body.items as { id: string }[]) {
        expect((await reviewer.client.put(`/api/v1/reviews/${item.id}`, { scores: SCORES, comment: 'Well-founded work.', recommendation: 'pass' })).status).toBe(200);
        expect((await reviewer.client.post(`/api/v1/reviews/${item.id}/submit`)).status).toBe(200);
      }
    }
    for (const d of designers) expect((await d.client.get(`/api/v1/applications/${d.fileId}`)).body.status).toBe('reviewed');

    // The committee: 11 members (organised by specialty), a meeting notified to each, a secret ballot.
    const members: CommitteeMemberFixture[] = await makeCommitteeMembers(app, api, 11);
    const today = new Date().toISOString().slice(0, 10);
    const committee = await admin.client.post('/api/v1/committees', {
      nameZh: '工业设计专业职称评审委员会',
      nameEn: 'Industrial Design Title Evaluation Committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: today,
      termEnd: new Date(Date.now() + 2 * 365 * 24 * 3600 * 1000).toISOString().slice(0, 10),
    });
    expect({ status: committee.status, body: committee.status === 201 ? 'ok' : committee.body }).toEqual({ status: 201, body: 'ok' });
    const meeting = await admin.client.post('/api/v1/meetings', {
      committeeId: committee.body.id,
      cycleId: cycle.id,
      scheduledAt: new Date(Date.now() + 3600 * 1000).toISOString(),
      location: '评审会议室',
      applicationIds: designers.map((d) => d.fileId),
    });
    expect({ status: meeting.status, body: meeting.status === 201 ? 'ok' : meeting.body }).toEqual({ status: 201, body: 'ok' });
    for (const m of members) await smtp.waitFor(m.email, 1, 20000);
    expect((await admin.client.post(`/api/v1/meetings/${meeting.body.id}/open`, { presentMemberIds: members.map((m) => m.id) })).status).toBe(200);
    for (const [i, m] of members.entries()) {
      for (const d of designers) {
        // 9 yes of 11 entitled: 27 >= 22, passes.
        const ballot = await m.client.post(`/api/v1/meetings/${meeting.body.id}/ballots`, { applicationId: d.fileId, vote: i < 9 ? 'yes' : 'no' });
        expect(ballot.status).toBe(201);
      }
    }
    const closed = await admin.client.post(`/api/v1/meetings/${meeting.body.id}/close`);
    expect({ status: closed.status, body: closed.status === 200 ? 'ok' : closed.body }).toEqual({ status: 200, body: 'ok' });

    // The public notice: anyone sees name, employer, level, specialty, cycle; the designer is told.
    const notices = await api.get('/api/v1/public/notices');
    expect(notices.status).toBe(200);
    const posted = (notices.body.items as { name: string; endDate: string }[]).filter((n) => designers.some((d) => d.fullName === n.name));
    expect(posted).toHaveLength(2);
    for (const d of designers) expect(JSON.stringify(notices.body)).not.toContain(residentIdFor(d.email));
    for (const d of designers) {
      expect((await d.client.get(`/api/v1/applications/${d.fileId}`)).body.status).toBe('public_notice');
      await smtp.waitFor(d.email, 4, 20000);
    }

    // The period ends with no objection: the worker's schedule sends the files to the bureau; no title yet.
    const lastDay = posted.map((n) => n.endDate).sort()[1];
    workerClock.set(new Date(`${lastDay}T12:00:00+08:00`));
    workerClock.advance(24 * 3600 * 1000);
    await portal.worker.get(ScheduleRunner).runNow('close-notices');
    for (const d of designers) {
      expect((await d.client.get(`/api/v1/applications/${d.fileId}`)).body.status).toBe('awaiting_confirmation');
      await smtp.waitFor(d.email, 5, 20000);
    }

    // The bureau's officer confirms both in one batch with an approval document number: approved, certificates issued.
    const officer = await makeBureauOfficer(app, api);
    const queue = await officer.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}`);
    expect(queue.body.items.map((f: { id: string }) => f.id).sort()).toEqual(designers.map((d) => d.fileId).sort());
    const documentNumber = '渝人社职〔2026〕88号';
    const confirmed = await officer.client.post('/api/v1/bureau/confirmation-batches', { documentNumber, issuedOn: shanghaiDate(new Date()), applicationIds: designers.map((d) => d.fileId) });
    expect(confirmed.status).toBe(201);

    for (const d of designers) {
      expect((await d.client.get(`/api/v1/applications/${d.fileId}`)).body.status).toBe('approved');
      const [approval] = await smtp.waitFor(d.email, 1, 20000, (m) => /\d{13}/.test(m.text) && (m.text.includes('证书编号') || m.text.includes('Certificate number')));
      const certificateNumber = /(\d{13})/.exec(approval.text)![1];

      // The certificate: only its holder (and admins) may fetch it; it names the holder, the number, and links to its verification.
      const pdf = await fetch(`${api.baseUrl}/api/v1/applications/${d.fileId}/certificate`, { headers: { authorization: `Bearer ${d.client.token}` } });
      expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
      const other = designers.find((x) => x !== d)!;
      expect((await fetch(`${api.baseUrl}/api/v1/applications/${d.fileId}/certificate`, { headers: { authorization: `Bearer ${other.client.token}` } })).status).toBe(404);
      const read = await readPdf(Buffer.from(await pdf.arrayBuffer()));
      expect(read.text).toContain(d.fullName);
      expect(read.text).toContain(certificateNumber);
      if (d.crossProvincial) expect(read.text).toContain('跨省评审渠道');
      else expect(read.text).not.toContain('跨省');
      expect(read.qr).toMatch(new RegExp(`^${PUBLIC_URL}/verify/[A-Za-z0-9_-]{22,}$`));

      // Anyone can verify it from the QR code's link: valid, with the minimal holder data and nothing else.
      const code = read.qr!.split('/verify/')[1];
      const verified = await api.get(`/api/v1/public/certificates/${code}`);
      expect(verified.status).toBe(200);
      expect(verified.body).toMatchObject({ status: 'valid', holderName: d.fullName, approvalDocumentNumber: documentNumber, issuedOn: shanghaiDate(new Date()) });
      expect(JSON.stringify(verified.body)).not.toContain(d.email);
    }

    // Every message the life of each file promised, in order of the steps: verification, submitted, accepted, on notice, awaiting the bureau, approved.
    for (const d of designers) expect(smtp.to(d.email)).toHaveLength(6);
  });
});
