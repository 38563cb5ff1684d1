import { ApplicationStatsRepository } from './application-stats.repository';
import { ApplicationStatsService } from './application-stats.service';

/** The service only maps the repository's aggregates: fed fixed aggregates, its arithmetic is checked. */
function serviceWith(actions: { fromStatus: string; action: string; count: number }[]) {
  const repo = {
    counts: async () => [
      { dimension: 'status', value: 'approved', files: 3, filed: 3 },
      { dimension: 'status', value: 'draft', files: 2, filed: 0 },
      { dimension: 'cross_provincial', value: 'true', files: 1, filed: 1 },
      { dimension: 'cross_provincial', value: 'false', files: 4, filed: 2 },
      { dimension: 'home_province', value: '44', files: 1, filed: 1 },
      { dimension: 'home_province', value: '50', files: 4, filed: 2 },
    ],
    actions: async () => actions,
    // Committee stays of 12 days, 12.5 days twice and 20 days 20 hours (in ten-minute steps).
    stays: async () => [
      { fromStatus: 'reviewed', tenMinutes: 12 * 144, stays: 1 },
      { fromStatus: 'reviewed', tenMinutes: 1800, stays: 2 },
      { fromStatus: 'reviewed', tenMinutes: 3000, stays: 1 },
    ],
    submissionsPerDay: async () => [{ day: '2026-03-11', count: 3 }],
    overdueCorrections: async () => 0,
  } as unknown as ApplicationStatsRepository;
  return new ApplicationStatsService(repo);
}

describe('ApplicationStatsService', () => {
  it('reads committee and notice outcomes from the history actions of their stages', async () => {
    const stats = await serviceWith([
      { fromStatus: 'reviewed', action: 'committee_passed', count: 6 },
      { fromStatus: 'reviewed', action: 'committee_failed', count: 2 },
      { fromStatus: 'reviewed', action: 'withdrawn', count: 1 },
      { fromStatus: 'public_notice', action: 'approved', count: 3 },
      { fromStatus: 'public_notice', action: 'notice_closed', count: 2 },
      { fromStatus: 'public_notice', action: 'objection_upheld', count: 1 },
      { fromStatus: 'public_notice', action: 'objection_upheld_rereview', count: 1 },
    ]).ofCycle('c', new Date());
    expect(stats.passRates.committee).toEqual({ passed: 6, failed: 2, rate: 0.75 });
    expect(stats.passRates.notice).toEqual({ passed: 5, failed: 2, rate: 0.7143 });
    expect(stats.passRates.qualification).toEqual({ passed: 0, failed: 0, rate: null });
  });

  it('totals, shares and durations in days from the stays counted per ten minutes', async () => {
    const stats = await serviceWith([]).ofCycle('c', new Date());
    expect(stats.total).toBe(5);
    expect(stats.filed).toBe(3);
    expect(stats.byStatus).toEqual({ approved: 3, draft: 2 });
    expect(stats.byHomeProvince).toEqual({ '44': 1, '50': 2 });
    expect(stats.crossProvincial).toEqual({ count: 1, share: 0.3333 });
    expect(stats.stageDurations.find((d) => d.stage === 'committee')).toEqual({ stage: 'committee', count: 4, medianDays: 12.5, p90Days: 18.33 });
    expect(stats.stageDurations.find((d) => d.stage === 'review')).toEqual({ stage: 'review', count: 0, medianDays: null, p90Days: null });
    expect(stats.submissionsPerDay).toEqual([{ date: '2026-03-11', count: 3 }]);
  });
});
