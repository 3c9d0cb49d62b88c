import { wantsSpaShell } from './spa.js';

const HTML = 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8';

describe(wantsSpaShell.name, () => {
  it('sends the shell to browser navigations to client routes', () => {
    expect(wantsSpaShell({ url: '/meters/MTR-0000001?tab=readings', headers: { accept: HTML } })).toBe(true);
    expect(wantsSpaShell({ url: '/copilot', headers: { accept: HTML } })).toBe(true);
  });

  it('never answers server paths with the shell, even for browsers', () => {
    for (const url of ['/api', '/api/unknown', '/docs', '/docs/x.css', '/metrics', '/metrics?x=1']) {
      expect(wantsSpaShell({ url, headers: { accept: HTML } })).toBe(false);
    }
  });

  it('lets requests that do not ask for HTML (scripts, fetch, curl) get a real 404', () => {
    expect(wantsSpaShell({ url: '/assets/missing.js', headers: { accept: '*/*' } })).toBe(false);
    expect(wantsSpaShell({ url: '/meters', headers: {} })).toBe(false);
  });

  it('does not treat paths that merely begin with a server prefix as server paths', () => {
    expect(wantsSpaShell({ url: '/apiary', headers: { accept: HTML } })).toBe(true);
  });
});
