import { securityHeaders } from './security-headers';

describe('securityHeaders', () => {
  it('are helmet’s defaults, worked out once', () => {
    const headers = securityHeaders();
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
    expect(headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  });

  it('follow the options given to helmet', () => {
    const headers = securityHeaders({
      contentSecurityPolicy: false,
      referrerPolicy: { policy: 'same-origin' },
    });
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['referrer-policy']).toBe('same-origin');
  });
});
