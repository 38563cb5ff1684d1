import { checkJobCatalogue } from './job-catalogue-check';
import { JOB_CATALOGUE, JobName } from './job-catalogue';

const complete = () => {
  const byQueue = new Map<string, string[]>();
  for (const [name, def] of Object.entries(JOB_CATALOGUE)) byQueue.set(def.queue, [...(byQueue.get(def.queue) ?? []), name]);
  return [...byQueue.entries()].map(([queue, jobNames]) => ({ queue, jobNames }));
};

describe('checkJobCatalogue', () => {
  it('accepts one handler per job on its own queue', () => {
    expect(checkJobCatalogue(complete())).toEqual([]);
  });
  it('names a job without a processor', () => {
    const processors = complete().map((p) => ({ ...p, jobNames: p.jobNames.filter((n) => n !== 'system.echo') }));
    expect(checkJobCatalogue(processors)).toContain('job "system.echo" has no processor');
  });
  it('names a job handled twice or on the wrong queue', () => {
    const processors = [...complete(), { queue: 'elsewhere', jobNames: ['system.echo' as JobName] }];
    const problems = checkJobCatalogue(processors);
    expect(problems).toContain('job "system.echo" has 2 processors');
    expect(problems.some((p) => p.includes('belongs to "system"'))).toBe(true);
  });
});
