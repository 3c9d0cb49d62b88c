import type { RateCounter, RateDecision, RateLimiter } from '../http/rate-limiter.js';
import { clientKey } from '../http/client-key.js';
import type { ApiKeySet } from './api-key-set.js';
import { API_KEY_HEADER, PUBLIC_API_ROUTES } from './public-routes.js';

export interface GateRequest {
  method: string;
  url: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  /** Fastify's matched route pattern; undefined when no route matched (the 404 handler). */
  route?: string;
}

export type GateDecision =
  | { outcome: 'pass' }
  | { outcome: 'unauthorized' }
  | { outcome: 'limited'; retryAfterSeconds: number };

const UNLIMITED_ROUTES = new Set(['/api/health']);

/**
 * Decides, before any body is read, whether a request may reach its route: /api and /metrics need a key
 * (when keys are configured) except the public routes, and every guarded route but /api/health counts
 * against a per-client fixed window. A request without a valid key is counted against its address, so
 * guessing keys cannot mint fresh rate-limit windows.
 */
export function decide(request: GateRequest, keys: ApiKeySet, limiter: RateLimiter): GateDecision;
export function decide(request: GateRequest, keys: ApiKeySet, limiter: RateCounter): GateDecision | Promise<GateDecision>;
export function decide(request: GateRequest, keys: ApiKeySet, limiter: RateCounter): GateDecision | Promise<GateDecision> {
  if (request.method === 'OPTIONS') return { outcome: 'pass' };
  const route = request.route ?? request.url.split('?')[0];
  if (!isGuarded(route) || UNLIMITED_ROUTES.has(route)) return { outcome: 'pass' };
  const isPublic = request.route !== undefined && PUBLIC_API_ROUTES.includes(request.route);
  const keyed = keys.enabled && !isPublic;
  const authorized = !keyed || keys.matches(request.headers[API_KEY_HEADER]);
  const identity = keyed && authorized ? clientKey(request) : `ip:${request.ip}`;
  const verdict = (rate: RateDecision): GateDecision => {
    if (!rate.allowed) return { outcome: 'limited', retryAfterSeconds: rate.retryAfterSeconds };
    return authorized ? { outcome: 'pass' } : { outcome: 'unauthorized' };
  };
  // The in-process counter answers at once; the shared one (database mode) after a round trip.
  const rate = limiter.take(identity);
  return rate instanceof Promise ? rate.then(verdict) : verdict(rate);
}

export function isGuarded(path: string): boolean {
  return path === '/metrics' || path === '/api' || path.startsWith('/api/');
}
