import { outboxJobId } from './outbox-relay';

describe('outboxJobId', () => {
  it("keeps a single event's id readable", () => {
    expect(outboxJobId(['42'])).toBe('outbox-42');
  });

  it('gives the same batch the same id, so a re-dispatched batch is dropped as a duplicate', () => {
    expect(outboxJobId(['5', '6', '9'])).toBe(outboxJobId(['5', '6', '9']));
  });

  it('never gives two different batches one id, even with the same first and last event', () => {
    const ids = [outboxJobId(['5', '6', '9']), outboxJobId(['5', '9']), outboxJobId(['5', '7', '9']), outboxJobId(['5', '6'])];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^outbox-5\+\d+-[0-9a-f]{16}$/);
  });
});
