import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-powergrid-signature';
const PREFIX = 'sha256=';

/** `sha256=<hex HMAC-SHA256 of the exact body bytes>`, keyed with the subscription's secret. */
export function signBody(secret: string, body: string): string {
  return PREFIX + createHmac('sha256', secret).update(body).digest('hex');
}

/** What a receiver does: recompute and compare in constant time. */
export function verifySignature(secret: string, body: string, header: string | undefined): boolean {
  if (header === undefined || !header.startsWith(PREFIX)) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
