import { RateLimiter } from '../http/rate-limiter.js';
import { AccessKeys } from './access-keys.js';
import { decide, type GateRequest } from './request-gate.js';

const keys = new AccessKeys(['right-key-1'], []);
const req = (over: Partial<GateRequest>): GateRequest => ({ method: 'GET', url: '/api/x', ip: '10.0.0.1', headers: {}, ...over });

describe(decide.name, () => {
  it('asks for a key on /api routes (matched or not) and /metrics, not on health, the spec, docs or the dashboard', () => {
    const limiter = new RateLimiter(100);
    expect(decide(req({ route: '/api/energy/summary' }), keys, limiter).outcome).toBe('unauthorized');
    expect(decide(req({ url: '/api/unknown?x=1' }), keys, limiter).outcome).toBe('unauthorized');
    expect(decide(req({ url: '/metrics', route: '/metrics' }), keys, limiter).outcome).toBe('unauthorized');
    expect(decide(req({ url: '/api/health', route: '/api/health' }), keys, limiter).outcome).toBe('pass');
    expect(decide(req({ url: '/api/openapi.json', route: '/api/openapi.json' }), keys, limiter).outcome).toBe('pass');
    expect(decide(req({ url: '/docs/index.html', route: '/docs/*' }), keys, limiter).outcome).toBe('pass');
    expect(decide(req({ url: '/', route: '/' }), keys, limiter).outcome).toBe('pass');
    expect(decide(req({ method: 'OPTIONS', route: '/api/energy/summary' }), keys, limiter).outcome).toBe('pass');
    expect(decide(req({ route: '/api/energy/summary', headers: { 'x-api-key': 'right-key-1' } }), keys, limiter).outcome).toBe('pass');
  });

  it('matches the public list on the route pattern only, so a raw URL cannot pose as health', () => {
    const limiter = new RateLimiter(100);
    expect(decide(req({ url: '/api/health/../energy/summary', route: '/api/energy/summary' }), keys, limiter).outcome).toBe('unauthorized');
  });

  it('limits per key, and wrong keys per address', () => {
    const limiter = new RateLimiter(1);
    const good = req({ route: '/api/a', headers: { 'x-api-key': 'right-key-1' } });
    expect(decide(good, keys, limiter).outcome).toBe('pass');
    expect(decide(good, keys, limiter)).toEqual({ outcome: 'limited', retryAfterSeconds: 60 });
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'guess-1' } }), keys, limiter).outcome).toBe('unauthorized');
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'guess-2' } }), keys, limiter).outcome).toBe('limited');
  });

  it('lets everything through, limited per address, when no key is configured', () => {
    const limiter = new RateLimiter(1);
    const open = new AccessKeys([], []);
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'a' } }), open, limiter).outcome).toBe('pass');
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'b' } }), open, limiter).outcome).toBe('limited');
  });

  it('never takes an unverified key as a rate-limit identity, with or without API_KEYS', () => {
    const limiter = new RateLimiter(1);
    const open = new AccessKeys([], []);
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'made-up-1' } }), open, limiter).outcome).toBe('pass');
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'made-up-2' } }), open, limiter).outcome).toBe('limited');
  });

  it('lets only admin keys through admin routes once any key is configured; admin keys pass everywhere', () => {
    const limiter = new RateLimiter(100);
    const both = new AccessKeys(['ask-key-1'], ['admin-key-1']);
    const upload = (key?: string) => req({ method: 'POST', route: '/api/compliance/documents', adminOnly: true, headers: key ? { 'x-api-key': key } : {} });
    expect(decide(upload('admin-key-1'), both, limiter).outcome).toBe('pass');
    expect(decide(upload('ask-key-1'), both, limiter).outcome).toBe('forbidden');
    expect(decide(upload(), both, limiter).outcome).toBe('unauthorized');
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'admin-key-1' } }), both, limiter).outcome).toBe('pass');
    const apiOnly = new AccessKeys(['ask-key-1'], []);
    expect(decide(upload('ask-key-1'), apiOnly, limiter).outcome).toBe('forbidden');
    const adminOnly = new AccessKeys([], ['admin-key-1']);
    expect(decide(req({ route: '/api/a' }), adminOnly, limiter).outcome).toBe('pass');
    expect(decide(upload(), adminOnly, limiter).outcome).toBe('forbidden');
    expect(decide(upload('admin-key-1'), adminOnly, limiter).outcome).toBe('pass');
    expect(decide(upload(), new AccessKeys([], []), limiter).outcome).toBe('pass');
  });
});
