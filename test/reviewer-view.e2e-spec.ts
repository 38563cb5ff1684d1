import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import {
  ApiClient,
  forceTransition,
  makeApplicant,
  makeOpenCycle,
  makeReadyFile,
  makeReviewer,
  makeReviewerProfile,
  statusOf,
  TestUser,
  tinyPdf,
  usePortal,
  submitToOffice,
} from '@app/testing';

/** What the sample form data (libs/applications sample-form-data.ts) says about the applicant that scoring does not need. */
const PHONE = '13800138000';
const EMAIL = 'chen@example.com';
const BIRTH_DATE = '1988-05-12';

const FULL_REVIEW = {
  scores: { professional_competence: '25', design_achievements: '30', academic_contributions: '15', continuing_development: '8' },
  comment: 'Solid portfolio.',
  recommendation: 'pass',
};

describe("a reviewer's view of a file: what scoring needs, while the file is in review (e2e)", () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
  });

  interface FileInReview {
    id: string;
    applicant: TestUser;
    identityDocumentId: string;
    portfolioId: string;
    portfolio: Buffer;
    panel: { reviewer: TestUser; reviewId: string }[];
  }

  async function upload(applicant: TestUser, id: string, kind: string, pdf: Buffer): Promise<string> {
    const form = new FormData();
    form.append('kind', kind);
    form.append('file', new Blob([pdf], { type: 'application/pdf' }), `${kind}.pdf`);
    const res = await applicant.client.post(`/api/v1/applications/${id}/attachments`, form);
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    return res.body.id as string;
  }

  /** A submitted file accepted by an admin, with real evidence bytes, and `panelSize` reviewers assigned by the admin over HTTP. */
  async function fileInReview(panelSize: number): Promise<FileInReview> {
    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle);
    const identityDocumentId = await upload(applicant, id, 'identity_document', tinyPdf('identity card scan'));
    const portfolio = tinyPdf('portfolio for the panel');
    const portfolioId = await upload(applicant, id, 'portfolio', portfolio);
    expect((await submitToOffice(app, applicant.client, id)).status).toBe(200);
    expect((await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' })).status).toBe(200);
    const reviewers: TestUser[] = [];
    for (let i = 0; i < panelSize; i++) {
      const reviewer = await makeReviewer(app, api);
      await makeReviewerProfile(app, reviewer.id, { specialties: [cycle.specialties[0]], employerCreditCode: null, employerName: `评审专家单位 ${reviewer.id}` });
      reviewers.push(reviewer);
    }
    const assigned = await admin.client.post(`/api/v1/applications/${id}/assignments`, { reviewerIds: reviewers.map((r) => r.id) });
    expect({ status: assigned.status, body: assigned.status === 201 ? 'ok' : assigned.body }).toEqual({ status: 201, body: 'ok' });
    const panel = reviewers.map((reviewer) => ({ reviewer, reviewId: assigned.body.items.find((a: { reviewerId: string }) => a.reviewerId === reviewer.id).id as string }));
    return { id, applicant, identityDocumentId, portfolioId, portfolio, panel };
  }

  /** Raw bytes of a download (ApiClient would decode them as text). */
  async function download(who: TestUser, path: string): Promise<{ status: number; bytes: Buffer }> {
    const res = await fetch(`${api.baseUrl}${path}`, { headers: { authorization: `Bearer ${who.accessToken}` } });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
  }

  /** Every route by which a reviewer could read the file or anything of it: through the review, and the applications' own routes. */
  async function fileRouteStatuses(file: FileInReview, reviewer: TestUser, reviewId: string): Promise<Record<string, number>> {
    const paths = [
      `/api/v1/reviews/${reviewId}/file`,
      `/api/v1/reviews/${reviewId}/file/attachments`,
      `/api/v1/reviews/${reviewId}/file/attachments/${file.portfolioId}`,
      `/api/v1/applications/${file.id}`,
      `/api/v1/applications/${file.id}/eligibility`,
      `/api/v1/applications/${file.id}/history`,
      `/api/v1/applications/${file.id}/timeline`,
      `/api/v1/applications/${file.id}/attachments`,
      `/api/v1/applications/${file.id}/attachments/${file.portfolioId}`,
      `/api/v1/applications/${file.id}/appeals`,
      `/api/v1/applications/${file.id}/certificate`,
    ];
    const out: Record<string, number> = {};
    for (const path of paths) out[path.replace(reviewId, ':reviewId').replace(file.id, ':id').replace(file.portfolioId, ':attachmentId')] = (await download(reviewer, path)).status;
    return out;
  }

  /** Every route closed: 404 as for a file one may not see; the appeals route is closed to the reviewer role altogether (403). */
  const all404 = (statuses: Record<string, number>) => Object.fromEntries(Object.keys(statuses).map((k) => [k, k.endsWith('/appeals') ? 403 : 404]));

  it('in review: the file through the review, without contact data, birth date, user id, identity number or identity documents', async () => {
    const file = await fileInReview(1);
    const { reviewer, reviewId } = file.panel[0];
    const mine = await reviewer.client.get('/api/v1/reviews');
    expect(mine.body.items.map((r: { id: string; applicationId: string }) => [r.id, r.applicationId])).toEqual([[reviewId, file.id]]);

    // The applications' own routes (the owner's and the handling admins' view) are not the reviewer's.
    const statuses = await fileRouteStatuses(file, reviewer, reviewId);
    const applicationRoutes = Object.fromEntries(Object.entries(statuses).filter(([path]) => path.startsWith('/api/v1/applications')));
    expect(applicationRoutes).toEqual(all404(applicationRoutes));
    const identityViaApplications = await download(reviewer, `/api/v1/applications/${file.id}/attachments/${file.identityDocumentId}`);
    expect(identityViaApplications.status).toBe(404);

    const view = await reviewer.client.get(`/api/v1/reviews/${reviewId}/file`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ reviewId, applicationId: file.id, level: 'intermediate', specialty: cycle.specialties[0], applicantName: '陈设计' });
    expect(view.body.referenceNumber).toMatch(/-INT-/);
    // What scoring reads is there; of the identity section, only the name.
    expect(view.body.data.identity).toEqual({ fullName: '陈设计' });
    expect(view.body.data.education).toMatchObject({ level: expect.any(String) });
    expect(view.body.data.workHistory.length).toBeGreaterThan(0);
    const owner = (await file.applicant.client.get(`/api/v1/applications/${file.id}`)).body;
    const raw = JSON.stringify(view.body);
    for (const secret of [PHONE, EMAIL, BIRTH_DATE, file.applicant.id, owner.data.identity.documentNumber, owner.documentNumberMasked]) expect(raw).not.toContain(secret);
    for (const field of ['applicantId', 'documentNumberMasked', 'mobile', 'email', 'birthDate', 'documentNumber', 'gender']) expect(raw).not.toContain(`"${field}"`);

    // Evidence: listed without identity documents and without who uploaded it.
    const list = await reviewer.client.get(`/api/v1/reviews/${reviewId}/file/attachments`);
    expect(list.status).toBe(200);
    const kinds = list.body.items.map((a: { kind: string }) => a.kind);
    expect(kinds).toContain('portfolio');
    expect(kinds).not.toContain('identity_document');
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(file.identityDocumentId);
    expect(JSON.stringify(list.body)).not.toContain(file.applicant.id);

    const portfolio = await download(reviewer, `/api/v1/reviews/${reviewId}/file/attachments/${file.portfolioId}`);
    expect(portfolio.status).toBe(200);
    expect(portfolio.bytes.equals(file.portfolio)).toBe(true);
    const identityDocument = await download(reviewer, `/api/v1/reviews/${reviewId}/file/attachments/${file.identityDocumentId}`);
    expect(identityDocument.status).toBe(404);

    // Another reviewer, not on the panel, reads nothing of it.
    const outsider = await makeReviewer(app, api);
    expect(await fileRouteStatuses(file, outsider, reviewId)).toEqual(all404(statuses));
  });

  it('once the file leaves review (reviewed, public notice, awaiting confirmation, approved, revoked) every file route answers 404; the reviewer keeps their own review', async () => {
    const file = await fileInReview(1);
    const { reviewer, reviewId } = file.panel[0];
    expect((await reviewer.client.put(`/api/v1/reviews/${reviewId}`, FULL_REVIEW)).status).toBe(200);
    expect((await reviewer.client.post(`/api/v1/reviews/${reviewId}/submit`)).status).toBe(200);
    // Submitted, the file still in review (a panel of three needs two more): still readable.
    expect((await reviewer.client.get(`/api/v1/reviews/${reviewId}/file`)).status).toBe(200);

    for (const action of ['complete_review', 'committee_pass', 'close_notice', 'confirm_title', 'revoke'] as const) {
      await forceTransition(app, file.id, action);
      const statuses = await fileRouteStatuses(file, reviewer, reviewId);
      expect({ action, statuses }).toEqual({ action, statuses: all404(statuses) });
      const own = await reviewer.client.get(`/api/v1/reviews/${reviewId}`);
      expect({ action, status: own.status, total: own.body.total, review: own.body.status }).toEqual({ action, status: 200, total: '78.00', review: 'submitted' });
      const listed = await reviewer.client.get('/api/v1/reviews');
      expect(listed.body.items.find((r: { id: string }) => r.id === reviewId)).toMatchObject({ total: '78.00', comment: 'Solid portfolio.' });
    }
    const status = await statusOf(app, file.id);
    expect(status).toBe('revoked');
  });

  it('a declined or withdrawn assignment ends the reviewer\'s access to the file at once, the file still in review', async () => {
    const file = await fileInReview(2);
    const [declining, withdrawn] = file.panel;
    for (const { reviewer, reviewId } of file.panel) expect((await reviewer.client.get(`/api/v1/reviews/${reviewId}/file`)).status).toBe(200);

    expect((await declining.reviewer.client.post(`/api/v1/reviews/${declining.reviewId}/decline`, { reason: 'unavailable' })).status).toBe(200);
    expect((await admin.client.delete(`/api/v1/applications/${file.id}/assignments/${withdrawn.reviewId}`)).status).toBe(204);

    for (const [{ reviewer, reviewId }, ended] of [
      [declining, 'declined'],
      [withdrawn, 'withdrawn'],
    ] as const) {
      const statuses = await fileRouteStatuses(file, reviewer, reviewId);
      expect({ ended, statuses }).toEqual({ ended, statuses: all404(statuses) });
      const own = await reviewer.client.get(`/api/v1/reviews/${reviewId}`);
      expect({ status: own.status, review: own.body.status }).toEqual({ status: 200, review: ended });
    }
  });
});
