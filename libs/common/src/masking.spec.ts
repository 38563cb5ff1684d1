import { maskEmail, maskIdentifier, maskPhone } from './masking';

describe('masking', () => {
  it('keeps the first and last four characters of an identity number', () => {
    expect(maskIdentifier('500103198805124713')).toBe('5001**********4713');
  });
  it('masks short values entirely', () => {
    expect(maskIdentifier('12345678')).toBe('********');
    expect(maskIdentifier(null)).toBeNull();
  });
  it('masks the middle of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('keeps only the first character and the domain of an e-mail address', () => {
    expect(maskEmail('zhang.wei@example.com')).toBe('z***@example.com');
    expect(maskEmail('a@b.cn')).toBe('a***@b.cn');
    expect(maskEmail('no-at-sign-here-at-all')).toBe('no-a**************-all');
    expect(maskEmail(null)).toBeNull();
  });
});
