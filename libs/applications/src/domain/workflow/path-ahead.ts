import { ApplicationStatus, TransitionDefinition, TRANSITIONS, WORKFLOW_ACTIONS, WorkflowAction, WorkflowActor } from './transitions';

/** Where a file's journey ends: the title granted, or one of the ways it stops. */
export const GOAL_STATUS: ApplicationStatus = 'approved';
export const ENDING_STATUSES: readonly ApplicationStatus[] = ['approved', 'rejected', 'withdrawn', 'revoked'];

/** One step still ahead: the action that takes it and the status it reaches. */
export interface StepAhead {
  action: WorkflowAction;
  to: ApplicationStatus;
}

/**
 * The steps from `status` to the title being granted, read from the TRANSITIONS table: the
 * shortest chain of actions that never passes through an ending (rejection, withdrawal,
 * revocation); ties go to the action listed first in the table. Empty from an ending: a
 * rejected file goes on only if an appeal is decided for it, which is not a step one expects.
 */
export function pathAhead(status: ApplicationStatus): StepAhead[] {
  if (ENDING_STATUSES.includes(status)) return [];
  const cameFrom = new Map<ApplicationStatus, StepAhead & { from: ApplicationStatus }>();
  const queue: ApplicationStatus[] = [status];
  const seen = new Set<ApplicationStatus>([status]);
  while (queue.length) {
    const at = queue.shift()!;
    if (at === GOAL_STATUS) break;
    for (const action of WORKFLOW_ACTIONS) {
      const row: TransitionDefinition = TRANSITIONS[action];
      if (!row.from.includes(at) || seen.has(row.to)) continue;
      if (ENDING_STATUSES.includes(row.to) && row.to !== GOAL_STATUS) continue;
      seen.add(row.to);
      cameFrom.set(row.to, { action, to: row.to, from: at });
      queue.push(row.to);
    }
  }
  const steps: StepAhead[] = [];
  for (let at = GOAL_STATUS; cameFrom.has(at); at = cameFrom.get(at)!.from) {
    const { action, to } = cameFrom.get(at)!;
    steps.unshift({ action, to });
  }
  return steps;
}

/**
 * pathAhead() for one file: a returned file goes back to whoever returned it, so the path of a
 * file its recommending unit returned starts with the resubmission to the unit.
 */
export function pathAheadOfFile(file: { status: ApplicationStatus; returnedBy?: 'unit' | 'office' | null }): StepAhead[] {
  if (file.status === 'returned' && file.returnedBy === 'unit') return [{ action: 'resubmit_to_unit', to: 'with_unit' }, ...pathAhead('with_unit')];
  return pathAhead(file.status);
}

/** The history action (application_history.action) of each workflow action, reversed. */
const ACTION_OF_HISTORY = new Map<string, WorkflowAction>(WORKFLOW_ACTIONS.map((a) => [TRANSITIONS[a].history, a]));

/**
 * Who took a recorded step, as a role: the portal when nobody did (actorId null), otherwise
 * the person-role the table lets take that action (an admin for close_notice, which the
 * system may also take). Steps outside the table (`created`) are the applicant's if they
 * took them, an admin's otherwise.
 */
export function actorRoleOf(historyAction: string, actorId: string | null, applicantId: string): WorkflowActor {
  if (actorId === null) return 'system';
  const action = ACTION_OF_HISTORY.get(historyAction);
  const row: TransitionDefinition | undefined = action ? TRANSITIONS[action] : undefined;
  const person = row?.by.find((by) => by !== 'system');
  if (person) return person;
  return actorId === applicantId ? 'applicant' : 'admin';
}
