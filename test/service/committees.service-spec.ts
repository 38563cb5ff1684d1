import { Cycle } from '@app/applications';
import { CommitteeInput, CommitteeModule, CommitteesService, MeetingsService, VotingService } from '@app/committee';
import { newServiceTest } from '@app/testing';

const DAY = 24 * 3600 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/** What a refusal says, field by field: `path:code`, in the service's order. */
async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string; problems: string[] }> {
  const error = await promise.then(
    () => {
      throw new Error('expected a refusal, the call succeeded');
    },
    (e: { status: number; code: string; details: { path: string; code: string }[] }) => e,
  );
  return { status: error.status, code: error.code, problems: (error.details ?? []).map((d) => `${d.path}:${d.code}`) };
}

/**
 * Committee composition and quorum rules (domain.md §8) on the real database, without HTTP: the
 * matrices that used to run through the API in committee.e2e-spec.ts (which keeps one HTTP case
 * per rule). The minimums come from the configuration: small ones here, so every row is cheap.
 */
describe('CommitteesService and VotingService: committee size, term, membership and quorum', () => {
  const t = newServiceTest(CommitteesService, { imports: [CommitteeModule], env: { COMMITTEE_MIN_SIZE_SERIES: '7', COMMITTEE_MIN_SIZE_SPECIALTY: '5' } });
  let admin: string;
  let pool: string[];
  let applicant: string;

  beforeAll(async () => {
    admin = await t.make.user('admin');
    pool = await t.make.reviewers(11);
    applicant = await t.make.user('applicant');
  });

  function body(overrides: Partial<CommitteeInput> = {}): CommitteeInput {
    const memberIds = overrides.memberIds ?? pool.slice(0, 7);
    return {
      nameZh: '重庆市工业设计专业职称评审委员会',
      nameEn: 'Chongqing Industrial Design Committee',
      organisedBy: 'series',
      levels: ['intermediate', 'associate_senior', 'full_senior'],
      specialties: ['product_design'],
      chairId: memberIds[0],
      memberIds,
      termStart: isoDay(-30),
      termEnd: isoDay(2 * 365),
      ...overrides,
    };
  }
  const create = (overrides: Partial<CommitteeInput> = {}) => t.service.create(body(overrides), t.make.actor(admin));

  describe('size: odd, and at least the configured minimum of its organisation (series 7, specialty 5 here)', () => {
    it.each<[CommitteeInput['organisedBy'], number, string[]]>([
      ['series', 7, []],
      ['series', 9, []],
      ['series', 8, ['memberIds:COMMITTEE_SIZE_EVEN']],
      ['series', 5, ['memberIds:COMMITTEE_TOO_SMALL']],
      ['series', 6, ['memberIds:COMMITTEE_SIZE_EVEN', 'memberIds:COMMITTEE_TOO_SMALL']],
      ['series', 1, ['memberIds:COMMITTEE_TOO_SMALL']],
      ['specialty', 5, []],
      ['specialty', 11, []],
      ['specialty', 3, ['memberIds:COMMITTEE_TOO_SMALL']],
      ['specialty', 4, ['memberIds:COMMITTEE_SIZE_EVEN', 'memberIds:COMMITTEE_TOO_SMALL']],
      ['specialty', 10, ['memberIds:COMMITTEE_SIZE_EVEN']],
    ])('by %s with %i members: %j', async (organisedBy, count, problems) => {
      const input = { organisedBy, memberIds: pool.slice(0, count) };
      if (!problems.length) {
        const made = await create(input);
        expect(made.committee).toMatchObject({ organisedBy, minimumSize: organisedBy === 'series' ? 7 : 5 });
        expect(made.memberIds).toHaveLength(count);
        return;
      }
      expect(await refusal(create(input))).toEqual({ status: 400, code: 'VALIDATION_FAILED', problems });
    });

    it.each<[string, (pool: string[]) => Partial<CommitteeInput>, string[]]>([
      ['a minimumSize below the configured one', () => ({ organisedBy: 'specialty', minimumSize: 3 }), ['minimumSize:BELOW_CONFIGURED_MINIMUM']],
      ['fewer members than its own, higher minimumSize', () => ({ organisedBy: 'specialty', minimumSize: 9 }), ['memberIds:COMMITTEE_TOO_SMALL']],
      ['a member listed twice (seven distinct of eight)', (p) => ({ memberIds: [p[0], ...p.slice(0, 7)] }), ['memberIds:MEMBERS_DUPLICATED']],
    ])('refuses %s', async (_name, overrides, problems) => {
      expect(await refusal(create(overrides(pool)))).toEqual({ status: 400, code: 'VALIDATION_FAILED', problems });
    });

    it('keeps every rule on update: an even membership is refused and nothing changes', async () => {
      const made = await create();
      expect(await refusal(t.service.update(made.committee.id, { memberIds: pool.slice(0, 8) }, t.make.actor(admin)))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        problems: ['memberIds:COMMITTEE_SIZE_EVEN'],
      });
      const renamed = await t.service.update(made.committee.id, { nameEn: 'Renamed' }, t.make.actor(admin));
      expect(renamed.committee).toMatchObject({ nameEn: 'Renamed', version: 2 });
      expect(renamed.memberIds).toHaveLength(7);
    });
  });

  describe('term: ends after it starts, less than three years later', () => {
    it.each<[string, string, string, string[]]>([
      ['ends the day before it starts', '2026-01-01', '2025-12-31', ['termEnd:TERM_ORDER']],
      ['ends the day it starts', '2026-01-01', '2026-01-01', ['termEnd:TERM_ORDER']],
      ['lasts three years to the day', '2026-01-01', '2029-01-01', ['termEnd:TERM_TOO_LONG']],
      ['lasts three years less a day', '2026-01-01', '2028-12-31', []],
      ['starts on a day that does not exist', '2026-02-30', '2027-01-01', ['termStart:FIELD_DATE']],
    ])('%s', async (_name, termStart, termEnd, problems) => {
      if (!problems.length) {
        expect((await create({ termStart, termEnd })).committee).toMatchObject({ termStart, termEnd });
        return;
      }
      expect(await refusal(create({ termStart, termEnd }))).toEqual({ status: 400, code: 'VALIDATION_FAILED', problems });
    });
  });

  describe('membership: the chair among the members, every member an active reviewer of the pool', () => {
    it('refuses a chair outside the committee', async () => {
      expect(await refusal(create({ chairId: pool[10] }))).toEqual({ status: 400, code: 'VALIDATION_FAILED', problems: ['chairId:CHAIR_NOT_MEMBER'] });
    });

    it('refuses an applicant, a reviewer without a profile and one whose profile is inactive, each by index', async () => {
      const [noProfile] = await t.make.users(1, 'reviewer');
      const inactive = await t.make.reviewer({ active: false });
      const memberIds = [...pool.slice(0, 4), applicant, noProfile, inactive];
      expect(await refusal(create({ memberIds }))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        problems: ['memberIds[4]:MEMBER_NOT_IN_POOL', 'memberIds[5]:MEMBER_NOT_IN_POOL', 'memberIds[6]:MEMBER_NOT_IN_POOL'],
      });
    });
  });

  describe('quorum: at least 2/3 of the members present to open (COMMITTEE_QUORUM)', () => {
    let cycle: Cycle;
    beforeAll(async () => {
      cycle = await t.make.cycle({ levels: ['intermediate'] });
    });

    /** A scheduled meeting of a committee of `size` deciding one reviewed file of its own. */
    async function scheduled(size: number): Promise<{ meetingId: string; memberIds: string[] }> {
      const memberIds = pool.slice(0, size);
      const committee = await create({ organisedBy: 'specialty', memberIds });
      const file = await t.make.file(cycle, {}, ['accept_qualification', 'complete_review']);
      const meeting = await t.get(MeetingsService).schedule(
        { committeeId: committee.committee.id, cycleId: cycle.id, scheduledAt: new Date(Date.now() + DAY), location: '会议室 301', applicationIds: [file.id] },
        t.make.actor(admin),
      );
      return { meetingId: meeting.meeting.id, memberIds };
    }

    // ceil(2n/3): 5 -> 4, 7 -> 5, 9 -> 6, 11 -> 8.
    it.each<[number, number, number]>([
      [5, 3, 4],
      [5, 4, 4],
      [7, 4, 5],
      [7, 5, 5],
      [9, 4, 6],
      [9, 6, 6],
      [11, 7, 8],
      [11, 11, 8],
    ])('a committee of %i with %i present (needs %i)', async (size, present, required) => {
      const { meetingId, memberIds } = await scheduled(size);
      const opening = t.get(VotingService).open(meetingId, memberIds.slice(0, present), t.make.actor(admin));
      if (present >= required) {
        expect(await opening).toMatchObject({ status: 'open', memberCount: size, presentCount: present, quorumRequired: required });
        return;
      }
      const error = await opening.catch((e: { status: number; code: string; details: unknown; message: string }) => e);
      const missing = required - present;
      expect(error).toMatchObject({ status: 422, code: 'QUORUM_NOT_MET', details: { present, required, members: size, missing } });
      expect((error as { message: string }).message).toContain(`${missing} more member${missing === 1 ? '' : 's'} must attend`);
    });

    it('counts a member named twice once, and refuses a stranger by index', async () => {
      const { meetingId, memberIds } = await scheduled(5);
      const twice = t.get(VotingService).open(meetingId, [...memberIds.slice(0, 3), memberIds[0]], t.make.actor(admin));
      await expect(twice).rejects.toMatchObject({ code: 'QUORUM_NOT_MET', details: { present: 3, required: 4 } });
      expect(await refusal(t.get(VotingService).open(meetingId, [...memberIds.slice(0, 4), pool[10]], t.make.actor(admin)))).toEqual({
        status: 400,
        code: 'VALIDATION_FAILED',
        problems: ['presentMemberIds[4]:NOT_A_MEMBER'],
      });
    });
  });
});
