import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Readable } from 'stream';
import { DataSource } from 'typeorm';
import { ApplicationsService, AttachmentsService, Cycle, CyclesService, QualificationService } from '@app/applications';
import { ConfirmationService } from '@app/certificates';
import { CommitteesService, MeetingCloseService, MeetingsService, VotingService } from '@app/committee';
import { addDays, addYears, AppError, ManualClock, Role, shanghaiDate, shanghaiInstant } from '@app/common';
import { AppConfig } from '@app/config';
import { AuthUser, PasswordHasher, User, UserDirectory } from '@app/identity';
import { NoticeClosingService, WorkingDayCalendar } from '@app/notice';
import { UnitRecommendationService } from '@app/organisations';
import { AssignmentService, ReviewerPoolService, ReviewsService } from '@app/review';
import { DemoCalendar } from './demo-calendar';
import { DEMO_DESIGNERS, DEMO_MEMBERS, DEMO_REVIEWER_PROFILES, demoFormData, DemoDesigner, DemoFileRole } from './demo-people';
import { DEMO_BUREAU_OFFICER, DEMO_PASSWORDS, DEMO_UNIT_OFFICER, demoAccounts } from './demo-seed';

/** What the seed made, for the start-up banner and the tests. */
export interface DemoFilesSummary {
  files: number;
  accounts: number;
  /** Years of the working-day calendar the demo had to confirm (no holidays) because nobody had. */
  confirmedYears: number[];
}

interface Step {
  at: Date;
  order: number;
  label: string;
  run: () => Promise<void>;
}

const REVIEWER_1 = 'reviewer1@title-portal.local';
const REVIEWER_2 = 'reviewer2@title-portal.local';

/** How far back the oldest file of the demo was submitted: room for a posting, a review, a meeting and a notice before today. */
const HISTORY_DAYS = 56;

