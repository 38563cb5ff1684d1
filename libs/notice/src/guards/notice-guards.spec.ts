import { NoticeError } from '../notice.errors';
import { assertNoticeRunning, assertObjectionOpen, isNoticeDueToClose } from './notice-guards';

const codeOf = (fn: () => void): string | null => {
  try {
    fn();
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(NoticeError);
    return (error as NoticeError).code;
  }
};
const notice = { status: 'open' as const, startDate: '2026-06-01', endDate: '2026-06-05' };

describe('notice guards', () => {
  it('assertNoticeRunning passes an open notice from its first to its last day inclusive', () => {
    expect(['2026-05-31', '2026-06-01', '2026-06-05', '2026-06-06'].map((today) => codeOf(() => assertNoticeRunning(notice, today)))).toEqual([
      'NOTICE_PERIOD_OVER',
      null,
      null,
      'NOTICE_PERIOD_OVER',
    ]);
  });

  it('assertNoticeRunning refuses a closed or withdrawn notice within its dates', () => {
    expect(codeOf(() => assertNoticeRunning({ ...notice, status: 'closed' }, '2026-06-03'))).toBe('NOTICE_PERIOD_OVER');
    expect(codeOf(() => assertNoticeRunning({ ...notice, status: 'withdrawn' }, '2026-06-03'))).toBe('NOTICE_PERIOD_OVER');
  });

  it('isNoticeDueToClose: an open notice whose last day is before today', () => {
    expect(isNoticeDueToClose(notice, '2026-06-05')).toBe(false);
    expect(isNoticeDueToClose(notice, '2026-06-06')).toBe(true);
    expect(isNoticeDueToClose({ ...notice, status: 'closed' }, '2026-06-06')).toBe(false);
  });

  it('assertObjectionOpen passes an open objection only, naming why another is refused', () => {
    expect(codeOf(() => assertObjectionOpen({ status: 'open' }))).toBeNull();
    expect(codeOf(() => assertObjectionOpen({ status: 'unconfirmed' }))).toBe('OBJECTION_UNCONFIRMED');
    expect(codeOf(() => assertObjectionOpen({ status: 'upheld' }))).toBe('OBJECTION_ALREADY_RESOLVED');
    expect(codeOf(() => assertObjectionOpen({ status: 'dismissed' }))).toBe('OBJECTION_ALREADY_RESOLVED');
  });
});
