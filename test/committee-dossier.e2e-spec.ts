import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Cycle } from '@app/applications';
import {
  ApiClient,
  CommitteeMemberFixture,
  confirmCalendarYears,
  forceTransition,
  makeApplicant,
  makeCommitteeMembers,
  makeOpenCycle,
  makeReadyFile,
  makeUser,
  recordSubmittedReviews,
  TestUser,
  usePortal,
  yearsFromToday,
  submitToOffice,
} from '@app/testing';

const DAY = 24 * 3600 * 1000;

/**
 * A committee member's dossier of an agenda item (issue 24): what they read before voting,
 * without the reviewers' names, and every path by which someone else would read it refused.
 */
describe('committee member dossier (e2e)', () => {
  const portal = usePortal({ env: { COMMITTEE_MIN_SIZE_SPECIALTY: '5' } });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: TestUser;
  let members: CommitteeMemberFixture[];
  let reviewers: TestUser[];
  let committeeId: string;

  async function reviewedFile(): Promise<{ id: string; owner: TestUser }> {
    const owner = await makeApplicant(app, api);
    const id = await makeReadyFile(app, owner.client, owner.id, cycle);
    expect((await submitToOffice(app, owner.client, id)).status).toBe(200);
    await forceTransition(app, id, 'accept_qualification');
    await recordSubmittedReviews(app, id, cycle.id, [
      { reviewerId: reviewers[0].id, total: '88.00', recommendation: 'pass', comment: 'Strong portfolio of shipped products' },
      { reviewerId: reviewers[1].id, total: '52.50', recommendation: 'fail', comment: 'Achievements weakly documented' },
      { reviewerId: reviewers[2].id, total: '90.00', recommendation: 'pass', comment: 'Clear impact on the regional industry' },
    ]);
    await forceTransition(app, id, 'complete_review');
    return { id, owner };
  }

  async function schedule(applicationIds: string[]): Promise<string> {
    const res = await admin.client.post('/api/v1/meetings', { committeeId, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY).toISOString(), location: '会议室 305', applicationIds });
    expect({ status: res.status, body: res.status === 201 ? 'ok' : res.body }).toEqual({ status: 201, body: 'ok' });
    return res.body.id;
  }

  const dossier = (client: ApiClient, meetingId: string, applicationId: string) => client.get(`/api/v1/meetings/${meetingId}/items/${applicationId}/dossier`);

  beforeAll(async () => {
    ({ app, api, admin } = portal);
    cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    await confirmCalendarYears(admin.client, yearsFromToday());
    members = await makeCommitteeMembers(app, api, 5);
    reviewers = [];
    for (const name of ['评审专家甲', '评审专家乙', '评审专家丙']) reviewers.push(await makeUser(app, api, { roles: ['reviewer'], fullName: name }));
    const created = await admin.client.post('/api/v1/committees', {
      nameZh: '工业设计专业评审委员会',
      nameEn: 'Industrial Design Committee',
      organisedBy: 'specialty',
      levels: ['intermediate'],
      specialties: ['product_design', 'experience_design', 'visual_communication'],
      chairId: members[0].id,
      memberIds: members.map((m) => m.id),
      termStart: new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10),
      termEnd: new Date(Date.now() + 2 * 365 * DAY).toISOString().slice(0, 10),
    });
    expect({ status: created.status, body: created.status === 201 ? 'ok' : created.body }).toEqual({ status: 201, body: 'ok' });
    committeeId = created.body.id;
  });

  describe('a scheduled, then open, then closed meeting', () => {
    let meetingId: string;
    let file: { id: string; owner: TestUser };
    let recusedFile: { id: string; owner: TestUser };
    let elsewhere: { id: string; owner: TestUser };

    beforeAll(async () => {
      [file, recusedFile, elsewhere] = [await reviewedFile(), await reviewedFile(), await reviewedFile()];
      const conflict = await admin.client.post(`/api/v1/admin/reviewers/${members[1].id}/conflicts`, { kind: 'coauthor', partyType: 'user', userId: recusedFile.owner.id, note: 'co-designed a product line' });
      expect(conflict.status).toBe(201);
      meetingId = await schedule([file.id, recusedFile.id]);
    });

    it("gives a member the panel's aggregate, spread flag, anonymous comments, eligibility and evidence, naming no reviewer", async () => {
      const res = await dossier(members[1].client, meetingId, file.id);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ meetingId, applicationId: file.id, position: 1, level: 'intermediate', panel: { aggregate: '76.83', spread: '37.50', spreadFlag: true, reviewCount: 3 } });
      expect(res.body.reviews).toEqual([
        { total: '90.00', recommendation: 'pass', comment: 'Clear impact on the regional industry' },
        { total: '88.00', recommendation: 'pass', comment: 'Strong portfolio of shipped products' },
        { total: '52.50', recommendation: 'fail', comment: 'Achievements weakly documented' },
      ]);
      expect(res.body.eligibility).toMatchObject({ eligible: true, results: expect.arrayContaining([expect.objectContaining({ code: expect.any(String), passed: expect.any(Boolean) })]) });
      expect(res.body.evidence.length).toBeGreaterThan(0);
      expect(res.body.evidence.map((e: { kind: string }) => e.kind)).not.toContain('identity_document');
      const text = JSON.stringify(res.body);
      for (const r of reviewers) {
        expect(text).not.toContain(r.id);
        expect(text).not.toContain(r.email);
      }
      expect(text).not.toMatch(/评审专家|reviewerId|storageKey|documentNumber/);
    });

    it('answers 404 to a member recused from the file, before the opening', async () => {
      const res = await dossier(members[1].client, meetingId, recusedFile.id);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('DOSSIER_NOT_FOUND');
      // Their colleagues read it.
      expect((await dossier(members[2].client, meetingId, recusedFile.id)).status).toBe(200);
    });

    it('answers 404 for a file that is not on this agenda, reviewed or not', async () => {
      const other = await dossier(members[2].client, meetingId, elsewhere.id);
      expect(other.status).toBe(404);
      expect(other.body.code).toBe('DOSSIER_NOT_FOUND');
      expect((await dossier(members[2].client, meetingId, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });

    it('answers 404 to a reviewer not on the committee, and for an unknown meeting', async () => {
      const stranger = await makeUser(app, api, { roles: ['reviewer'] });
      const res = await dossier(stranger.client, meetingId, file.id);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('MEETING_NOT_FOUND');
      // Not even one of the file's own reviewers.
      expect((await dossier(reviewers[0].client, meetingId, file.id)).status).toBe(404);
      expect((await dossier(members[2].client, '00000000-0000-4000-8000-000000000000', file.id)).body.code).toBe('MEETING_NOT_FOUND');
    });

    it('refuses admins and the applicant by role (403), and anonymous callers (401)', async () => {
      expect((await dossier(admin.client, meetingId, file.id)).status).toBe(403);
      expect((await dossier(file.owner.client, meetingId, file.id)).status).toBe(403);
      expect((await dossier(api, meetingId, file.id)).status).toBe(401);
    });

    it('answers 404 to an admin who also sits in the pool but not on the committee', async () => {
      const both = await makeUser(app, api, { roles: ['admin', 'reviewer'] });
      const res = await dossier(both.client, meetingId, file.id);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('MEETING_NOT_FOUND');
    });

    it('keeps the recorded recusal once open, and answers 409 MEETING_CLOSED after the close', async () => {
      const opened = await admin.client.post(`/api/v1/meetings/${meetingId}/open`, { presentMemberIds: members.map((m) => m.id) });
      expect(opened.status).toBe(200);
      expect((await dossier(members[3].client, meetingId, file.id)).status).toBe(200);
      expect((await dossier(members[1].client, meetingId, recusedFile.id)).body.code).toBe('DOSSIER_NOT_FOUND');

      for (const [applicationId, entitled] of [[file.id, 5], [recusedFile.id, 4]] as const) {
        const tally = await admin.client.post(`/api/v1/meetings/${meetingId}/tallies`, { applicationId, yes: 0, no: entitled, abstain: 0 });
        expect(tally.status).toBe(200);
      }
      expect((await admin.client.post(`/api/v1/meetings/${meetingId}/close`, {})).status).toBe(200);
      const closed = await dossier(members[3].client, meetingId, file.id);
      expect(closed.status).toBe(409);
      expect(closed.body.code).toBe('MEETING_CLOSED');
      // The minutes stay readable to the member.
      expect((await members[3].client.get(`/api/v1/meetings/${meetingId}/minutes`)).status).toBe(200);
    });
  });
});
