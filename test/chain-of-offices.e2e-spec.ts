import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import { Clock, ManualClock, shanghaiDate } from '@app/common';
import { ScheduleRunner } from '@app/queue';
import {
  ApiClient,
  associationId,
  autoAssignAndWait,
  completeFormData,
  confirmCalendarYears,
  ensureSampleUnit,
  makeApplicant,
  makeBureauOfficer,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReviewerPool,
  makeUnitOfficer,
  pastPostingAcrossHoliday,
  residentIdFor,
  shiftAppClock,
  testDocumentNumber,
  TestUser,
  tinyPdf,
  unregisteredCreditCode,
  usePortal,
  yearsFromToday,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;
const SCORES = { professional_competence: '27', design_achievements: '35', academic_contributions: '16', continuing_development: '8' };

interface ChainFile {
  label: string;
  fullName: string;
  user: TestUser;
  id: string;
  referenceNumber: string;
  /** Who recommends it. */
  unit: { id: string; kind: 'employer' | 'sub_centre' | 'association'; officer: TestUser };
  crossProvincial: boolean;
}

/**
 * Issue 27's "Done when": the chain of offices through the real HTTP API and worker, for a
 * local file (the employer recommends after an internal posting across a public holiday), a
 * freelance file (the district's sub-centre recommends) and a cross-provincial file (the
 * partner association recommends, in place of the entrustment confirmation). Each goes from
 * submission through the unit, the office's qualification, the expert review, the committee's
 * ballot and the public notice to `awaiting_confirmation`; the bureau's officer confirms a batch
 * with an approval document number (文号) and a date of issue, and only then is each approved,
 * its certificate carrying the number and the date of issue (apart from the date obtained). A
 * fourth file, left awaiting, proves the batch's filing export holds exactly the confirmed files.
 */
describe('the chain of offices: unit, office, experts, committee, notice, bureau (e2e)', () => {
  // The worker's clock moves past the notice period; the API's follows once the notice has closed.
  const workerClock = new ManualClock();
  const portal = usePortal({ worker: { overrides: [{ provide: Clock, useValue: workerClock }] } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;
  let cycle: Cycle;
  let restoreClock: (() => void) | undefined;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    await confirmCalendarYears(admin.client, yearsFromToday());
  });
  afterAll(() => restoreClock?.());

  /** A designer fills the form (employer as given), uploads every required piece of evidence over HTTP and submits: the file is with its unit. */
  async function designerSubmits(label: string, fullName: string, employer: { regionCode: string; creditCode?: string; type?: string }): Promise<Omit<ChainFile, 'unit'> & { unitId: string }> {
    const user = await makeApplicant(app, api);
    const draft = await user.client.post('/api/v1/applications', { cycleId: cycle.id, level: 'intermediate', specialty: 'product_design' });
    expect(draft.status).toBe(201);
    const data = completeFormData('intermediate', { fullName, regionCode: employer.regionCode, applicant: user.id }) as { employer: Record<string, unknown> };
    if (employer.creditCode) data.employer.creditCode = employer.creditCode;
    if (employer.type) data.employer.type = employer.type;
    const saved = await user.client.patch(`/api/v1/applications/${draft.body.id}`, { version: draft.body.version, data });
    expect({ label, status: saved.status }).toEqual({ label, status: 200 });
    const eligibility = await user.client.get(`/api/v1/applications/${draft.body.id}/eligibility`);
    for (const { kind, minCount } of eligibility.body.evidence.required as { kind: string; minCount: number }[]) {
      for (let i = 0; i < minCount; i++) {
        const form = new FormData();
        form.append('kind', kind);
        form.append('file', new Blob([tinyPdf(`${label} ${kind} ${i + 1}`)], { type: 'application/pdf' }), `${kind}-${i + 1}.pdf`);
        expect({ kind, status: (await user.client.post(`/api/v1/applications/${draft.body.id}/attachments`, form)).status }).toEqual({ kind, status: 201 });
      }
    }
    const submitted = await user.client.post(`/api/v1/applications/${draft.body.id}/submit`, { declarationAccepted: true });
    expect({ label, status: submitted.status, body: submitted.status === 200 ? submitted.body.status : submitted.body }).toEqual({ label, status: 200, body: 'with_unit' });
    return {
      label,
      fullName,
      user,
      id: draft.body.id,
      referenceNumber: submitted.body.referenceNumber,
      unitId: submitted.body.recommendingUnitId,
      crossProvincial: submitted.body.crossProvincial,
    };
  }

  it('takes a local, a freelance and a cross-provincial file from submission to an approved title with a document number; the filing export holds exactly the confirmed files', async () => {
    const today = shanghaiDate(new Date());

    // The organisations: the designer's employer (registered), the district's sub-centre (the admin registers it), the partner association (seeded).
    const employerId = await ensureSampleUnit(app);
    const subCentre = await admin.client.post('/api/v1/admin/organisations', { kind: 'sub_centre', nameZh: '沙坪坝区工业设计服务分中心', nameEn: 'Shapingba Design Service Sub-centre', regionCode: '500106' });
    expect(subCentre.status).toBe(201);
    const units = {
      employer: { id: employerId, kind: 'employer' as const, officer: await makeUnitOfficer(app, api, employerId, { locale: 'zh-CN' }) },
      sub_centre: { id: subCentre.body.id as string, kind: 'sub_centre' as const, officer: await makeUnitOfficer(app, api, subCentre.body.id, { locale: 'zh-CN' }) },
      association: { id: await associationId(app), kind: 'association' as const, officer: await makeUnitOfficer(app, api, await associationId(app), { locale: 'en' }) },
    };

    // 1. Submission: each file names its recommending unit.
    const submitted = [
      { ...(await designerSubmits('local', '张本地', { regionCode: '500103' })), unit: units.employer },
      // Freelance: an own business nobody registered, in the district the sub-centre serves (its exact code).
      { ...(await designerSubmits('freelance', '李自由', { regionCode: '500106', creditCode: unregisteredCreditCode(), type: 'other' })), unit: units.sub_centre },
      { ...(await designerSubmits('cross', '王跨省', { regionCode: '440305' })), unit: units.association },
      // The fourth: a local file that will be left awaiting the bureau.
      { ...(await designerSubmits('waiting', '赵等待', { regionCode: '500103' })), unit: units.employer },
    ];
    for (const f of submitted) expect({ label: f.label, unit: f.unitId, crossProvincial: f.crossProvincial }).toEqual({ label: f.label, unit: f.unit.id, crossProvincial: f.label === 'cross' });
    const files: ChainFile[] = submitted;
    const [local, freelance, cross, waiting] = files;
    const confirmedFiles = [local, freelance, cross];

    // 2. The unit: each officer sees only their unit's files; posts the summary internally across a holiday, records the outcome, recommends.
    const posting = await pastPostingAcrossHoliday(admin.client, today);
    expect(posting.endDate > posting.weekdaysEnd).toBe(true);
    for (const f of files) {
      const officer = f.unit.officer;
      const queue = await officer.client.get('/api/v1/unit/files?limit=100');
      expect(queue.body.items.map((i: { applicationId: string }) => i.applicationId)).toContain(f.id);
      for (const other of Object.values(units).filter((u) => u.id !== f.unit.id)) {
        expect([f.label, (await other.officer.client.get(`/api/v1/unit/files/${f.id}`)).status]).toEqual([f.label, 404]);
      }
      const posted = await officer.client.put(`/api/v1/unit/files/${f.id}/posting`, { startDate: posting.startDate });
      expect(posted.status).toBe(200);
      // The working-day calendar skips the holiday: later than five weekdays would end.
      expect(posted.body.posting).toMatchObject({ startDate: posting.startDate, endDate: posting.endDate, workingDays: 5 });
      expect((await officer.client.put(`/api/v1/unit/files/${f.id}/posting`, { startDate: posting.startDate, outcome: 'no_objection' })).status).toBe(200);
      const recommended = await officer.client.post(`/api/v1/unit/files/${f.id}/recommend`, { note: '情况属实，同意推荐' });
      expect({ label: f.label, status: recommended.status, fileStatus: recommended.body.status }).toEqual({ label: f.label, status: 200, fileStatus: 'submitted' });
    }

    // 3. The office's qualification: the queue shows each unit's recommendation and posting; the association's stands in for the entrustment confirmation.
    const office = await admin.client.get('/api/v1/admin/qualification?limit=100');
    for (const f of files) {
      const item = office.body.items.find((i: { id: string }) => i.id === f.id);
      expect(item.recommendation).toMatchObject({
        unit: { id: f.unit.id, kind: f.unit.kind },
        posting: { startDate: posting.startDate, endDate: posting.endDate, outcome: 'no_objection' },
        decision: { decision: 'recommended' },
      });
    }
    expect(office.body.items.find((i: { id: string }) => i.id === cross.id).confirmations).toEqual({ exceptional: false, entrustment: false });
    for (const f of files) {
      const accepted = await admin.client.post(`/api/v1/applications/${f.id}/qualification`, { decision: 'accept' });
      expect({ label: f.label, status: accepted.status, fileStatus: accepted.body.status }).toEqual({ label: f.label, status: 200, fileStatus: 'in_review' });
    }

    // 4. The expert review: three reviewers from the pool, assigned by the worker; each scores every file.
    const panel = (await makeReviewerPool(app, api, admin.client)).map((r) => r.client);
    const assigned = await autoAssignAndWait(admin.client, cycle.id);
    expect(assigned.summary).toMatchObject({ files: 4, assigned: 12, shortfalls: [] });
    for (const reviewer of panel) {
      const mine = await reviewer.get('/api/v1/reviews');
      expect(mine.body.items).toHaveLength(4);
      for (const item of mine.body.items as { id: string }[]) {
        expect((await reviewer.put(`/api/v1/reviews/${item.id}`, { scores: SCORES, comment: 'Well-founded work.', recommendation: 'pass' })).status).toBe(200);
        expect((await reviewer.post(`/api/v1/reviews/${item.id}/submit`)).status).toBe(200);
      }
    }
    for (const f of files) expect((await f.user.client.get(`/api/v1/applications/${f.id}`)).body.status).toBe('reviewed');

    // 5. The committee's secret ballot: 9 yes of 11 passes each file.
    const members = await makeCommitteeMembers(app, api, 11);
    const committee = await admin.client.post('/api/v1/committees', {
      nameZh: '工业设计专业职称评审委员会',
      nameEn: 'Industrial Design Title Evaluation Committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: today,
      termEnd: shanghaiDate(new Date(Date.now() + 2 * 365 * DAY)),
    });
    expect(committee.status).toBe(201);
    const meeting = await admin.client.post('/api/v1/meetings', {
      committeeId: committee.body.id,
      cycleId: cycle.id,
      scheduledAt: new Date(Date.now() + 3600 * 1000).toISOString(),
      location: '评审会议室',
      applicationIds: files.map((f) => f.id),
    });
    expect(meeting.status).toBe(201);
    expect((await admin.client.post(`/api/v1/meetings/${meeting.body.id}/open`, { presentMemberIds: members.map((m) => m.id) })).status).toBe(200);
    for (const [i, m] of members.entries()) {
      for (const f of files) expect((await m.client.post(`/api/v1/meetings/${meeting.body.id}/ballots`, { applicationId: f.id, vote: i < 9 ? 'yes' : 'no' })).status).toBe(201);
    }
    expect((await admin.client.post(`/api/v1/meetings/${meeting.body.id}/close`)).status).toBe(200);
    const passedOn = shanghaiDate(new Date());

    // 6. The public notice on the working-day calendar; it ends with no objection: the worker's schedule sends the files to the bureau, no title yet.
    const notices = await api.get('/api/v1/public/notices?limit=100');
    const posted = (notices.body.items as { name: string; endDate: string }[]).filter((n) => files.some((f) => f.fullName === n.name));
    expect(posted).toHaveLength(4);
    for (const f of files) expect((await f.user.client.get(`/api/v1/applications/${f.id}`)).body.status).toBe('public_notice');
    const lastDay = posted.map((n) => n.endDate).sort().at(-1)!;
    const dayAfter = new Date(new Date(`${lastDay}T12:00:00+08:00`).getTime() + DAY);
    workerClock.set(dayAfter);
    await portal.worker.get(ScheduleRunner).runNow('close-notices');
    for (const f of files) {
      expect([f.label, (await f.user.client.get(`/api/v1/applications/${f.id}`)).body.status]).toEqual([f.label, 'awaiting_confirmation']);
      expect((await f.user.client.get(`/api/v1/applications/${f.id}/certificate/details`)).status).toBe(404);
    }

    // 7. The bureau, the day after the notice closed: its officer sees the four waiting and confirms three in one batch.
    restoreClock = shiftAppClock(app, dayAfter.getTime() - Date.now());
    const issuedOn = shanghaiDate(dayAfter);
    expect(issuedOn > passedOn).toBe(true);
    const officer = await makeBureauOfficer(app, api);
    const queue = await officer.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
    expect(queue.body.items.map((f: { id: string }) => f.id).sort()).toEqual(files.map((f) => f.id).sort());
    const documentNumber = testDocumentNumber();
    const confirmed = await officer.client.post('/api/v1/bureau/confirmation-batches', { documentNumber, issuedOn, applicationIds: confirmedFiles.map((f) => f.id) });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.batch).toMatchObject({ documentNumber, issuedOn, fileCount: 3, confirmedBy: officer.id });
    const batchId = confirmed.body.batch.id as string;

    // Approved, each certificate carrying the document number and the date of issue, apart from the date obtained (the committee's pass).
    const certificateNumbers = new Map<string, string>();
    for (const f of confirmedFiles) {
      expect([f.label, (await f.user.client.get(`/api/v1/applications/${f.id}`)).body.status]).toEqual([f.label, 'approved']);
      const details = await f.user.client.get(`/api/v1/applications/${f.id}/certificate/details`);
      expect(details.status).toBe(200);
      expect(details.body).toMatchObject({ status: 'valid', approvalDocumentNumber: documentNumber, issuedOn, obtainedOn: passedOn });
      certificateNumbers.set(f.id, details.body.number);
      const verified = await api.get(`/api/v1/public/certificates/${details.body.verificationCode}`);
      expect(verified.body).toMatchObject({ status: 'valid', holderName: f.fullName, approvalDocumentNumber: documentNumber, issuedOn, obtainedOn: passedOn });
    }
    // The fourth still waits, with no certificate, and stays in the bureau's queue.
    expect((await waiting.user.client.get(`/api/v1/applications/${waiting.id}`)).body.status).toBe('awaiting_confirmation');
    expect((await waiting.user.client.get(`/api/v1/applications/${waiting.id}/certificate/details`)).status).toBe(404);
    const after = await officer.client.get(`/api/v1/bureau/awaiting-confirmation?cycleId=${cycle.id}&limit=100`);
    expect(after.body.items.map((f: { id: string }) => f.id)).toEqual([waiting.id]);

    // 8. The filing export of the batch: exactly the three confirmed files, identity numbers in full, in CSV and JSON.
    const expectedNumbers = [...certificateNumbers.values()].sort();
    const csv = await fetch(`${api.baseUrl}/api/v1/bureau/confirmation-batches/${batchId}/filing.csv`, { headers: { authorization: `Bearer ${officer.client.token}` } });
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\ufeff/, '');
    const [header, ...rows] = text.split('\r\n').filter(Boolean);
    const column = (name: string) => header.split(',').indexOf(name);
    expect(rows.map((r) => r.split(',')[column('certificateNumber')]).sort()).toEqual(expectedNumbers);
    expect(rows.map((r) => r.split(',')[column('approvalDocumentNumber')])).toEqual([documentNumber, documentNumber, documentNumber]);
    expect(rows.map((r) => r.split(',')[column('identityNumber')]).sort()).toEqual(confirmedFiles.map((f) => residentIdFor(f.user.id)).sort());
    expect(text).not.toContain(waiting.referenceNumber);
    expect(text).not.toContain(residentIdFor(waiting.user.id));

    const json = await officer.client.get(`/api/v1/bureau/confirmation-batches/${batchId}/filing.json`);
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({ formatVersion: '1', batch: { id: batchId, documentNumber, issuedOn, fileCount: 3 } });
    const records = json.body.records as { certificateNumber: string; referenceNumber: string; holderName: string; identityNumber: string; crossProvincial: boolean; issuedOn: string; obtainedOn: string }[];
    expect(records.map((r) => r.certificateNumber).sort()).toEqual(expectedNumbers);
    expect(records.map((r) => r.referenceNumber).sort()).toEqual(confirmedFiles.map((f) => f.referenceNumber).sort());
    for (const f of confirmedFiles) {
      expect(records.find((r) => r.referenceNumber === f.referenceNumber)).toMatchObject({
        holderName: f.fullName,
        identityNumber: residentIdFor(f.user.id),
        crossProvincial: f.crossProvincial,
        issuedOn,
        obtainedOn: passedOn,
      });
    }
    expect(JSON.stringify(json.body)).not.toContain(waiting.referenceNumber);

    // The history of each confirmed file is the chain, in order.
    for (const f of confirmedFiles) {
      const history = await f.user.client.get(`/api/v1/applications/${f.id}/history`);
      const actions = ((history.body.items ?? history.body) as { action: string }[]).map((h) => h.action);
      expect(actions.filter((a) => ['submitted', 'recommended', 'approved'].includes(a))).toEqual(['submitted', 'recommended', 'approved']);
    }
  });
});
