import { randomUUID } from 'crypto';
import { outboxJobId } from './outbox-relay';

describe('outboxJobId', () => {
  const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];

  it("names a single event's job after the event's UUID", () => {
    expect(outboxJobId([a])).toBe(`outbox-${a}`);
  });

  it('gives the same batch the same id, so a re-dispatched batch is dropped as a duplicate', () => {
    expect(outboxJobId([a, b, c])).toBe(outboxJobId([a, b, c]));
  });

  it('never gives two different batches one id, even with the same first and last event', () => {
    const ids = [outboxJobId([a, b, d]), outboxJobId([a, d]), outboxJobId([a, c, d]), outboxJobId([a, b]), outboxJobId([a])];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 4)) expect(id).toMatch(new RegExp(`^outbox-${a}\\+\\d+-[0-9a-f]{32}$`));
  });

});
