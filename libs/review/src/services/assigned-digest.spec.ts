import { Cycle } from '@app/applications';
import { assignedDigest, DIGEST_REFERENCES_NAMED, DigestTally, tallyAssigned } from './assignment.service';

describe('assignedDigest: one message per reviewer and automatic run', () => {
  const cycle = { nameZh: '2026年度评审', nameEn: '2026 evaluation', reviewDeadline: '2026-12-20' } as Cycle;

  it('counts every file and names them all when there are few', () => {
    const digest = assignedDigest(cycle, 'reviewer-1', { count: 2, named: ['2026-ID-INT-000001', '2026-ID-INT-000002'] });
    expect(digest).toEqual({
      type: 'review.assigned_digest',
      recipients: [{ userId: 'reviewer-1' }],
      payload: {
        assignedCount: 2,
        'references@zh-CN': '2026-ID-INT-000001、2026-ID-INT-000002',
        'references@en': '2026-ID-INT-000001, 2026-ID-INT-000002',
        'reviewDeadline@zh-CN': '2026-12-20',
        'reviewDeadline@en': '2026-12-20',
        'cycleName@zh-CN': '2026年度评审',
        'cycleName@en': '2026 evaluation',
      },
    });
  });

  it('names the first ones and counts the rest when a run gives a reviewer many', () => {
    // Tallied as a run gives them, with another reviewer's files in between: only the first ones are kept.
    const tallies = new Map<string, DigestTally>();
    for (let i = 1; i <= 130; i++) {
      tallyAssigned(tallies, 'reviewer-2', `2026-ID-INT-${String(i).padStart(6, '0')}`);
      if (i % 3 === 0) tallyAssigned(tallies, 'reviewer-3', `2026-ID-SEN-${String(i).padStart(6, '0')}`);
    }
    expect(tallies.get('reviewer-2')!.named).toHaveLength(DIGEST_REFERENCES_NAMED);
    expect(tallies.get('reviewer-3')).toMatchObject({ count: 43, named: expect.arrayContaining(['2026-ID-SEN-000003']) });
    const { payload } = assignedDigest({ ...cycle, reviewDeadline: null } as Cycle, 'reviewer-2', tallies.get('reviewer-2')!);
    expect(payload.assignedCount).toBe(130);
    expect(payload['references@en'].split(', ')).toHaveLength(DIGEST_REFERENCES_NAMED);
    expect(payload['references@en']).toMatch(/2026-ID-INT-000020 and 110 more$/);
    expect(payload['references@zh-CN']).toMatch(/2026-ID-INT-000020，另有110份$/);
    expect(payload['reviewDeadline@en']).toBe('the review deadline (to be announced)');
  });
});
