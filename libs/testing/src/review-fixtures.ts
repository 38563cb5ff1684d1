import { INestApplication, INestApplicationContext } from '@nestjs/common';
import { AutoAssignSummary, ReviewerPoolService, ReviewerProfile, ReviewerProfileInput } from '@app/review';
import { makeReviewer, TestUser } from './factories';
import type { ApiClient } from './portal';

/** A profile in the expert pool for a user who holds the reviewer role (through the real service). */
export async function makeReviewerProfile(app: INestApplicationContext, userId: string, overrides: Partial<ReviewerProfileInput> = {}): Promise<ReviewerProfile> {
  const input: ReviewerProfileInput = {
    specialties: ['product_design'],
    maxLevel: 'full_senior',
    homeProvince: '11',
    employerName: '北京某设计研究院有限公司',
    employerCreditCode: '91110000600037341L',
    maxLoadPerCycle: 20,
    active: true,
    ...overrides,
  };
  return (await app.get(ReviewerPoolService).put(userId, input, { id: userId })).profile;
}

/**
 * A reviewer pool of `count` reviewers with the same profile (product design up to full senior,
 * Beijing, 10 files a cycle), each at a different employer, set through the admin API.
 */
export async function makeReviewerPool(app: INestApplication, api: ApiClient, admin: ApiClient, count = 3): Promise<TestUser[]> {
  const pool: TestUser[] = [];
  for (let i = 0; i < count; i++) {
    const reviewer = await makeReviewer(app, api);
    const profile = await admin.put(`/api/v1/admin/reviewers/${reviewer.id}`, {
      specialties: ['product_design'],
      maxLevel: 'full_senior',
      homeProvince: '11',
      employerName: `北京第${i + 1}设计研究院有限公司`,
      maxLoadPerCycle: 10,
      active: true,
    });
    if (profile.status !== 200) throw new Error(`PUT reviewer profile answered ${profile.status}: ${JSON.stringify(profile.body)}`);
    pool.push(reviewer);
  }
  return pool;
}

/** An auto-assign run as the API shows it. */
export interface AutoAssignRunBody {
  id: string;
  cycleId: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  summary: AutoAssignSummary | null;
  error: { code: string; message: string } | null;
}

/** Read a run back until the worker has finished it (done or failed); the worker must be running. */
export async function waitForAutoAssignRun(admin: ApiClient, cycleId: string, runId: string, timeoutMs = 30000): Promise<AutoAssignRunBody> {
  for (const started = Date.now(); Date.now() - started < timeoutMs; await new Promise((r) => setTimeout(r, 50))) {
    const res = await admin.get<AutoAssignRunBody>(`/api/v1/cycles/${cycleId}/auto-assign/${runId}`);
    if (res.status !== 200) throw new Error(`GET auto-assign run answered ${res.status}: ${JSON.stringify(res.body)}`);
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body;
  }
  throw new Error(`auto-assign run ${runId} did not finish in ${timeoutMs} ms`);
}

/**
 * Automatic assignment as an admin does it: request a run (202) and wait for the worker.
 * `status` is the request's HTTP status; on anything but 202, `run` is the error body.
 */
export async function autoAssignAndWait(admin: ApiClient, cycleId: string): Promise<{ status: number; run: AutoAssignRunBody; summary: AutoAssignSummary }> {
  const res = await admin.post(`/api/v1/cycles/${cycleId}/auto-assign`, {});
  if (res.status !== 202) return { status: res.status, run: res.body, summary: null as never };
  const run = await waitForAutoAssignRun(admin, cycleId, res.body.id);
  return { status: res.status, run, summary: run.summary! };
}
