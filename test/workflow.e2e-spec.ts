import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { Application, ApplicationError, ApplicationsService, ApplicationTransition, Cycle, transitionPairs } from '@app/applications';
// White-box: this test checks the repository's constant SQL against TypeORM's mapping.
import { ApplicationsRepository } from '@app/applications/services/applications.repository';
import { AuthUser, UserDirectory } from '@app/identity';
import { ApiClient, makeAdmin, makeApplicant, makeOpenCycle, makeReadyFile, submitToOffice, TestUser, usePortal } from '@app/testing';

const CONCURRENT = 20;

describe('workflow core: the transition table and its one method (e2e)', () => {
  const portal = usePortal();
  let app: NestFastifyApplication;
  let api: ApiClient;
  let cycle: Cycle;
  let admin: AuthUser;

  beforeAll(async () => {
    ({ app, api } = portal);
    cycle = await makeOpenCycle(app);
    admin = (await app.get(UserDirectory).getAuthUser((await makeAdmin(app, api)).id))!;
  });

  const db = () => app.get(DataSource);

  /** What one file left behind: its history actions, audit actions and outbox event types. */
  async function trail(id: string) {
    const history = (await db().query('SELECT action FROM application_history WHERE application_id = $1 ORDER BY id', [id])).map((r: { action: string }) => r.action);
    const audit = (await db().query("SELECT action FROM audit_log WHERE entity_type = 'application' AND entity_id = $1 ORDER BY id", [id])).map((r: { action: string }) => r.action);
    const events = (await db().query("SELECT type FROM outbox_events WHERE payload->>'applicationId' = $1 ORDER BY id", [id])).map((r: { type: string }) => r.type);
    const [{ status, version }] = await db().query('SELECT status, version FROM applications WHERE id = $1', [id]);
    return { status, version, history, audit, events };
  }

  async function submitted(user: TestUser): Promise<string> {
    const id = await makeReadyFile(app, user.client, user.id, cycle);
    // Past its recommending unit (set-up): submitted, before the office.
    expect((await submitToOffice(app, user.client, id)).status).toBe(200);
    return id;
  }

  /** The answers of `requests`, sent all at once: exactly one must succeed, every other one 409 naming `status`. */
  function expectOneApplied(answers: { status: number; body: { code?: string; details?: { status?: string } } }[], okStatus: number, status: string) {
    expect(answers).toHaveLength(CONCURRENT);
    expect(answers.filter((a) => a.status === okStatus)).toHaveLength(1);
    const refused = answers.filter((a) => a.status !== okStatus);
    expect(refused.map((a) => [a.status, a.body.code, a.body.details?.status])).toEqual(Array(CONCURRENT - 1).fill([409, 'INVALID_TRANSITION', status]));
  }

  it('holds in the database exactly the transitions of the table', async () => {
    const rows = await db().getRepository(ApplicationTransition).find();
    const key = (p: { action: string; from: string; to: string }) => `${p.action}:${p.from}->${p.to}`;
    expect(rows.map((r) => key({ action: r.action, from: r.fromStatus, to: r.toStatus })).sort()).toEqual(transitionPairs().map(key).sort());
  });

  it('refuses a change of status outside the workflow, or one the named action does not make, and leaves other columns writable', async () => {
    const user = await makeApplicant(app, api);
    const id = await makeReadyFile(app, user.client, user.id, cycle);
    await expect(db().query("UPDATE applications SET status = 'submitted' WHERE id = $1", [id])).rejects.toThrow(/draft -> submitted is not an action of the workflow table \(action: none\)/);
    await expect(
      db().transaction(async (manager) => {
        await manager.query("SELECT set_config('portal.workflow_action', 'withdraw', true)");
        await manager.query("UPDATE applications SET status = 'submitted' WHERE id = $1", [id]);
      }),
    ).rejects.toThrow(/draft -> submitted is not an action of the workflow table \(action: withdraw\)/);
    await db().query('UPDATE applications SET employer_name = $1 WHERE id = $2', ['重庆工业设计有限公司', id]);
    expect((await trail(id)).status).toBe('draft');
  });

  it('takes a submission (to the recommending unit) once when the applicant sends it 20 times at once', async () => {
    const user = await makeApplicant(app, api);
    const id = await makeReadyFile(app, user.client, user.id, cycle);
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true })));
    expectOneApplied(answers, 200, 'with_unit');
    expect(await trail(id)).toMatchObject({
      status: 'with_unit',
      history: ['created', 'submitted'],
      audit: ['application.submitted'],
      events: ['application.submitted'],
    });
  });

  it('takes a withdrawal once when it is sent 20 times at once', async () => {
    const user = await makeApplicant(app, api);
    const id = await submitted(user);
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => user.client.post(`/api/v1/applications/${id}/withdraw`, { reason: 'moving abroad' })));
    expectOneApplied(answers, 200, 'withdrawn');
    expect(await trail(id)).toMatchObject({
      status: 'withdrawn',
      history: ['created', 'submitted', 'withdrawn'],
      audit: ['application.submitted', 'application.withdrawn'],
      events: ['application.submitted', 'application.withdrawn'],
    });
  });

  it('returns a file for correction once when the return is taken 20 times at once', async () => {
    const user = await makeApplicant(app, api);
    const id = await submitted(user);
    const service = app.get(ApplicationsService);
    const outcomes = await Promise.allSettled(Array.from({ length: CONCURRENT }, () => service.returnForCorrection(admin, id, { reason: 'blurred ID scan' })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected').map((o) => o.reason as ApplicationError);
    expect(refused.map((e) => [e.status, e.code, (e.details as { status: string }).status])).toEqual(Array(CONCURRENT - 1).fill([409, 'INVALID_TRANSITION', 'returned']));
    const after = await trail(id);
    expect(after).toMatchObject({ status: 'returned', history: ['created', 'submitted', 'returned'], events: ['application.submitted', 'application.returned'] });
    const [file] = await db().query('SELECT status_reason, correction_deadline FROM applications WHERE id = $1', [id]);
    expect(file.status_reason).toBe('blurred ID scan');
    // Default deadline: 10 days (domain.md §8).
    expect(Math.round((new Date(file.correction_deadline).getTime() - Date.now()) / 86_400_000)).toBe(10);
  });

  it('takes a resubmission once, keeping the reference number', async () => {
    const user = await makeApplicant(app, api);
    const id = await submitted(user);
    const [{ reference_number: number }] = await db().query('SELECT reference_number FROM applications WHERE id = $1', [id]);
    await app.get(ApplicationsService).returnForCorrection(admin, id, { reason: 'missing stamp' });
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: true })));
    expectOneApplied(answers, 200, 'submitted');
    expect(answers.find((a) => a.status === 200)!.body.referenceNumber).toBe(number);
    expect((await trail(id)).history).toEqual(['created', 'submitted', 'returned', 'resubmitted']);
  });

  it('changes nothing when the action is refused: by the table, by its rule, or for someone else', async () => {
    const user = await makeApplicant(app, api);
    const other = await makeApplicant(app, api);
    const id = await makeReadyFile(app, user.client, user.id, cycle);
    const before = await trail(id);
    const noDeclaration = await user.client.post(`/api/v1/applications/${id}/submit`, { declarationAccepted: false });
    expect([noDeclaration.status, noDeclaration.body.code]).toEqual([422, 'SUBMISSION_REFUSED']);
    const notTheirs = await other.client.post(`/api/v1/applications/${id}/withdraw`, { reason: 'not mine' });
    expect([notTheirs.status, notTheirs.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    await expect(app.get(ApplicationsService).returnForCorrection(admin, id, { reason: 'a draft' })).rejects.toMatchObject({ code: 'INVALID_TRANSITION', details: { status: 'draft' } });
    expect(await trail(id)).toEqual(before);
  });

  it("reads and locks a file exactly as TypeORM maps it, every column included (the repository's constant SQL)", async () => {
    const user = await makeApplicant(app, api);
    const id = await submitted(user);
    await app.get(ApplicationsService).returnForCorrection(admin, id, { reason: 'blurred ID scan' });
    await db().query('UPDATE applications SET requires_admin_confirmation = true, exceptional_route = true, review_score = 81.25, recommended_at = now() WHERE id = $1', [id]);
    const mapped = await db().getRepository(Application).findOneByOrFail({ id });
    expect(Object.values(mapped).filter((v) => v === null)).toEqual([]);
    const repository = app.get(ApplicationsRepository);
    expect(await repository.findById(id)).toEqual(mapped);
    expect(await db().transaction((manager) => repository.lockById(id, manager))).toEqual(mapped);
    expect(await repository.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('numbers the cycle gap-free across every submission made here', async () => {
    const rows: { reference_number: string }[] = await db().query('SELECT reference_number FROM applications WHERE cycle_id = $1 AND reference_number IS NOT NULL', [cycle.id]);
    const sequence = rows.map((r) => Number(r.reference_number.slice(-6))).sort((a, b) => a - b);
    expect(sequence.length).toBeGreaterThanOrEqual(4);
    expect(sequence).toEqual(Array.from({ length: sequence.length }, (_, i) => i + 1));
    const [{ last_number: last }] = await db().query('SELECT last_number FROM cycle_counters WHERE cycle_id = $1', [cycle.id]);
    expect(last).toBe(sequence.length);
  });
});
