import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';

/** The rate-limit identity of a request: its API key (hashed, never stored in clear) or else its address. */
export function clientKey(request: Pick<FastifyRequest, 'headers' | 'ip'>): string {
  const key = request.headers['x-api-key'];
  if (typeof key === 'string' && key.length > 0) return `key:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  return `ip:${request.ip}`;
}
