import type { ListQuery } from '../telemetry-query.js';
import type { RequestOrigin } from './render-listing.js';

/**
 * Rendered listing pages of the store version they were read at. Pages change only when the store does
 * (once a tick, or when readings land), while dashboards and Power Apps poll the same first pages many
 * times in between; a new version drops every entry at once.
 */
export class ListingCache {
  private version = -1;
  private readonly pages = new Map<string, string>();

  constructor(private readonly maxEntries = 256) {}

  static keyOf(query: ListQuery, origin: RequestOrigin): string {
    const { status, region, kind } = query.filter;
    return `${origin.origin}${origin.path}|${status ?? ''}|${region ?? ''}|${kind ?? ''}|${query.search ?? ''}|${query.start}|${query.top}`;
  }

  get(version: number, key: string): string | undefined {
    return version === this.version ? this.pages.get(key) : undefined;
  }

  /** `version` must be read before the page was rendered; an odd one (a write in progress) is never cached. */
  set(version: number, key: string, page: string): void {
    // Odd: a write was in progress. Older: a slow render finishing after a newer page was stored.
    if ((version & 1) !== 0 || version < this.version) return;
    if (version !== this.version) {
      this.version = version;
      this.pages.clear();
    }
    if (this.pages.size >= this.maxEntries) this.pages.delete(this.pages.keys().next().value as string);
    this.pages.set(key, page);
  }
}
