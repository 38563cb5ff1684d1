import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('records the headers helmet would set, including the portal CSP', () => {
    const headers = securityHeaders();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("img-src 'self' data:");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-powered-by']).toBeUndefined();
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('follows the options it is given', () => {
    const headers = securityHeaders({ contentSecurityPolicy: false, frameguard: { action: 'deny' } });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['x-frame-options']).toBe('DENY');
  });
});
