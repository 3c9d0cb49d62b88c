import { staticSecurityHeaders } from './security-headers.js';

describe(staticSecurityHeaders.name, () => {
  it('computes the same headers helmet would set, including the CSP directives given', () => {
    const headers = staticSecurityHeaders({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], objectSrc: ["'none'"] } } });
    expect(headers['content-security-policy']).toContain("default-src 'self'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('leaves out what a directive switches off', () => {
    expect(staticSecurityHeaders({ frameguard: false })['x-frame-options']).toBeUndefined();
  });
});
