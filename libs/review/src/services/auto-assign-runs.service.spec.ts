import { AppError } from '@app/common';
import { AutoAssignRunsService } from './auto-assign-runs.service';

/** The service's decisions with its collaborators stubbed; the e2e (test/assignments) runs it for real. */
describe('AutoAssignRunsService', () => {
  const run = { id: 'run-1', cycleId: 'cycle-1', requestedBy: 'admin-1', requestedIp: '127.0.0.1', status: 'queued' };
  function make(overrides: { insertQueued?: jest.Mock; enqueue?: jest.Mock; claim?: jest.Mock; autoAssign?: jest.Mock } = {}) {
    const runs = {
      insertQueued: overrides.insertQueued ?? jest.fn().mockResolvedValue('run-1'),
      findById: jest.fn().mockResolvedValue(run),
      findPending: jest.fn().mockResolvedValue(run),
      claim: overrides.claim ?? jest.fn().mockResolvedValue(true),
      finish: jest.fn().mockResolvedValue(undefined),
      recordFailure: jest.fn().mockResolvedValue(undefined),
      queuedBefore: jest.fn().mockResolvedValue([]),
    };
    const producer = { enqueue: overrides.enqueue ?? jest.fn().mockResolvedValue({}) };
    const assignments = { autoAssign: overrides.autoAssign ?? jest.fn().mockResolvedValue({ cycleId: 'cycle-1', files: 1, filesLacking: 1, assigned: 3, shortfalls: [] }) };
    const cycles = { get: jest.fn().mockResolvedValue({ id: 'cycle-1' }) };
    const access = { ownFileIds: jest.fn().mockResolvedValue([]) };
    const service = new AutoAssignRunsService(runs as never, assignments as never, cycles as never, producer as never, access as never);
    return { service, runs, producer, assignments };
  }

  it('keeps a request whose job cannot be queued (Redis down): the run is returned, queued, for the schedule to pick up', async () => {
    const { service, producer } = make({ enqueue: jest.fn().mockRejectedValue(new Error('connect ECONNREFUSED 127.0.0.1:6379')) });
    await expect(service.request('cycle-1', { id: 'admin-1', ip: null })).resolves.toEqual({ run, created: true });
    expect(producer.enqueue).toHaveBeenCalledWith('review.auto_assign', { runId: 'run-1' }, { jobId: 'auto-assign-run-1' });
  });

  it('answers a request made while a run is pending with that run, queuing nothing', async () => {
    const { service, producer } = make({ insertQueued: jest.fn().mockResolvedValue(null) });
    await expect(service.request('cycle-1', { id: 'admin-1', ip: null })).resolves.toEqual({ run, created: false });
    expect(producer.enqueue).not.toHaveBeenCalled();
  });

  it('does not run a run that is done or failed already (a duplicate job)', async () => {
    const { service, assignments } = make({ claim: jest.fn().mockResolvedValue(false) });
    await expect(service.execute('run-1', false)).resolves.toBeNull();
    expect(assignments.autoAssign).not.toHaveBeenCalled();
  });

  it('ends a run as failed on the last attempt, or at once when the domain refuses; earlier crashes leave it for the retry', async () => {
    const crash = make({ autoAssign: jest.fn().mockRejectedValue(new Error('connection terminated')) });
    await expect(crash.service.execute('run-1', false)).rejects.toThrow('connection terminated');
    expect(crash.runs.recordFailure).toHaveBeenCalledWith('run-1', { code: 'AUTO_ASSIGN_FAILED', message: 'The run failed; see the worker log' }, false);
    await expect(crash.service.execute('run-1', true)).rejects.toThrow();
    expect(crash.runs.recordFailure).toHaveBeenLastCalledWith('run-1', expect.anything(), true);

    const refused = make({ autoAssign: jest.fn().mockRejectedValue(new AppError('CYCLE_NOT_FOUND', 'Cycle was not found', 404)) });
    await expect(refused.service.execute('run-1', false)).rejects.toThrow('Cycle was not found');
    expect(refused.runs.recordFailure).toHaveBeenCalledWith('run-1', { code: 'CYCLE_NOT_FOUND', message: 'Cycle was not found' }, true);
  });
});
