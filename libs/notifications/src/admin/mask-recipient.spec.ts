import { maskEmail, maskRecipientKey } from './mask-recipient';

describe('recipient masking', () => {
  it('keeps two characters and the domain of an address', () => {
    expect(maskEmail('zhang.ming@example.com')).toBe('zh***@example.com');
    expect(maskEmail('li@example.com')).toBe('l***@example.com');
    expect(maskEmail('broken')).toBe('******');
  });
  it('masks plain-address recipients and leaves user keys (ids) alone', () => {
    expect(maskRecipientKey('email:objector@example.org')).toBe('ob***@example.org');
    expect(maskRecipientKey('user:6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f')).toBe('user:6f1d2c3e-8a4b-4c1d-9e2f-0a1b2c3d4e5f');
  });
});
