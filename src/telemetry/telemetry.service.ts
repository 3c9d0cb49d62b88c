import { Injectable } from '@nestjs/common';
import { AppError } from '../common/errors/app-error.js';
import { METER_STATUSES, REGIONS } from './telemetry.constants.js';
import type { GridSummaryDto } from './dto/grid-summary.dto.js';
import type { HistoryPointDto, MeterDetailDto } from './dto/meter-detail.dto.js';
import type { ReadingsResultDto } from './dto/readings-result.dto.js';
import { rejection, validateReadings } from './readings/readings-validation.js';
import { CommonErrors } from '../common/errors/common-errors.js';
import { ReadingsNotStoredError, SimulatorHostService } from './simulator/simulator-host.service.js';
import { APPLY_ACCEPTED, APPLY_CAPACITY, APPLY_ENERGY_DECREASED } from './simulator/worker-messages.js';
import { MeterStore, type GridState } from './store/meter-store.js';
import { meterIdMatcher } from './store/meter-search.js';
import { IsoTimes, readingAt, renderPageJson, round3 } from './telemetry-json.js';
import { nextLink, parseListQuery } from './telemetry-query.js';
import { TelemetryErrors } from './telemetry.errors.js';

export interface RequestOrigin {
  origin: string;
  path: string;
}

@Injectable()
export class TelemetryService {
  readonly store: MeterStore;
  private cachedEvent = { tick: -1, text: '' };
  private cachedSummary: { version: number; points: number; summary: GridSummaryDto } | undefined;

  constructor(private readonly host: SimulatorHostService) {
    this.store = new MeterStore(host.views);
  }

  /** The listing as JSON text (see renderPageJson for why it is not built from objects). */
  listTelemetry(query: Record<string, unknown>, origin: RequestOrigin): string {
    const directory = this.host.directory;
    const parsed = parseListQuery(query, this.host.views.dims.capacity);
    const search = parsed.search;
    const accept = search === undefined ? undefined : meterIdMatcher(search, directory);
    const page = this.store.page(parsed.filter, parsed.start, parsed.top, accept);
    const link = page.next >= 0 ? nextLink(origin.origin, origin.path, parsed, page.next) : undefined;
    return renderPageJson(page, this.host.views, directory, link);
  }

  getMeter(meterId: string): MeterDetailDto {
    const slot = this.host.directory.slotOf(meterId);
    if (!this.store.isUsed(slot)) {
      throw new AppError(TelemetryErrors.TELEMETRY_METER_NOT_FOUND, `No meter has the id ${JSON.stringify(meterId.slice(0, 80))}.`);
    }
    const { latest, history } = this.store.meter(slot);
    const times = new IsoTimes();
    const reading = readingAt(latest, 0, this.host.views, this.host.directory, times);
    return {
      meterId: reading.meterId,
      kind: reading.kind as MeterDetailDto['kind'],
      region: reading.region,
      feeder: reading.feeder,
      source: this.store.isReal(slot) ? 'real' : 'simulated',
      latest: reading as MeterDetailDto['latest'],
      history: Array.from(history.time, (time, i) => {
        const point: HistoryPointDto = { timestamp: times.text(time), powerKw: round3(history.power[i]), status: METER_STATUSES[history.status[i]] };
        if (!Number.isNaN(history.voltage[i])) point.voltageV = round3(history.voltage[i]);
        return point;
      }),
    };
  }

  /** Cached until the store changes: the dashboard and the connector poll this many times per tick. */
  getSummary(historyPoints: number): GridSummaryDto {
    const version = this.store.version();
    const cached = this.cachedSummary;
    if (cached && cached.version === version && cached.points === historyPoints) return cached.summary;
    const summary = toSummary(this.store.grid(historyPoints));
    // An odd version means a write was in progress when the key was read; do not cache under it.
    if ((version & 1) === 0) this.cachedSummary = { version, points: historyPoints, summary };
    return summary;
  }

  async postReadings(body: unknown): Promise<ReadingsResultDto> {
    const checked = validateReadings(body, this.host.directory, Date.now());
    const rejected = checked.rejected;
    let accepted = 0;
    if (checked.batch.count > 0) {
      let codes: Uint8Array;
      try {
        ({ codes } = await this.host.applyReadings(checked.batch));
      } catch (error) {
        if (error instanceof ReadingsNotStoredError) {
          throw new AppError(CommonErrors.STORAGE_UNAVAILABLE, `The readings could not be written to the readings log (${error.message}); the batch was not acknowledged, resend it.`);
        }
        throw new AppError(TelemetryErrors.TELEMETRY_NOT_READY, 'The simulator worker is not running; no reading was applied.');
      }
      for (let i = 0; i < codes.length; i++) {
        if (codes[i] === APPLY_ACCEPTED) {
          accepted++;
          continue;
        }
        const code = codes[i] === APPLY_CAPACITY ? 'TELEMETRY_CAPACITY_REACHED' : codes[i] === APPLY_ENERGY_DECREASED ? 'READING_ENERGY_DECREASED' : 'READING_TIMESTAMP_STALE';
        rejected.push(rejection(checked.requestIndex[i], checked.meterIds[i], code));
      }
      rejected.sort((a, b) => a.index - b.index);
    }
    return { accepted, rejected };
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

