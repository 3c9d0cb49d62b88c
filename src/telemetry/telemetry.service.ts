import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import { METER_STATUSES, REGIONS } from './telemetry.constants.js';
import type { GridSummaryDto } from './dto/grid-summary.dto.js';
import type { HistoryPointDto, MeterDetailDto } from './dto/meter-detail.dto.js';
import type { ReadingsResultDto } from './dto/readings-result.dto.js';
import { validateReadings } from './readings/readings-validation.js';
import { readingsResult } from './readings/readings-outcome.js';
import { TelemetryStorageService } from './telemetry-storage.service.js';
import type { MeterRegistrationDto } from './dto/put-meter.dto.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { ReadingsNotStoredError, WriterHostService } from './writer-host.service.js';
import { APPLY_ACCEPTED } from './writer/worker-messages.js';
import { MeterStore, type GridState } from './store/meter-store.js';
import { ListingPool } from './listing/listing-pool.js';
import { ListingCache } from './listing/listing-cache.js';
import { renderListing, type RequestOrigin } from './listing/render-listing.js';
import { IsoTimes, readingAt, round3 } from './telemetry-json.js';
import { parseListQuery, type ListQuery } from './telemetry-query.js';
import { TelemetryErrors } from './telemetry.errors.js';

export type { RequestOrigin } from './listing/render-listing.js';

/** Listing readers: the machine this targets has two cores, and a reader only runs while a listing is pending. */
const LISTING_READERS = 2;
/** Unfiltered pages up to this size are rendered on the HTTP thread (well under a millisecond). */
const INLINE_TOP = 200;

@Injectable()
export class TelemetryService implements OnModuleDestroy {
  readonly store: MeterStore;
  private readonly listings: ListingPool;
  private cachedEvent = { tick: -1, text: '' };
  private cachedSummary: { version: number; points: number; json: string } | undefined;
  private readonly listingCache = new ListingCache();

  constructor(
    private readonly host: WriterHostService,
    private readonly storage: TelemetryStorageService,
  ) {
    this.store = new MeterStore(host.views);
    const { buffer, dims } = host.views;
    this.listings = new ListingPool({ buffer, dims, simulatedCount: host.directory.simulatedCount }, host.directory, LISTING_READERS);
  }

  /**
   * The listing as JSON text (see renderPageJson for why it is not built from objects), rendered by a reader
   * worker: a filter or a search may scan far into a million meters, which must not stall the event loop.
   * Query errors are thrown here, before any work is sent out.
   */
  async listTelemetry(query: Record<string, unknown>, origin: RequestOrigin): Promise<string> {
    const parsed = parseListQuery(query, this.host.views.dims.capacity);
    const version = this.store.version();
    const key = ListingCache.keyOf(parsed, origin);
    const cached = this.listingCache.get(version, key);
    if (cached !== undefined) return cached;
    const page = await this.renderPage(parsed, origin);
    this.listingCache.set(version, key, page);
    return page;
  }

