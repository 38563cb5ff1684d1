import { NoticeError } from '../notice.errors';
import { assertNoticeRunning, assertObjectionOpen, isNoticeDueToClose } from './notice-guards';

const refusal = (code: string) => expect.objectContaining({ constructor: NoticeError, code });
const notice = { status: 'open' as const, startDate: '2026-06-01', endDate: '2026-06-05' };

describe('notice guards', () => {
  it.each(['2026-06-01', '2026-06-03', '2026-06-05'])('assertNoticeRunning passes an open notice on %s (first to last day inclusive)', (today) =>
    expect(() => assertNoticeRunning(notice, today)).not.toThrow(),
  );
  it.each(['2026-05-31', '2026-06-06'])('assertNoticeRunning refuses an open notice on %s', (today) => expect(() => assertNoticeRunning(notice, today)).toThrow(refusal('NOTICE_PERIOD_OVER')));
  it.each(['closed', 'withdrawn'] as const)('assertNoticeRunning refuses a %s notice within its dates', (status) =>
    expect(() => assertNoticeRunning({ ...notice, status }, '2026-06-03')).toThrow(refusal('NOTICE_PERIOD_OVER')),
  );

  it('isNoticeDueToClose: an open notice whose last day is before today', () => {
    expect(isNoticeDueToClose(notice, '2026-06-05')).toBe(false);
    expect(isNoticeDueToClose(notice, '2026-06-06')).toBe(true);
    expect(isNoticeDueToClose({ ...notice, status: 'closed' }, '2026-06-06')).toBe(false);
  });

  it('assertObjectionOpen passes an open objection only, naming why another is refused', () => {
    expect(() => assertObjectionOpen({ status: 'open' })).not.toThrow();
    expect(() => assertObjectionOpen({ status: 'unconfirmed' })).toThrow(refusal('OBJECTION_UNCONFIRMED'));
    expect(() => assertObjectionOpen({ status: 'upheld' })).toThrow(refusal('OBJECTION_ALREADY_RESOLVED'));
    expect(() => assertObjectionOpen({ status: 'dismissed' })).toThrow(refusal('OBJECTION_ALREADY_RESOLVED'));
  });
});
