import type { RateLimiter } from '../http/rate-limiter.js';
import { rateLimitIdentity, type AccessKeys } from './access-keys.js';
import { API_KEY_HEADER, PUBLIC_API_ROUTES } from './public-routes.js';

export interface GateRequest {
  method: string;
  url: string;
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  /** Fastify's matched route pattern; undefined when no route matched (the 404 handler). */
  route?: string;
  /** The matched route changes the corpus and needs an admin key. */
  adminOnly?: boolean;
}

export type GateDecision =
  | { outcome: 'pass' }
  | { outcome: 'unauthorized' }
  | { outcome: 'forbidden' }
  | { outcome: 'limited'; retryAfterSeconds: number };

const UNLIMITED_ROUTES = new Set(['/api/health', '/api/health/live']);

/**
 * Decides, before any body is read, whether a request may reach its route: /api and /metrics need a key
 * (when API_KEYS is set) except the public routes, admin routes need a key from ADMIN_API_KEYS (when any key
 * is configured), and every guarded route but health counts against a per-client fixed window. A request
 * without a valid key is counted against its address, so guessing keys cannot mint fresh rate-limit windows.
 */
export function decide(request: GateRequest, keys: AccessKeys, limiter: RateLimiter): GateDecision {
  if (request.method === 'OPTIONS') return { outcome: 'pass' };
  const route = request.route ?? request.url.split('?')[0];
  if (!isGuarded(route) || UNLIMITED_ROUTES.has(route)) return { outcome: 'pass' };
  const isPublic = request.route !== undefined && PUBLIC_API_ROUTES.includes(request.route);
  const presented = request.headers[API_KEY_HEADER];
  const authorized = !keys.api.enabled || isPublic || keys.isValid(presented);
  const rate = limiter.take(rateLimitIdentity(request, keys));
  if (!rate.allowed) return { outcome: 'limited', retryAfterSeconds: rate.retryAfterSeconds };
  if (!authorized) return { outcome: 'unauthorized' };
  if (request.adminOnly && keys.anyConfigured && !keys.isAdmin(presented)) return { outcome: 'forbidden' };
  return { outcome: 'pass' };
}

export function isGuarded(path: string): boolean {
  return path === '/metrics' || path === '/api' || path.startsWith('/api/');
}
