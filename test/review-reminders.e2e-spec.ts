import { INestApplicationContext } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Cycle } from '@app/applications';
import { AssignmentStatus, ReviewAssignment, ReviewDeadlineRemindersSchedule } from '@app/review';
import {
  ApiClient,
  forceTransition,
  makeApplicant,
  makeOpenCycle,
  makeReadyFile,
  makeReviewer,
  makeReviewerProfile,
  usePortal,
  submitToOffice,
} from '@app/testing';

const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

describe('review deadline reminders (e2e: the worker schedule against the real database)', () => {
  const portal = usePortal({ worker: true });
  let app: NestFastifyApplication;
  let api: ApiClient;
  let worker: INestApplicationContext;
  let cycle: Cycle;
  const dueAt = new Date('2027-03-31T15:59:59Z'); // 23:59:59 in Asia/Shanghai

  beforeAll(async () => {
    ({ app, api, worker } = portal);
    cycle = await makeOpenCycle(app);
  });

  const db = () => app.get(DataSource);
  const run = (at: Date) => worker.get(ReviewDeadlineRemindersSchedule).run(at);

  /** A file in review in the cycle. */
  async function fileInReview(): Promise<string> {
    const applicant = await makeApplicant(app, api);
    const id = await makeReadyFile(app, applicant.client, applicant.id, cycle);
    expect((await submitToOffice(app, applicant.client, id)).status).toBe(200);
    await forceTransition(app, id, 'accept_qualification');
    return id;
  }

  async function reviewer(): Promise<string> {
    const user = await makeReviewer(app, api);
    await makeReviewerProfile(app, user.id);
    return user.id;
  }

  const assign = (applicationId: string, reviewerId: string, status: AssignmentStatus = 'assigned') =>
    db().getRepository(ReviewAssignment).insert({ applicationId, reviewerId, cycleId: cycle.id, status, dueAt });

  /** The deadline messages the outbox holds for a reviewer, oldest first. */
  const messagesTo = async (reviewerId: string) =>
    (
      await db().query(
        "SELECT type, payload FROM outbox_events WHERE type IN ('review.reminder', 'review.overdue') AND recipients @> $1::jsonb ORDER BY id",
        [JSON.stringify([{ userId: reviewerId }])],
      )
    ).map((r: { type: string; payload: Record<string, unknown> }) => ({ type: r.type, pendingCount: r.payload.pendingCount, daysLeft: r.payload.daysLeft }));

  it('reminds each reviewer of their open reviews 3 days and 1 day before the deadline and once when it has passed', async () => {
    const [fileA, fileB] = [await fileInReview(), await fileInReview()];
    const busy = await reviewer(); // two open reviews
    const done = await reviewer(); // submitted: nothing to remind
    const gone = await reviewer(); // declined: nothing to remind
    await assign(fileA, busy);
    await assign(fileB, busy, 'draft');
    await assign(fileA, done, 'submitted');
    await assign(fileB, gone, 'declined');

    expect(await run(new Date(dueAt.getTime() - 5 * DAY))).toBe(0);
    expect(await run(new Date(dueAt.getTime() - 2 * DAY))).toBe(1);
    expect(await run(new Date(dueAt.getTime() - 2 * DAY + HOUR))).toBe(0); // the same reminder is not sent twice
    expect(await run(new Date(dueAt.getTime() - 12 * HOUR))).toBe(1);
    expect(await run(new Date(dueAt.getTime() + HOUR))).toBe(1);
    expect(await run(new Date(dueAt.getTime() + 2 * DAY))).toBe(0);

    expect(await messagesTo(busy)).toEqual([
      { type: 'review.reminder', pendingCount: 2, daysLeft: 2 },
      { type: 'review.reminder', pendingCount: 2, daysLeft: 1 },
      { type: 'review.overdue', pendingCount: 2, daysLeft: undefined },
    ]);
    expect(await messagesTo(done)).toEqual([]);
    expect(await messagesTo(gone)).toEqual([]);
    const [reminder] = await db().query("SELECT payload FROM outbox_events WHERE type = 'review.reminder' ORDER BY id LIMIT 1");
    expect(reminder.payload).toMatchObject({ reviewDeadline: '2027-03-31 23:59', 'cycleName@en': cycle.nameEn, 'cycleName@zh-CN': cycle.nameZh });
  });
});
