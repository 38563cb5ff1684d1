import { DataSource } from 'typeorm';
import { DraftRemindersService } from './draft-reminders.service';

describe('DraftRemindersService', () => {
  it('asks for drafts closing in (from, to] with one constant statement and bound parameters', async () => {
    const row = { applicationId: 'a1', applicantId: 'u1', cycleNameZh: '春季', cycleNameEn: 'Spring', closesAt: new Date('2026-05-31T09:00:00Z') };
    const query = jest.fn().mockResolvedValue([row]);
    const service = new DraftRemindersService({ query } as unknown as DataSource);
    const from = new Date('2026-05-24T09:00:00Z');
    const to = new Date('2026-05-31T09:00:00Z');

    expect(await service.draftsClosingBetween(from, to)).toEqual([row]);
    await service.draftsClosingBetween(new Date(0), new Date(1));

    expect(query).toHaveBeenCalledTimes(2);
    const [[firstSql, firstParams], [secondSql]] = query.mock.calls as [string, unknown[]][];
    expect(firstParams).toEqual([from, to]);
    expect(secondSql).toBe(firstSql); // the same text whatever the values: nothing pasted in
    expect(firstSql).toMatch(/a\.status = 'draft' AND c\.closes_at > \$1 AND c\.closes_at <= \$2/);
  });
});
