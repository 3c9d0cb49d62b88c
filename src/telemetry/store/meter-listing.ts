import type { MeterDirectory } from './meter-directory.js';
import { copyLatest, emptyPage, type MeterFilter, type MeterPage } from './meter-store.js';
import { readConsistent } from './seqlock.js';
import { SimulatedIdSet } from './simulated-id-set.js';
import {
  COMBO_COUNT,
  F_TICK_TIME,
  FLAG_USED,
  H_HIGH_WATER,
  H_TICK,
  KIND_COUNT,
  REGION_COUNT,
  STATUS_COUNT,
  comboIndex,
  frontSet,
  type LatestColumns,
  type StoreViews,
} from './store-layout.js';

export interface ListingRequest {
  filter: MeterFilter;
  /** First slot to consider (the skipToken). */
  start: number;
  top: number;
  /** Lower-case meter id substring. */
  search?: string;
}

/** Which (status, kind, region) combinations a filter accepts. */
export function comboMask(filter: MeterFilter): Uint8Array {
  const mask = new Uint8Array(COMBO_COUNT);
  for (let s = 0; s < STATUS_COUNT; s++) {
    if (filter.status !== undefined && filter.status !== s) continue;
    for (let k = 0; k < KIND_COUNT; k++) {
      if (filter.kind !== undefined && filter.kind !== k) continue;
      for (let r = 0; r < REGION_COUNT; r++) {
        if (filter.region === undefined || filter.region === r) mask[comboIndex(s, k, r)] = 1;
      }
    }
  }
  return mask;
}

const unfiltered = (filter: MeterFilter): boolean => filter.status === undefined && filter.kind === undefined && filter.region === undefined;

/**
 * Up to `top` matching meters from slot `start` on, in slot order, with the total match count, all inside one
 * consistent read. Totals without a search come from the worker's per-combination counters; with a search,
 * simulated ids are enumerated from their digits (SimulatedIdSet), so only the matching slots are visited and
 * an unfiltered search is counted arithmetically. Only real meters' ids are tested one by one.
 */
export function listMeters(views: StoreViews, directory: MeterDirectory, request: ListingRequest): MeterPage {
  const mask = comboMask(request.filter);
  const ids = request.search === undefined ? undefined : SimulatedIdSet.of(request.search);
  return readConsistent(views, () => {
    const page = emptyPage(request.top);
    const cursor = new PageCursor(views, frontSet(views), mask, page, request.top);
    const end = views.header[H_HIGH_WATER];
    const search = request.search;
    if (ids === undefined || search === undefined) {
      for (let c = 0; c < COMBO_COUNT; c++) if (mask[c] === 1) page.count += views.combos[c];
      // From slot 0 the counters say how many matches exist: stop at the last instead of scanning to the end
      // (a filter matching no meter, or a rare status on its last page, no longer walks the whole store).
      if (request.start === 0) cursor.expect(page.count);
      const simulated = Math.min(directory.simulatedCount, end);
      if (cursor.scan(request.start, simulated)) cursor.scan(Math.max(request.start, simulated), end, (slot) => directory.realIdOf(slot) !== undefined);
    } else {
      const simulated = Math.min(directory.simulatedCount, end);
      // Numbers are slot + 1.
      ids.forEachRange(request.start + 1, simulated + 1, (low, high) => cursor.scan(low - 1, high - 1));
      const isMatch = (slot: number): boolean => directory.realIdOf(slot)?.toLowerCase().includes(search) === true;
      cursor.scan(Math.max(request.start, simulated), end, isMatch);
      page.count = countRealMatches(views, mask, simulated, end, isMatch);
      if (unfiltered(request.filter)) page.count += ids.count(1, simulated + 1);
      else ids.forEachRange(1, simulated + 1, (low, high) => ((page.count += cursor.countIn(low - 1, high - 1)), true));
    }
    page.next = cursor.next;
    page.tick = views.header[H_TICK];
    page.time = views.headerF[F_TICK_TIME];
    return page;
  });
}

function countRealMatches(views: StoreViews, mask: Uint8Array, from: number, end: number, isMatch: (slot: number) => boolean): number {
  let count = 0;
  const status = frontSet(views).status;
  for (let slot = from; slot < end; slot++) {
    if ((views.flags[slot] & FLAG_USED) !== 0 && mask[comboIndex(status[slot], views.kind[slot], views.region[slot])] === 1 && isMatch(slot)) count++;
  }
  return count;
}

/** Fills a page from ascending slot ranges; remembers the first match past a full page as the next start. */
class PageCursor {
  next = -1;

  constructor(
    private readonly views: StoreViews,
    private readonly latest: LatestColumns,
    private readonly mask: Uint8Array,
    private readonly page: MeterPage,
    private readonly top: number,
  ) {}

  private remaining = Infinity;

  /** No more than `total` matches are left from where the scan starts. */
  expect(total: number): void {
    this.remaining = total;
  }

  /** Returns false once the page is full and the next match is known, or every expected match is seen. */
  scan(from: number, to: number, isMatch?: (slot: number) => boolean): boolean {
    if (this.next >= 0 || this.remaining === 0) return false;
    const { views, mask, page } = this;
    const status = this.latest.status;
    for (let slot = from; slot < to; slot++) {
      if ((views.flags[slot] & FLAG_USED) === 0 || mask[comboIndex(status[slot], views.kind[slot], views.region[slot])] === 0) continue;
      if (isMatch && !isMatch(slot)) continue;
      if (page.length === this.top) {
        this.next = slot;
        return false;
      }
      copyLatest(this.latest, slot, page, page.length++);
      if (--this.remaining === 0) return false;
    }
    return true;
  }

  countIn(from: number, to: number): number {
    const { views, mask } = this;
    const status = this.latest.status;
    let count = 0;
    for (let slot = from; slot < to; slot++) {
      if ((views.flags[slot] & FLAG_USED) !== 0 && mask[comboIndex(status[slot], views.kind[slot], views.region[slot])] === 1) count++;
    }
    return count;
  }
}
