import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DEFAULT_ELIGIBILITY_POLICY, ELIGIBILITY_POLICY_SCHEMA, EVIDENCE_RULES_SCHEMA, RUBRIC_SCHEMA } from '@app/applications';
import { ReviewAssignment } from '@app/review';
import { ApiClient, makeApplicant, makeOpenCycle, makeReadyFile, makeReviewer, makeReviewerProfile, submitToOffice, TestUser, usePortal } from '@app/testing';

/** A cycle's eligibility policy, evidence rules and rubric: their schemas served, their values read and changed through the cycle. */
describe('cycle settings (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let admin: TestUser;

  beforeAll(() => {
    ({ app, api, admin } = portal);
  });

  const rubric = {
    version: 'design-2027',
    criteria: [
      { key: 'craft', nameZh: '设计能力', nameEn: 'Craft', maxPoints: 60, descriptionZh: '', descriptionEn: '' },
      { key: 'impact', nameZh: '影响', nameEn: 'Impact', maxPoints: 40, descriptionZh: '成果影响', descriptionEn: 'Impact of the work' },
    ],
  };

  it('serves the very schemas the API validates with, and their defaults, to admins only', async () => {
    const res = await admin.client.get('/api/v1/cycles/settings-schemas');
    expect(res.status).toBe(200);
    expect(res.body.eligibilityPolicy.schema).toEqual(JSON.parse(JSON.stringify(ELIGIBILITY_POLICY_SCHEMA)));
    expect(res.body.evidenceRules.schema).toEqual(JSON.parse(JSON.stringify(EVIDENCE_RULES_SCHEMA)));
    expect(res.body.rubric.schema).toEqual(JSON.parse(JSON.stringify(RUBRIC_SCHEMA)));
    expect(res.body.eligibilityPolicy.default).toEqual(DEFAULT_ELIGIBILITY_POLICY);
    expect(res.body.rubric.default.version).toBe('default-2026');
    const applicant = await makeApplicant(app, api);
    expect((await applicant.client.get('/api/v1/cycles/settings-schemas')).status).toBe(403);
  });

  it('changes a policy figure, refuses an invalid one on its path, and keeps evidence rules to their schema', async () => {
    const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    const read = await admin.client.get(`/api/v1/cycles/${cycle.id}`);
    const policy = structuredClone(read.body.eligibilityPolicy);
    policy.levels.intermediate.routes[1].experience.years = 3;
    const saved = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { eligibilityPolicy: policy });
    expect(saved.status).toBe(200);
    expect((await admin.client.get(`/api/v1/cycles/${cycle.id}`)).body.eligibilityPolicy.levels.intermediate.routes[1].experience.years).toBe(3);

    policy.levels.intermediate.routes[1].experience.years = -1;
    const refused = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { eligibilityPolicy: policy });
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe('CYCLE_INVALID');
    expect(refused.body.details).toContainEqual(expect.objectContaining({ path: 'eligibilityPolicy.levels.intermediate.routes.1.experience.years', code: 'POLICY_INVALID' }));

    const evidence = structuredClone(read.body.evidenceRules);
    evidence.required.intermediate[0].minCount = 101;
    evidence.crossProvincial = [{ kind: 'appeal_evidence', minCount: 1 }];
    const badEvidence = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { evidenceRules: evidence });
    expect(badEvidence.status).toBe(400);
    const paths = badEvidence.body.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['evidenceRules.required.intermediate.0.minCount', 'evidenceRules.crossProvincial.0.kind']));
    const below = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { evidenceRules: { maxFileBytes: 1000, maxTotalBytes: 999 } });
    expect(below.body.details).toEqual([expect.objectContaining({ path: 'evidenceRules.maxTotalBytes', code: 'EVIDENCE_TOTAL_BELOW_FILE' })]);
  });

  it('stores a rubric of its own, which the reviews score against; pinned once applications exist', async () => {
    const cycle = await makeOpenCycle(app, { levels: ['intermediate'] });
    expect((await admin.client.get(`/api/v1/cycles/${cycle.id}`)).body).toMatchObject({ ownRubric: false, rubric: { version: 'default-2026' } });
    const dup = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { rubric: { ...rubric, criteria: [rubric.criteria[0], rubric.criteria[0]] } });
    expect(dup.body.details).toEqual([expect.objectContaining({ path: 'rubric.criteria.1.key', code: 'RUBRIC_KEY_TAKEN' })]);
    const bad = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { rubric: { ...rubric, criteria: [{ ...rubric.criteria[0], maxPoints: 0 }] } });
    expect(bad.body.details).toContainEqual(expect.objectContaining({ path: 'rubric.criteria.0.maxPoints', code: 'RUBRIC_INVALID' }));
    const saved = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { rubric });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ ownRubric: true, rubricVersion: 'design-2027', rubric });

    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle, 'intermediate');
    expect((await submitToOffice(app, applicant.client, id)).status).toBe(200);
    expect((await admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept' })).status).toBe(200);
    const reviewer = await makeReviewer(app, api);
    await makeReviewerProfile(app, reviewer.id, { employerCreditCode: null, employerName: '规则评审单位' });
    const inserted = await app.get(DataSource).getRepository(ReviewAssignment).insert({ applicationId: id, reviewerId: reviewer.id, cycleId: cycle.id, status: 'assigned', assignedBy: admin.id });
    const reviewId = String(inserted.identifiers[0].id);
    const view = await reviewer.client.get(`/api/v1/reviews/${reviewId}`);
    expect(view.body.rubric).toEqual(rubric);
    const over = await reviewer.client.put(`/api/v1/reviews/${reviewId}`, { scores: { craft: '61' } });
    expect(over.status).toBe(400);
    expect((await reviewer.client.put(`/api/v1/reviews/${reviewId}`, { scores: { craft: '55', impact: '40' } })).body).toMatchObject({ total: '95.00', rubricVersion: 'design-2027' });

    // Unchanged (keys in another order) passes; a change is refused.
    const reordered = { criteria: rubric.criteria.map((c) => Object.fromEntries(Object.entries(c).reverse())), version: rubric.version };
    expect((await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { rubric: reordered, nameEn: 'Renamed' })).status).toBe(200);
    const locked = await admin.client.patch(`/api/v1/cycles/${cycle.id}`, { rubric: { ...rubric, version: 'design-2027b' } });
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('CYCLE_VERSIONS_LOCKED');
  });
});
