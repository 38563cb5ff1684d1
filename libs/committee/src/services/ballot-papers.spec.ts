import { AppConfig } from '@app/config';
import { BallotPapers } from './ballot-papers';

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const MEETING = '11111111-1111-4111-8111-111111111111';
const ITEM = '22222222-2222-4222-8222-222222222222';
const OTHER = '33333333-3333-4333-8333-333333333333';

describe('BallotPapers', () => {
  const papers = new BallotPapers({ PII_ENCRYPTION_KEY: KEY } as AppConfig);

  it('issues papers that check for their own meeting and item, each with a distinct hash', () => {
    const a = papers.issue(MEETING, ITEM);
    const b = papers.issue(MEETING, ITEM);
    expect(papers.paperHash(a, MEETING, ITEM)).toMatch(/^[0-9a-f]{64}$/);
    expect(papers.paperHash(a, MEETING, ITEM)).toBe(papers.paperHash(a, MEETING, ITEM));
    expect(papers.paperHash(a, MEETING, ITEM)).not.toBe(papers.paperHash(b, MEETING, ITEM));
  });

  it('refuses a paper of another item or meeting, an altered one, one sealed with another key and garbage', () => {
    const a = papers.issue(MEETING, ITEM);
    expect(papers.paperHash(a, MEETING, OTHER)).toBeNull();
    expect(papers.paperHash(a, OTHER, ITEM)).toBeNull();
    const parts = a.split('.');
    parts[3] = (parts[3][0] === 'A' ? 'B' : 'A') + parts[3].slice(1);
    expect(papers.paperHash(parts.join('.'), MEETING, ITEM)).toBeNull();
    const stranger = new BallotPapers({ PII_ENCRYPTION_KEY: KEY.replace('00', 'ff') } as AppConfig);
    expect(papers.paperHash(stranger.issue(MEETING, ITEM), MEETING, ITEM)).toBeNull();
    expect(papers.paperHash('not a paper', MEETING, ITEM)).toBeNull();
    expect(papers.paperHash('', MEETING, ITEM)).toBeNull();
  });

  it('never uses the PII key itself: a paper does not open with it', () => {
    const a = papers.issue(MEETING, ITEM);
    const { PiiCipher } = jest.requireActual('@app/common');
    expect(() => new PiiCipher(KEY).open(a)).toThrow();
  });
});
