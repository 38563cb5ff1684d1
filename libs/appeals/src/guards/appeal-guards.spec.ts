import { AppealError } from '../appeals.errors';
import { assertAppealOpen } from './appeal-guards';

describe('appeal guards', () => {
  it('assertAppealOpen passes an open appeal and refuses a decided one, naming its outcome', () => {
    expect(() => assertAppealOpen({ status: 'open', outcome: null })).not.toThrow();
    expect(() => assertAppealOpen({ status: 'decided', outcome: 'upheld' })).toThrow(expect.objectContaining({ constructor: AppealError, code: 'APPEAL_ALREADY_DECIDED', details: { outcome: 'upheld' } }));
  });
});
