import { makeApplicant, makeOpenCycle, makeReadyFile, uniqueEmail, usePortal, waitForAutoAssignRun, submitToOffice } from '@app/testing';

/**
 * The audit log takes the caller's address from the request (RequestOrigin), not from the
 * services: behind a proxy, each entry has the address the proxy appended for that request.
 * The address is passed along only where it is the file's own data (the declaration) or a
 * job's (an auto-assign run, whose worker entry has no request of its own).
 */
describe('audit entries: the caller’s address (e2e)', () => {
  const portal = usePortal({ env: { TRUST_PROXY: '1' }, worker: true });
  const from = (address: string) => ({ 'x-forwarded-for': address });

  async function entry(action: string, entityId: string): Promise<{ actor_id: string | null; ip: string | null; user_agent: string | null }> {
    const rows = await portal.db().query('SELECT actor_id, ip, user_agent FROM audit_log WHERE action = $1 AND entity_id = $2 ORDER BY seq', [action, entityId]);
    expect(rows).toHaveLength(1);
    return rows[0];
  }

  it('admin actions over HTTP record the address each request came from', async () => {
    const invited = await portal.admin.client.post('/api/v1/admin/users', { email: uniqueEmail('invitee'), fullName: 'Invited Expert', roles: ['reviewer'] }, from('203.0.113.21'));
    expect(invited.status).toBe(201);
    expect(await entry('user.invited', invited.body.id)).toMatchObject({ actor_id: portal.admin.id, ip: '203.0.113.21' });

    const updated = await portal.admin.client.patch(`/api/v1/admin/users/${invited.body.id}`, { status: 'disabled' }, from('203.0.113.22'));
    expect(updated.status).toBe(200);
    expect(await entry('user.updated', invited.body.id)).toMatchObject({ actor_id: portal.admin.id, ip: '203.0.113.22' });
  });

  it('the declaration keeps the address it was signed from; the admin’s decision is audited with the admin’s', async () => {
    const cycle = await makeOpenCycle(portal.app);
    const owner = await makeApplicant(portal.app, portal.api);
    const id = await makeReadyFile(portal.app, owner.client, owner.id, cycle);
    expect((await submitToOffice(portal.app, owner.client, id, from('198.51.100.7'))).status).toBe(200);
    const accepted = await portal.admin.client.post(`/api/v1/applications/${id}/qualification`, { decision: 'accept', confirmEntrustment: true, confirmExceptional: true }, from('203.0.113.23'));
    expect(accepted.status).toBe(200);

    expect(await entry('application.submitted', id)).toMatchObject({ actor_id: owner.id, ip: '198.51.100.7' });
    expect(await entry('application.accepted', id)).toMatchObject({ actor_id: portal.admin.id, ip: '203.0.113.23' });
    const [file] = await portal.db().query('SELECT declaration_ip FROM applications WHERE id = $1', [id]);
    expect(file.declaration_ip).toBe('198.51.100.7');
  });

  it('a worker job records the address its run was requested from, and no user agent (it has no request)', async () => {
    const cycle = await makeOpenCycle(portal.app);
    const requested = await portal.admin.client.post(`/api/v1/cycles/${cycle.id}/auto-assign`, {}, { ...from('203.0.113.24'), 'user-agent': 'AuditAddress/1.0' });
    expect(requested.status).toBe(202);
    expect((await waitForAutoAssignRun(portal.admin.client, cycle.id, requested.body.id)).status).toBe('done');
    const [run] = await portal.db().query('SELECT requested_ip FROM review_auto_assign_runs WHERE id = $1', [requested.body.id]);
    expect(run.requested_ip).toBe('203.0.113.24');
    expect(await entry('review.auto_assigned', cycle.id)).toEqual({ actor_id: portal.admin.id, ip: '203.0.113.24', user_agent: null });
  });
});