  private async renderPage(parsed: ListQuery, origin: RequestOrigin): Promise<string> {
    if (isBoundedListing(parsed)) return renderListing(this.host.views, this.host.directory, parsed, origin);
    try {
      return await this.listings.render(parsed, origin);
    } catch {
      // A reader died mid-request (it is replaced): answer from this thread rather than fail the client.
      return renderListing(this.host.views, this.host.directory, parsed, origin);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.listings.close();
  }

  getMeter(meterId: string): MeterDetailDto {
    const slot = this.host.directory.slotOf(meterId);
    if (!this.store.isUsed(slot)) {
      throw new AppError(TelemetryErrors.TELEMETRY_METER_NOT_FOUND, `No meter has the id ${JSON.stringify(meterId.slice(0, 80))}.`);
    }
    const { latest, history } = this.store.meter(slot);
    const times = new IsoTimes();
    const reading = readingAt(latest, 0, this.host.views, this.host.directory, times);
    const site = this.storage.sites.get(reading.meterId);
    return {
      meterId: reading.meterId,
      kind: reading.kind as MeterDetailDto['kind'],
      region: reading.region,
      feeder: reading.feeder,
      ...(site === undefined ? {} : { site }),
      source: this.store.isReal(slot) ? 'real' : 'simulated',
      latest: reading as MeterDetailDto['latest'],
      history: Array.from(history.time, (time, i) => {
        const point: HistoryPointDto = { timestamp: times.text(time), powerKw: round3(history.power[i]), status: METER_STATUSES[history.status[i]] };
        if (!Number.isNaN(history.voltage[i])) point.voltageV = round3(history.voltage[i]);
        return point;
      }),
    };
  }

  /**
   * The summary as JSON text, cached until the store changes: the dashboard and the connector poll it many
   * times per tick, and serialising it again for every request was the largest cost left on that route.
   */
  getSummaryJson(historyPoints: number): string {
    const version = this.store.version();
    const cached = this.cachedSummary;
    if (cached && cached.version === version && cached.points === historyPoints) return cached.json;
    const json = JSON.stringify(toSummary(this.store.grid(historyPoints)));
    // An odd version means a write was in progress when the key was read; do not cache under it.
    if ((version & 1) === 0) this.cachedSummary = { version, points: historyPoints, json };
    return json;
  }

  async postReadings(body: unknown): Promise<ReadingsResultDto> {
    const checked = validateReadings(body, this.host.directory, Date.now());
    if (checked.batch.count === 0) return readingsResult(checked, () => APPLY_ACCEPTED);
    if (this.storage.databaseMode) return readingsResult(checked, await this.storage.commitReadings(checked));
    let codes: Uint8Array;
    try {
      ({ codes } = await this.host.applyReadings(checked.batch));
    } catch (error) {
      if (error instanceof ReadingsNotStoredError) {
        throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The readings could not be written to the readings log (${error.message}); the batch was not acknowledged, resend it.`);
      }
      throw new AppError(TelemetryErrors.TELEMETRY_NOT_READY, 'The simulator worker is not running; no reading was applied.');
    }
    return readingsResult(checked, (i) => codes[i]);
  }

  putMeter(meterId: string, body: unknown): Promise<MeterRegistrationDto> {
    return this.storage.putMeter(meterId, body);
  }

  /** The SSE frame of the latest tick, built once per tick however many clients listen. */
  summaryEvent(): { tick: number; text: string } {
    const state = this.store.grid(1);
    if (state.tick !== this.cachedEvent.tick) {
      this.cachedEvent = { tick: state.tick, text: `event: summary\nid: ${state.tick}\ndata: ${JSON.stringify(toSummary(state))}\n\n` };
    }
    return this.cachedEvent;
  }

  /** Calls `listener` after every tick until the returned function is called. */
  onTick(listener: (tick: number) => void): () => void {
    this.host.ticks.on('tick', listener);
    return () => this.host.ticks.off('tick', listener);
  }

  /** Calls `listener` once when the application starts shutting down (streams end so the server can close). */
  onShutdown(listener: () => void): () => void {
    this.host.ticks.once('shutdown', listener);
    return () => this.host.ticks.off('shutdown', listener);
  }
}

/**
 * Without a filter or a search a page is the next `top` used slots and its count is a counter: O(top) work,
 * cheaper here than the hop to a reader and back (the hop halved GET telemetry?top=100 req/s in the bench).
 */
function isBoundedListing(query: ListQuery): boolean {
  const { status, kind, region } = query.filter;
  return query.search === undefined && status === undefined && kind === undefined && region === undefined && query.top <= INLINE_TOP;
}

export function toSummary(state: GridState): GridSummaryDto {
  const times = new IsoTimes();
  const byStatus = Object.fromEntries(METER_STATUSES.map((status, i) => [status, state.byStatus[i]])) as unknown as GridSummaryDto['byStatus'];
  return {
    tick: state.tick,
    timestamp: new Date(state.time).toISOString(),
    totalLoadKw: round3(state.totalLoadKw),
    meterCount: state.meterCount,
    byStatus,
    regions: REGIONS.map((region, i) => ({ region, loadKw: round3(state.regionLoad[i]), meterCount: state.regionCount[i] })),
    history: Array.from(state.historyTick, (tick, i) => ({
      tick,
      timestamp: times.text(state.historyTime[i]),
      totalLoadKw: round3(state.historyLoad[i]),
    })),
  };
}

