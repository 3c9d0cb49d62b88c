import { createHash } from 'node:crypto';
import { ApiKeySet } from './api-key-set.js';
import { API_KEY_HEADER } from './public-routes.js';

/** Route config flag: only a key from ADMIN_API_KEYS may call the route (changing the corpus everyone is answered from). */
export interface AdminRouteConfig {
  adminOnly?: boolean;
}
export const ADMIN_ONLY: Required<AdminRouteConfig> = { adminOnly: true };

/**
 * Who may call what: API_KEYS may use the API, ADMIN_API_KEYS may also change what it serves (documents).
 * An admin key is a valid API key everywhere.
 */
export class AccessKeys {
  readonly api: ApiKeySet;
  readonly admin: ApiKeySet;

  constructor(apiKeys: readonly string[], adminKeys: readonly string[]) {
    this.api = new ApiKeySet(apiKeys);
    this.admin = new ApiKeySet(adminKeys);
  }

  /** Any key at all is configured: admin routes are then closed to whoever holds no admin key. */
  get anyConfigured(): boolean {
    return this.api.enabled || this.admin.enabled;
  }

  isAdmin(candidate: unknown): boolean {
    return this.admin.matches(candidate);
  }

  isValid(candidate: unknown): boolean {
    return this.api.matches(candidate) || this.admin.matches(candidate);
  }
}

/**
 * The rate-limit identity of a request: its API key (hashed) only when that key is one of ours, else its
 * address. A header nobody verified must never be an identity, or changing its value mints fresh windows.
 */
export function rateLimitIdentity(request: { ip: string; headers: Record<string, string | string[] | undefined> }, keys: AccessKeys): string {
  const key = request.headers[API_KEY_HEADER];
  if (typeof key === 'string' && keys.isValid(key)) return `key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return `ip:${request.ip}`;
}
