import { Cycle } from '@app/applications';
import { UserDirectory } from '@app/identity';
import { AssignmentService, DeclaredRelationsService, ReviewModule } from '@app/review';
import { makeReviewerProfile, newServiceTest } from '@app/testing';

const CODE_FILE = '91500103PB3LWF6F87';

interface Refusal {
  status: number;
  code: string;
  details: { path: string; reviewerId: string; code: string; conflicts?: string[] }[];
}

/**
 * Manual assignment's refusals (domain.md §7) on the real database, without HTTP: the matrices
 * that ran through the API in assignments.e2e-spec.ts (which keeps one HTTP refusal to prove the
 * wiring: 422 ASSIGNMENT_REFUSED naming reviewerIds[i]).
 */
describe('AssignmentService.assign: who may not review a file, all or nothing', () => {
  const t = newServiceTest(AssignmentService, { imports: [ReviewModule] });
  let admin: string;
  let cycle: Cycle;

  beforeAll(async () => {
    admin = await t.make.user('admin');
    cycle = await t.make.cycle();
  });

  const assign = (fileId: string, reviewerIds: string[]) => t.service.assign(fileId, reviewerIds, { ...t.make.actor(admin), roles: ['admin'] });
  const refused = (fileId: string, reviewerIds: string[]) =>
    assign(fileId, reviewerIds).then(
      () => {
        throw new Error('expected ASSIGNMENT_REFUSED, the assignment was made');
      },
      (e: Refusal) => ({ status: e.status, code: e.code, details: e.details.map((d) => [d.path, d.reviewerId, d.code, d.conflicts ?? []]) }),
    );
  const activeOn = async (fileId: string): Promise<string[]> =>
    (await t.db().query("SELECT reviewer_id FROM review_assignments WHERE application_id = $1 AND status IN ('assigned', 'draft', 'submitted') ORDER BY reviewer_id", [fileId])).map(
      (r: { reviewer_id: string }) => r.reviewer_id,
    );

  describe('conflicts of interest: each kind refuses the reviewer, and nobody of the request is assigned', () => {
    // Each row makes a file (its applicant 王小明 of Acme Design Co., Ltd., CODE_FILE) and the reviewer in conflict with it.
    it.each<[string, (file: { applicantId: string }) => Promise<string>]>([
      ['SAME_EMPLOYER_CREDIT_CODE', () => t.make.reviewer({ employerCreditCode: CODE_FILE })],
      ['SAME_EMPLOYER_NAME', () => t.make.reviewer({ employerName: 'ACME DESIGN CO LTD' })],
      [
        'DECLARED_RELATION with the applicant (a user)',
        async (file) => {
          const id = await t.make.reviewer();
          await t.get(DeclaredRelationsService).declare(id, { kind: 'teacher_student', partyType: 'user', userId: file.applicantId, note: 'Supervised them' }, t.make.actor(admin));
          return id;
        },
      ],
      [
        'DECLARED_RELATION with a person of the applicant\'s name',
        async () => {
          const id = await t.make.reviewer();
          await t.get(DeclaredRelationsService).declare(id, { kind: 'relative', partyType: 'person', personName: '王 小明', note: 'Cousin' }, t.make.actor(admin));
          return id;
        },
      ],
      [
        'DECLARED_RELATION with the applicant\'s employer',
        async () => {
          const id = await t.make.reviewer();
          await t.get(DeclaredRelationsService).declare(id, { kind: 'coworker_3y', partyType: 'employer', employerName: 'acme design', note: 'Worked there until last year' }, t.make.actor(admin));
          return id;
        },
      ],
    ])('%s', async (name, inConflict) => {
      const conflict = name.split(' ')[0];
      const file = await t.make.file(cycle, { applicantName: '王小明', employerName: 'Acme Design Co., Ltd.', creditCode: CODE_FILE });
      const clean = await t.make.reviewer();
      const reviewer = await inConflict(file);
      expect(await refused(file.id, [clean, reviewer])).toEqual({
        status: 422,
        code: 'ASSIGNMENT_REFUSED',
        details: [['reviewerIds[1]', reviewer, 'REVIEWER_CONFLICT_OF_INTEREST', [conflict]]],
      });
      expect(await activeOn(file.id)).toEqual([]);
      expect(await assign(file.id, [clean])).toHaveLength(1);
    });

    it('REVIEWER_IS_APPLICANT', async () => {
      const [both] = await t.make.users(1, 'reviewer', ['applicant']);
      await makeReviewerProfile(t.module, both, { employerName: 'Another Studio', employerCreditCode: null });
      const file = await t.make.file(cycle, { applicantId: both });
      expect(await refused(file.id, [both])).toEqual({ status: 422, code: 'ASSIGNMENT_REFUSED', details: [['reviewerIds[0]', both, 'REVIEWER_CONFLICT_OF_INTEREST', ['REVIEWER_IS_APPLICANT']]] });
    });
  });

  describe('the pool: level, activity, specialty, membership, cap, duplicates', () => {
    it.each<[string, () => Promise<string>]>([
      ['REVIEWER_LEVEL_TOO_LOW', () => t.make.reviewer({ maxLevel: 'associate_senior' })],
      ['REVIEWER_INACTIVE (profile inactive)', () => t.make.reviewer({ active: false })],
      ['REVIEWER_SPECIALTY_MISMATCH', () => t.make.reviewer({ specialties: ['visual_communication'] })],
      ['REVIEWER_NOT_IN_POOL', () => t.make.user('reviewer')],
      [
        'REVIEWER_INACTIVE (account disabled)',
        async () => {
          // A disabled account keeps its profile; it no longer counts.
          const id = await t.make.reviewer();
          await t.db().query("UPDATE users SET status = 'disabled' WHERE id = $1", [id]);
          t.get(UserDirectory).forget(id);
          return id;
        },
      ],
      [
        'REVIEWER_INACTIVE (reviewer role taken away)',
        async () => {
          // Nor does one that lost the reviewer role.
          const id = await t.make.reviewer();
          await t.db().query("UPDATE users SET roles = '{applicant}' WHERE id = $1", [id]);
          t.get(UserDirectory).forget(id);
          return id;
        },
      ],
    ])('%s', async (name, reviewer) => {
      const code = name.split(' ')[0];
      const file = await t.make.file(cycle, { level: 'full_senior' });
      const id = await reviewer();
      expect(await refused(file.id, [id])).toEqual({ status: 422, code: 'ASSIGNMENT_REFUSED', details: [['reviewerIds[0]', id, code, []]] });
    });

    it('names every refused reviewer of one request, in order', async () => {
      const file = await t.make.file(cycle, { level: 'full_senior' });
      const [junior, inactive, visual, outsider] = [
        await t.make.reviewer({ maxLevel: 'associate_senior' }),
        await t.make.reviewer({ active: false }),
        await t.make.reviewer({ specialties: ['visual_communication'] }),
        await t.make.user('reviewer'),
      ];
      expect((await refused(file.id, [junior, inactive, visual, outsider])).details.map((d) => d[2])).toEqual([
        'REVIEWER_LEVEL_TOO_LOW',
        'REVIEWER_INACTIVE',
        'REVIEWER_SPECIALTY_MISMATCH',
        'REVIEWER_NOT_IN_POOL',
      ]);
    });

    it('REVIEWER_AT_CAPACITY once the cap of the cycle is reached', async () => {
      const capped = await t.make.reviewer({ maxLoadPerCycle: 1 });
      const [first, second] = await t.make.files(cycle, [{}, {}]);
      expect(await assign(first.id, [capped])).toHaveLength(1);
      expect(await refused(second.id, [capped])).toEqual({ status: 422, code: 'ASSIGNMENT_REFUSED', details: [['reviewerIds[0]', capped, 'REVIEWER_AT_CAPACITY', []]] });
    });

    it('REVIEWER_ALREADY_ASSIGNED: on the file already, or twice in one request', async () => {
      const [first, second] = await t.make.files(cycle, [{}, {}]);
      const a = await t.make.reviewer();
      expect(await assign(first.id, [a])).toHaveLength(1);
      expect((await refused(first.id, [a])).details).toEqual([['reviewerIds[0]', a, 'REVIEWER_ALREADY_ASSIGNED', []]]);
      expect((await refused(second.id, [a, a])).details).toEqual([['reviewerIds[1]', a, 'REVIEWER_ALREADY_ASSIGNED', []]]);
      expect(await activeOn(second.id)).toEqual([]);
    });

    it('never puts a reviewer over their cap when several files are assigned at once', async () => {
      const capped = await t.make.reviewer({ maxLoadPerCycle: 2 });
      const made = await t.make.files(cycle, [{}, {}, {}, {}, {}]);
      const results = await Promise.allSettled(made.map((f) => assign(f.id, [capped])));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
      const codes = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as Refusal).details[0].code] : []));
      expect(codes).toEqual(Array(3).fill('REVIEWER_AT_CAPACITY'));
      const [{ n }] = await t.db().query("SELECT count(*)::int AS n FROM review_assignments WHERE reviewer_id = $1 AND status = 'assigned'", [capped]);
      expect(n).toBe(2);
    });
  });

  describe('the file', () => {
    it('must be in review (409 with its status), and known (404)', async () => {
      const reviewer = await t.make.reviewer();
      const reviewed = await t.make.file(cycle, {}, ['accept_qualification', 'complete_review']);
      await expect(assign(reviewed.id, [reviewer])).rejects.toMatchObject({ status: 409, code: 'APPLICATION_NOT_IN_REVIEW', details: { status: 'reviewed' } });
      await expect(assign('00000000-0000-4000-8000-000000000000', [reviewer])).rejects.toMatchObject({ status: 404 });
    });
  });
});
