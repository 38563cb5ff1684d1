import { JOB_CATALOGUE, JobName, QueueName } from './job-catalogue';

export interface RegisteredProcessor {
  queue: string;
  jobNames: string[];
}

/**
 * Problems that must stop the worker: a catalogued job nobody handles, a job handled
 * twice, or a handler on the wrong queue.
 */
export function checkJobCatalogue(processors: RegisteredProcessor[]): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(JOB_CATALOGUE) as JobName[]) {
    const expectedQueue: QueueName = JOB_CATALOGUE[name].queue;
    const owners = processors.filter((p) => p.jobNames.includes(name));
    if (owners.length === 0) problems.push(`job "${name}" has no processor`);
    if (owners.length > 1) problems.push(`job "${name}" has ${owners.length} processors`);
    for (const owner of owners) {
      if (owner.queue !== expectedQueue) problems.push(`job "${name}" is handled on queue "${owner.queue}" but belongs to "${expectedQueue}"`);
    }
  }
  for (const p of processors) {
    for (const name of p.jobNames) if (!(name in JOB_CATALOGUE)) problems.push(`processor on "${p.queue}" handles unknown job "${name}"`);
  }
  return problems;
}