/** A small real PDF of its own for each piece of evidence (the upload refuses the same content twice in one file). */
function demoPdf(text: string): Buffer {
  const body = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n% demo evidence: ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

/** A refusal as one line, with the field problems an AppError carries. */
function refusal(error: unknown): string {
  if (error instanceof AppError) return `${error.code}: ${error.message}${error.details ? ` ${JSON.stringify(error.details)}` : ''}`;
  return (error as Error)?.message ?? String(error);
}

/**
 * The demo's cycle in motion (README.md > Demo accounts): files at every stage of the chain,
 * each moved there by the services the API uses (ApplicationWorkflow's transition table,
 * history, audit and outbox rows as for any file), on the demo's clock set to the moment each
 * step happens, so posting and notice periods have really run on the working-day calendar.
 * Runs only on a database that holds the freshly seeded demo and nothing else.
 */
@Injectable()
export class DemoFilesSeeder {
  private readonly steps: Step[] = [];
  private readonly ids = new Map<string, string>();
  private readonly files = new Map<DemoFileRole, string>();
  private readonly assignments = new Map<string, string>();
  private readonly confirmedYears: number[] = [];
  private cycle!: Cycle;
  private committeeId = '';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: ManualClock,
    private readonly config: AppConfig,
    private readonly directory: UserDirectory,
    private readonly cycles: CyclesService,
    private readonly applications: ApplicationsService,
    private readonly attachments: AttachmentsService,
    private readonly qualification: QualificationService,
    private readonly units: UnitRecommendationService,
    private readonly pool: ReviewerPoolService,
    private readonly assignment: AssignmentService,
    private readonly reviews: ReviewsService,
    private readonly committees: CommitteesService,
    private readonly meetings: MeetingsService,
    private readonly voting: VotingService,
    private readonly meetingClose: MeetingCloseService,
    private readonly calendar: WorkingDayCalendar,
    private readonly notices: NoticeClosingService,
    private readonly confirmation: ConfirmationService,
  ) {}

  /** Whether the database holds exactly the demo `seedDemoIfEmpty` made: its accounts, one cycle, no file, no committee. */
  async isFreshDemo(): Promise<boolean> {
    const emails = demoAccounts(this.config).map((a) => a.email.trim().toLowerCase());
    const [row]: { users: number; demo: number; files: number; committees: number; cycles: number }[] = await this.dataSource.query(
      `SELECT (SELECT count(*) FROM users)::int AS users,
              (SELECT count(*) FROM users WHERE email = ANY($1::text[]))::int AS demo,
              (SELECT count(*) FROM applications)::int AS files,
              (SELECT count(*) FROM committees)::int AS committees,
              (SELECT count(*) FROM cycles)::int AS cycles`,
      [emails],
    );
    return row.users === emails.length && row.demo === emails.length && row.files === 0 && row.committees === 0 && row.cycles === 1;
  }

  /** Plans the timeline, then takes every step in time order on the demo clock. */
  async run(): Promise<DemoFilesSummary> {
    const realNow = new Date();
    this.clock.set(realNow);
    this.cycle = (await this.cycles.list({ limit: 1 })).items[0];
    const accounts = await this.createAccounts();
    await this.plan(realNow);
    this.steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    for (const step of this.steps) {
      if (step.at.getTime() > realNow.getTime()) throw new Error(`demo timeline: "${step.label}" would happen in the future (${step.at.toISOString()})`);
      // The steps of today run at the time they run (the bureau's date of issue is today's, whichever day that is by then).
      this.clock.set(step.at.getTime() === realNow.getTime() ? new Date() : step.at);
      try {
        await step.run();
      } catch (error) {
        throw new Error(`demo step "${step.label}" at ${step.at.toISOString()} failed: ${refusal(error)}`);
      }
    }
    this.clock.set(new Date());
    return { files: this.files.size, accounts, confirmedYears: this.confirmedYears };
  }

  /** The demo admin's address as the accounts table keeps it. */
  private get adminEmail(): string {
    return this.config.ADMIN_EMAIL.trim().toLowerCase();
  }

  private at(at: Date, label: string, run: () => Promise<void>): void {
    this.steps.push({ at, order: this.steps.length, label, run });
  }

  private id(email: string): string {
    const id = this.ids.get(email);
    if (!id) throw new Error(`demo account ${email} is missing`);
    return id;
  }

  private async user(email: string): Promise<AuthUser> {
    const user = await this.directory.getAuthUser(this.id(email));
    if (!user) throw new Error(`demo account ${email} is missing`);
    return user;
  }

  private file(role: DemoFileRole): string {
    const id = this.files.get(role);
    if (!id) throw new Error(`demo file ${role} was not made`);
    return id;
  }

  /** The demo designers and committee members: active accounts with verified addresses, as the first seed makes its accounts. */
  private async createAccounts(): Promise<number> {
    const hasher = new PasswordHasher();
    const [applicantHash, reviewerHash] = [await hasher.hash(DEMO_PASSWORDS.applicant), await hasher.hash(DEMO_PASSWORDS.reviewer)];
    const existing: { id: string; email: string }[] = await this.dataSource.query('SELECT id, email FROM users');
    for (const u of existing) this.ids.set(u.email, u.id);
    const rows = [
      ...DEMO_DESIGNERS.filter((d) => !this.ids.has(d.email)).map((d) => ({ email: d.email, fullName: d.accountName, roles: [Role.Applicant], locale: d.locale, passwordHash: applicantHash })),
      ...DEMO_MEMBERS.map((m) => ({ email: m.email, fullName: m.fullName, roles: [Role.Reviewer], locale: m.locale, passwordHash: reviewerHash })),
    ];
    const inserted = await this.dataSource.manager.insert(
      User,
      rows.map((r) => ({ ...r, status: 'active' as const, emailVerifiedAt: new Date() })),
    );
    inserted.identifiers.forEach((identifier, i) => this.ids.set(rows[i].email, String(identifier.id)));
    return rows.length;
  }

  /** Confirms a year of the working-day calendar nobody confirmed, as the demo admin (weekends only): the timeline reaches it. */
  private async confirmYear(year: number): Promise<void> {
    await this.calendar.putYear(year, { holidays: [], workdays: [] }, { id: this.id(this.adminEmail) });
    this.confirmedYears.push(year);
  }

  private async plan(realNow: Date): Promise<void> {
    const today = shanghaiDate(realNow);
    const year = Number(today.slice(0, 4));
    const days = new DemoCalendar(this.calendar, [year - 1, year, year + 1], (y) => this.confirmYear(y));
    const P = this.config.UNIT_POSTING_WORKING_DAYS;
    const N = this.config.NOTICE_WORKING_DAYS;
    const t = (date: string, time: string) => shanghaiInstant(date, `${time}:00`);
    const admin = this.adminEmail;
    const designer = (role: DemoFileRole) => DEMO_DESIGNERS.find((d) => d.file === role)!;
    const lastWorkingDay = await days.back(today, 1);

    // The cycle opened before the oldest file and has its review deadline and meeting date (the admin's cycle dialog).
    const start = await days.onOrAfter(addDays(today, -HISTORY_DAYS));
    const meetingC = await days.add(today, 5);
    this.at(t(addDays(start, -1), '09:00'), 'the office opens the demo cycle', async () => {
      await this.cycles.update(this.cycle.id, { opensAt: t(addDays(start, -7), '09:00'), reviewDeadline: addDays(today, 10), meetingDate: meetingC }, this.id(admin));
      this.cycle = await this.cycles.get(this.cycle.id);
    });
    // The expert pool: the two demo reviewers and nine more; with them the committee of eleven.
    this.at(t(addDays(start, -1), '10:00'), 'the office builds the expert pool and the committee', async () => {
      const actor = { id: this.id(admin) };
      for (const [email, profile] of Object.entries(DEMO_REVIEWER_PROFILES)) await this.pool.put(this.id(email), profile, actor);
      for (const m of DEMO_MEMBERS) await this.pool.put(this.id(m.email), m.profile, actor);
      const termStart = `${start.slice(0, 4)}-01-01`;
      const committee = await this.committees.create(
        {
          nameZh: '工业设计专业职称评审委员会（演示）',
          nameEn: 'Industrial Design Title Evaluation Committee (demo)',
          organisedBy: 'specialty',
          levels: ['assistant', 'intermediate'],
          specialties: ['product_design', 'experience_design', 'visual_communication'],
          chairId: this.id(DEMO_MEMBERS[0].email),
          memberIds: this.committeeMembers(),
          termStart,
          termEnd: addDays(addYears(termStart, 3), -1),
        },
        actor,
      );
      this.committeeId = committee.committee.id;
    });

    // The long way: submitted eight weeks ago, posted by the unit, qualified, reviewed; two decided at meeting A (their notice ended), one at meeting B (on notice now), two waiting for meeting C.
    const early: { role: DemoFileRole; day: string; time: string }[] = [
      { role: 'approved', day: start, time: '09:10' },
      { role: 'awaiting_bureau', day: start, time: '09:40' },
      { role: 'on_notice', day: await days.add(start, 1), time: '10:00' },
      { role: 'on_agenda_1', day: await days.add(start, 1), time: '10:30' },
      { role: 'on_agenda_2', day: await days.add(start, 1), time: '11:00' },
    ];
    let lastRecommended = start;
    for (const f of early) {
      const postingStart = await days.add(f.day, 1);
      const recommendOn = await days.add(await days.add(postingStart, P), 1);
      if (recommendOn > lastRecommended) lastRecommended = recommendOn;
      this.submitFile(designer(f.role), t(f.day, f.time));
      this.postAndRecommend(f.role, postingStart, recommendOn, t);
    }
    const qualifiedOn = await days.add(lastRecommended, 1);
    for (const [i, f] of early.entries()) this.at(t(qualifiedOn, `10:${String(i * 5).padStart(2, '0')}`), `the office accepts ${f.role}`, () => this.accept(f.role));
    const panels = early.map((f, i) => ({ role: f.role, reviewers: [REVIEWER_1, REVIEWER_2, DEMO_MEMBERS[i % 3].email] }));
    for (const p of panels) this.at(t(qualifiedOn, '14:00'), `the office assigns ${p.role}`, () => this.assign(p.role, p.reviewers));
    let reviewedOn = qualifiedOn;
    for (const [k, reviewer] of [REVIEWER_1, REVIEWER_2, DEMO_MEMBERS[0].email, DEMO_MEMBERS[1].email, DEMO_MEMBERS[2].email].entries()) {
      const day = await days.add(qualifiedOn, 1 + (k % 3));
      if (day > reviewedOn) reviewedOn = day;
      for (const [i, p] of panels.entries()) {
        if (p.reviewers.includes(reviewer)) this.at(t(day, `${String(9 + i).padStart(2, '0')}:${String(10 + k * 7).padStart(2, '0')}`), `${reviewer} reviews ${p.role}`, () => this.review(p.role, reviewer, i + k, true));
      }
    }
    const meetingA = await days.add(reviewedOn, 2);
    this.meeting('A', t(reviewedOn, '17:00'), meetingA, ['approved', 'awaiting_bureau'], t);
    const noticeAEnds = await days.add(meetingA, N);
    const closedOn = addDays(noticeAEnds, 1);
    this.at(t(closedOn, '00:30'), 'the notices of meeting A end cleanly', async () => {
      await this.notices.closeDue(this.clock.now());
    });
    if (closedOn >= lastWorkingDay) throw new Error(`demo timeline: the notices of meeting A end on ${noticeAEnds}, too late for meeting B on ${lastWorkingDay}`);
    this.meeting('B', t(await days.back(lastWorkingDay, 3), '16:00'), lastWorkingDay, ['on_notice'], t);

    // Recent files: in review (assigned last week), awaiting qualification, with the unit, drafts.
    const inReviewRecommended = await days.back(today, 5);
    const inReviewQualified = await days.back(today, 4);
    const recent: { role: DemoFileRole; recommendOn: string }[] = [
      { role: 'in_review_1', recommendOn: inReviewRecommended },
      { role: 'in_review_2', recommendOn: inReviewRecommended },
      { role: 'in_review_3', recommendOn: inReviewRecommended },
      { role: 'qualification_1', recommendOn: await days.back(today, 2) },
      { role: 'qualification_2', recommendOn: lastWorkingDay },
    ];
    for (const [i, f] of recent.entries()) {
      const postingStart = await days.back(f.recommendOn, P + 1);
      this.submitFile(designer(f.role), t(await days.back(postingStart, 1), `${10 + i}:20`));
      this.postAndRecommend(f.role, postingStart, f.recommendOn, t);
    }
    const reviewPanels = (['in_review_1', 'in_review_2', 'in_review_3'] as const).map((role, i) => ({ role, reviewers: [REVIEWER_1, REVIEWER_2, DEMO_MEMBERS[3 + i].email] }));
    for (const [i, p] of reviewPanels.entries()) {
      this.at(t(inReviewQualified, `10:${String(i * 10).padStart(2, '0')}`), `the office accepts ${p.role}`, () => this.accept(p.role));
      this.at(t(inReviewQualified, '15:00'), `the office assigns ${p.role}`, () => this.assign(p.role, p.reviewers));
    }
    // Part of the panels' work is done: one expert submitted, reviewer2 one review, reviewer1 a draft.
    this.at(t(await days.back(today, 2), '16:00'), 'a juror reviews in_review_1', () => this.review('in_review_1', DEMO_MEMBERS[3].email, 2, true));
    this.at(t(lastWorkingDay, '11:00'), 'reviewer2 reviews in_review_3', () => this.review('in_review_3', REVIEWER_2, 5, true));
    this.at(t(lastWorkingDay, '20:00'), 'reviewer1 drafts a review of in_review_2', () => this.review('in_review_2', REVIEWER_1, 3, false));

    // With the unit: one just arrived, one on its internal posting, one whose posting has ended (the unit records the outcome and recommends).
    this.submitFile(designer('unit_new'), t(lastWorkingDay, '15:00'));
    const postingNow = await days.back(today, 2);
    // The posting running now and the notice posted on the last working day end ahead: the plan makes sure the calendar reaches that far.
    await days.add(postingNow, P);
    await days.add(lastWorkingDay, N);
    this.submitFile(designer('unit_posting'), t(await days.back(today, 3), '11:00'));
    this.at(t(postingNow, '09:30'), 'unit1 starts the posting of unit_posting', () => this.post('unit_posting', postingNow, false));
    const postedStart = await days.back(today, P + 2);
    this.submitFile(designer('unit_posted'), t(await days.back(postedStart, 1), '14:00'));
    this.at(t(postedStart, '09:30'), 'unit1 starts the posting of unit_posted', () => this.post('unit_posted', postedStart, false));

    // Drafts: applicant1's is complete with its evidence (submit it to see it reach unit1); two more half filled.
    this.draft(designer('draft_ready'), t(await days.back(today, 2), '20:00'), 'complete');
    this.draft(designer('draft_partial_1'), t(await days.back(today, 6), '21:00'), 'identity_education');
    this.draft(designer('draft_partial_2'), t(lastWorkingDay, '22:00'), 'identity');

    // Today: meeting C is put on the calendar, the bureau confirms the first file (its certificate).
    const now = realNow;
    this.meeting('C', now, meetingC, ['on_agenda_1', 'on_agenda_2'], t);
    this.at(now, 'bureau1 confirms approved', async () => {
      const officer = await this.user(DEMO_BUREAU_OFFICER);
      await this.confirmation.confirm(officer, { documentNumber: `渝人社职〔${year}〕1号（演示）`, issuedOn: shanghaiDate(this.clock.now()), applicationIds: [this.file('approved')] });
    });
  }

  private committeeMembers(): string[] {
    return [REVIEWER_1, REVIEWER_2, ...DEMO_MEMBERS.map((m) => m.email)].map((e) => this.id(e));
  }

  /** A designer starts a file an hour before submitting it: the form, every piece of evidence it asks for, then the submission (to the unit). */
  private submitFile(d: DemoDesigner, at: Date): void {
    this.draft(d, new Date(at.getTime() - 3600 * 1000), 'complete');
    this.at(at, `${d.email} submits ${d.file}`, async () => {
      await this.applications.submit(await this.user(d.email), this.file(d.file), { declarationAccepted: true }, null);
    });
  }

  private draft(d: DemoDesigner, at: Date, fill: 'complete' | 'identity_education' | 'identity'): void {
    this.at(at, `${d.email} starts ${d.file}`, async () => {
      const applicant = await this.user(d.email);
      const index = DEMO_DESIGNERS.indexOf(d);
      const created = await this.applications.create(applicant, { cycleId: this.cycle.id, level: d.level, specialty: d.specialty });
      this.files.set(d.file, created.id);
      const complete = demoFormData(d, index);
      const data =
        fill === 'complete' ? complete : fill === 'identity_education' ? { identity: complete.identity, employer: complete.employer, education: complete.education } : { identity: complete.identity };
      await this.applications.saveDraft(applicant, created.id, { version: created.version, data });
      if (fill === 'complete') await this.uploadEvidence(applicant, d, created.id);
    });
  }

  /** Every piece of evidence the file asks for, one small PDF each. */
  private async uploadEvidence(applicant: AuthUser, d: DemoDesigner, applicationId: string): Promise<void> {
    const report = await this.applications.eligibility(applicant, applicationId);
    const pieces = report.evidence.required.flatMap(({ kind, minCount }) => Array.from({ length: minCount }, (_, i) => ({ kind, name: `${kind}-${i + 1}.pdf` })));
    // All at once, as a browser may send them (each upload holds the file's lock only to check and to record, one connection at a time): the storage's writes overlap.
    await Promise.all(
      pieces.map(({ kind, name }) => {
        const pdf = demoPdf(`${d.file} ${name}`);
        return this.attachments.upload(applicant, applicationId, kind, Readable.from(pdf), name, pdf.length);
      }),
    );
  }

  /** unit1 records the posting the morning after the file arrived, and once it has ended the outcome and the recommendation. */
  private postAndRecommend(role: DemoFileRole, postingStart: string, recommendOn: string, t: (date: string, time: string) => Date): void {
    this.at(t(postingStart, '09:00'), `unit1 starts the posting of ${role}`, () => this.post(role, postingStart, false));
    this.at(t(recommendOn, '09:30'), `unit1 recommends ${role}`, async () => {
      await this.post(role, postingStart, true);
      await this.units.recommend(await this.user(DEMO_UNIT_OFFICER), this.file(role), { note: '内部公示期满无异议，同意推荐。' });
    });
  }

  private async post(role: DemoFileRole, startDate: string, ended: boolean): Promise<void> {
    await this.units.recordPosting(await this.user(DEMO_UNIT_OFFICER), this.file(role), { startDate, ...(ended ? { outcome: 'no_objection' as const } : {}) });
  }

  private async accept(role: DemoFileRole): Promise<void> {
    await this.qualification.decide(await this.user(this.adminEmail), this.file(role), { decision: 'accept' });
  }

  private async assign(role: DemoFileRole, reviewers: string[]): Promise<void> {
    const admin = await this.user(this.adminEmail);
    const made = await this.assignment.assign(this.file(role), reviewers.map((e) => this.id(e)), { id: admin.id, roles: admin.roles });
    for (const a of made) this.assignments.set(`${role}:${a.reviewerId}`, a.id);
  }

  /** A review with scores that differ from one reviewer and file to the next; `submit` false leaves it a draft. */
  private async review(role: DemoFileRole, email: string, seed: number, submit: boolean): Promise<void> {
    const reviewer = await this.user(email);
    const id = this.assignments.get(`${role}:${reviewer.id}`);
    if (!id) throw new Error(`no assignment of ${email} to ${role}`);
    const scores = {
      professional_competence: String(23 + (seed % 6)),
      design_achievements: String(30 + ((seed * 3) % 9)),
      academic_contributions: String(13 + ((seed * 5) % 6)),
      continuing_development: String(7 + (seed % 3)),
    };
    const comment = reviewer.locale === 'en' ? 'Solid design record with products on the market; continuing education complete.' : '设计业绩扎实，有产品投放市场，继续教育学时齐全。';
    await this.reviews.saveDraft(reviewer, id, { scores, comment, recommendation: 'pass' });
    if (submit) await this.reviews.submit(reviewer, id);
  }

  /**
   * A committee meeting: scheduled at `scheduledAt` for 09:30 on `day`; when that day is past,
   * held: opened with all eleven present, a secret ballot on each file (ten yes, one abstains),
   * closed (the passed files go on public notice from that day).
   */
  private meeting(name: string, scheduledAt: Date, day: string, roles: DemoFileRole[], t: (date: string, time: string) => Date): void {
    let meetingId = '';
    const admin = this.adminEmail;
    this.at(scheduledAt, `the office schedules meeting ${name}`, async () => {
      const view = await this.meetings.schedule(
        { committeeId: this.committeeId, cycleId: this.cycle.id, scheduledAt: t(day, '09:30'), location: '评审中心第一会议室（演示）', applicationIds: roles.map((r) => this.file(r)) },
        { id: this.id(admin) },
      );
      meetingId = view.meeting.id;
    });
    if (t(day, '09:30').getTime() > Date.now()) return;
    this.at(t(day, '09:30'), `meeting ${name} opens`, async () => {
      await this.voting.open(meetingId, this.committeeMembers(), { id: this.id(admin) });
    });
    this.at(t(day, '10:00'), `meeting ${name} votes`, async () => {
      // The members vote at once, each in their own session.
      for (const role of roles) {
        await Promise.all(this.committeeMembers().map((member, i) => this.voting.castBallot(meetingId, member, this.file(role), i === 5 ? 'abstain' : 'yes')));
      }
    });
    this.at(t(day, '11:30'), `meeting ${name} closes`, async () => {
      const adminUser = await this.user(admin);
      await this.meetingClose.close(meetingId, { id: adminUser.id, roles: adminUser.roles });
    });
  }
}
