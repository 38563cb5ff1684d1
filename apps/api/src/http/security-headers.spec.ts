import { apiResponseHeaders, documentUrlMatcher, securityHeaders, webAppHeaders } from './security-headers';

describe('securityHeaders', () => {
  it("the web app's pages frame only their own pages and blob: URLs (the evidence viewer's PDF), and embed no plugin", () => {
    const csp = webAppHeaders()['content-security-policy'];
    expect(csp).toContain("frame-src 'self' blob:");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('records the headers helmet would set for a rendered page, including the portal CSP', () => {
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

describe('apiResponseHeaders', () => {
  it('is the OWASP REST set: nothing may load or frame, no sniffing, HSTS, no caching', () => {
    expect(apiResponseHeaders()).toEqual({
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'cross-origin-resource-policy': 'same-origin',
      'strict-transport-security': securityHeaders()['strict-transport-security'],
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    expect(Object.isFrozen(apiResponseHeaders())).toBe(true);
  });

  it('is less than half the bytes of the page set', () => {
    const bytes = (h: Readonly<Record<string, string>>) => Object.entries(h).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
    expect(bytes(apiResponseHeaders()) * 2).toBeLessThan(bytes(securityHeaders()));
  });
});

describe('documentUrlMatcher', () => {
  const isDocument = documentUrlMatcher(['/docs', '/admin/queues']);

  it.each(['/docs', '/docs/', '/docs/swagger-ui.css', '/docs-json', '/admin/queues', '/admin/queues/api/queues?page=1'])('%s is a page', (url) => {
    expect(isDocument(url)).toBe(true);
  });

  it.each(['/api/v1/applications', '/health/live', '/metrics', '/api/v1/docs', '/admin', '/%64ocs'])('%s is API', (url) => {
    expect(isDocument(url)).toBe(false);
  });
});
