import { RateLimiter } from '../http/rate-limiter.js';
import { ApiKeySet } from './api-key-set.js';
import { decide, type GateRequest } from './request-gate.js';

const keys = new ApiKeySet(['right-key-1']);
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
    const open = new ApiKeySet([]);
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'a' } }), open, limiter).outcome).toBe('pass');
    expect(decide(req({ route: '/api/a', headers: { 'x-api-key': 'b' } }), open, limiter).outcome).toBe('limited');
  });
});
