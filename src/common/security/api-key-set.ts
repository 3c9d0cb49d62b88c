import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The configured API keys, kept only as SHA-256 digests. A candidate is hashed and compared with every key
 * by timingSafeEqual, without stopping at the first match, so neither the length of a key nor the position
 * of a matching one shows in the response time.
 */
export class ApiKeySet {
  private readonly digests: readonly Buffer[];

  constructor(keys: readonly string[]) {
    this.digests = keys.map(digest);
  }

  get enabled(): boolean {
    return this.digests.length > 0;
  }

  matches(candidate: unknown): boolean {
    if (typeof candidate !== 'string' || candidate.length === 0) return false;
    const presented = digest(candidate);
    let matched = false;
    for (const known of this.digests) matched = timingSafeEqual(known, presented) || matched;
    return matched;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
