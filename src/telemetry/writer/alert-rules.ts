import { FEEDERS_PER_REGION, REGION_INDEX, STATUS_FAULT, STATUS_OUTAGE } from '../telemetry.constants.js';
import { FLAG_REAL, FLAG_USED, H_USED, REGION_COUNT, type LatestColumns, type StoreViews } from '../store/store-layout.js';
import { feederOutageAlert, meterAlert, meterStormAlert, regionLoadAlert, resolvedCopy } from './alert-factory.js';
import type { AlertEvent, AlertRecord } from '../alerts/alert-types.js';
import { RegionLoadRule, type RegionLoadHistory, type RegionLoadOptions } from './region-load-rule.js';

const FEEDER_COUNT = REGION_COUNT * FEEDERS_PER_REGION;
const BIT_FAULT = 1;
const BIT_SILENT = 2;
const FAULT = 0;
const SILENT = 1;
const METER_KINDS = ['meter-fault', 'meter-silent'] as const;
/** A feeder is out when at least half its meters report an outage, and back when fewer than a quarter do. */
const FEEDER_OUT_SHARE = 0.5;
const FEEDER_BACK_SHARE = 0.25;
const RECOUNT_EVERY_TICKS = 60;

export interface AlertRulesOptions extends RegionLoadOptions {
  /** A real meter with no reading for longer than this is silent. */
  readonly silentAfterMs: number;
  /** Meter alerts (per kind) a region may have active; meters past it are counted in one storm alert per region. */
  readonly meterAlertsPerRegion: number;
}

/**
 * The alert rules, run by the store's single writer once per tick: `scan` visits every meter once with no
 * allocation (typed-array counters and one bit per meter for "has an active alert"), `finish` resolves what
 * cleared and turns the counters into feeder, region and storm alerts. Objects are only created when an alert is raised or
 * resolved, and their number is bounded: one per feeder (96), two storm alerts and `meterAlertsPerRegion`
 * meter alerts per kind per region, one load alert per region.
 */
export class AlertRules {
  private readonly bits: Uint8Array;
  private readonly feederMeters = new Int32Array(FEEDER_COUNT);
  private readonly feederOut = new Int32Array(FEEDER_COUNT);
  private readonly feederAlerts = new Array<AlertRecord | undefined>(FEEDER_COUNT);
  /** Active meter alerts per [kind * REGION_COUNT + region]. */
  private readonly meterActive = new Int32Array(2 * REGION_COUNT);
  /** Meters of this tick past the cap per [kind * REGION_COUNT + region]. */
  private readonly overflow = new Int32Array(2 * REGION_COUNT);
  private readonly stormAlerts = new Array<AlertRecord | undefined>(2 * REGION_COUNT);
  private readonly loadAlerts = new Array<AlertRecord | undefined>(REGION_COUNT);
  private readonly meterAlerts = new Map<number, AlertRecord>();
  private readonly load: RegionLoadRule;
  private events: AlertEvent[] = [];
  private scannedTo = 0;
  private countedUsed = -1;
  private countedTo = -1;
  private ticksSinceCount = 0;

  constructor(
    private readonly views: StoreViews,
    private readonly options: AlertRulesOptions,
    /** The id of the meter in a slot; called only when a meter alert is raised. */
    private readonly meterIdOf: (slot: number) => string,
  ) {
    this.bits = new Uint8Array(views.dims.capacity);
    this.load = new RegionLoadRule(options);
  }

  /** Takes back the alerts that were active before a restart, so they are neither raised twice nor left open. */
  restore(active: readonly AlertRecord[], slotOf: (meterId: string) => number): void {
    for (const alert of active) {
      if (alert.resolvedAt !== undefined) continue;
      const region = regionIndex(alert.region);
      if (region < 0) continue;
      if (alert.kind === 'feeder-outage') this.feederAlerts[feederIndexOf(alert.subject, region)] = alert;
      else if (alert.kind === 'region-load') this.loadAlerts[region] = alert;
      else if (alert.subjectType === 'region') this.stormAlerts[kindIndex(alert.kind) * REGION_COUNT + region] = alert;
      else this.restoreMeter(alert, region, slotOf(alert.meterId ?? ''));
    }
  }

  private restoreMeter(alert: AlertRecord, region: number, slot: number): void {
    if (slot < 0 || slot >= this.bits.length) return;
    const kind = kindIndex(alert.kind);
    this.bits[slot] |= kind === FAULT ? BIT_FAULT : BIT_SILENT;
    this.meterAlerts.set(slot * 2 + kind, alert);
    this.meterActive[kind * REGION_COUNT + region]++;
  }

  /**
   * Call once per tick before `scan`, with the tick's latest columns: meter alerts that cleared resolve first,
   * so a region at its cap has room for a new meter alert in the same tick.
   */
  begin(latest: LatestColumns, now: number): void {
    this.feederOut.fill(0);
    this.overflow.fill(0);
    this.events = [];
    this.scannedTo = 0;
    this.resolveMeters(latest, now);
  }

  /**
   * Visits slots [from, to) of the tick's latest columns: the hot loop of the rules. It reads two bytes per
   * meter (flags, status); region and feeder only for a meter in outage, the time only for a real meter.
   * Resolutions are checked in `finish` over the few meters that have an alert, not here.
   */
  scan(latest: LatestColumns, from: number, to: number, now: number): void {
    const { flags, region, feeder } = this.views;
    const { status, updatedAt } = latest;
    const { bits, feederOut } = this;
    const silentBefore = now - this.options.silentAfterMs;
    for (let slot = from; slot < to; slot++) {
      const flag = flags[slot];
      if ((flag & FLAG_USED) === 0) continue;
      const s = status[slot];
      if (s === STATUS_OUTAGE) feederOut[region[slot] * FEEDERS_PER_REGION + feeder[slot]]++;
      else if (s === STATUS_FAULT && (bits[slot] & BIT_FAULT) === 0) this.meterRaise(FAULT, slot, latest, now);
      if ((flag & FLAG_REAL) !== 0 && (bits[slot] & BIT_SILENT) === 0 && updatedAt[slot] > 0 && updatedAt[slot] < silentBefore) {
        this.meterRaise(SILENT, slot, latest, now);
      }
    }
    this.scannedTo = Math.max(this.scannedTo, to);
  }

  /** Feeder, storm and load alerts from this tick's counters; returns every event of the tick. */
  finish(now: number, regionLoad: Float64Array, history: RegionLoadHistory): AlertEvent[] {
    this.countFeeders();
    this.finishFeeders(now);
    this.finishStorms(now);
    this.load.learn(history);
    for (let r = 0; r < REGION_COUNT; r++) {
      const active = this.loadAlerts[r];
      if (active === undefined && this.load.raises(r, regionLoad[r])) {
        this.raise((this.loadAlerts[r] = regionLoadAlert(r, regionLoad[r], this.load.raiseLine(r), now)));
      } else if (active !== undefined && this.load.clears(r, regionLoad[r])) {
        this.loadAlerts[r] = undefined;
        this.resolve(active, now);
      }
    }
    return this.events;
  }

  /** Active alerts the rules hold, for a check after a restart. */
  activeCount(): number {
    const count = (list: (AlertRecord | undefined)[]): number => list.filter((a) => a !== undefined).length;
    return this.meterAlerts.size + count(this.feederAlerts) + count(this.stormAlerts) + count(this.loadAlerts);
  }

  /** Meter alerts whose condition has cleared: a handful of map entries, so the per-meter loop need not look. */
  private resolveMeters(latest: LatestColumns, now: number): void {
    const silentBefore = now - this.options.silentAfterMs;
    for (const key of [...this.meterAlerts.keys()]) {
      const slot = Math.floor(key / 2);
      const kind = key % 2;
      const gone = (this.views.flags[slot] & FLAG_USED) === 0;
      const cleared = kind === FAULT ? latest.status[slot] !== STATUS_FAULT : latest.updatedAt[slot] >= silentBefore || (this.views.flags[slot] & FLAG_REAL) === 0;
      if (gone || cleared) this.meterResolve(kind, slot, now);
    }
  }

  /**
   * Meters per feeder only change when meters are added (a real meter registering), so they are recounted
   * when the used count or the scanned range moves, and once a minute in case a slot was reused.
   */
  private countFeeders(): void {
    const used = this.views.header[H_USED];
    if (used === this.countedUsed && this.scannedTo === this.countedTo && ++this.ticksSinceCount < RECOUNT_EVERY_TICKS) return;
    this.countedUsed = used;
    this.countedTo = this.scannedTo;
    this.ticksSinceCount = 0;
    const { flags, region, feeder } = this.views;
    this.feederMeters.fill(0);
    for (let slot = 0; slot < this.scannedTo; slot++) {
      if (flags[slot] & FLAG_USED) this.feederMeters[region[slot] * FEEDERS_PER_REGION + feeder[slot]]++;
    }
  }

  private finishFeeders(now: number): void {
    for (let f = 0; f < FEEDER_COUNT; f++) {
      const meters = this.feederMeters[f];
      const out = this.feederOut[f];
      const active = this.feederAlerts[f];
      if (active === undefined && out > 0 && out >= meters * FEEDER_OUT_SHARE) {
        const r = Math.floor(f / FEEDERS_PER_REGION);
        this.raise((this.feederAlerts[f] = feederOutageAlert(r, f % FEEDERS_PER_REGION, out, meters, now)));
      } else if (active !== undefined && (out === 0 || out < meters * FEEDER_BACK_SHARE)) {
        this.feederAlerts[f] = undefined;
        this.resolve(active, now);
      }
    }
  }

  private finishStorms(now: number): void {
    for (let i = 0; i < this.stormAlerts.length; i++) {
      const active = this.stormAlerts[i];
      const past = this.overflow[i];
      if (active === undefined && past > 0) {
        this.raise((this.stormAlerts[i] = meterStormAlert(METER_KINDS[Math.floor(i / REGION_COUNT)], i % REGION_COUNT, past, now)));
      } else if (active !== undefined && past === 0) {
        this.stormAlerts[i] = undefined;
        this.resolve(active, now);
      }
    }
  }

  private meterRaise(kind: number, slot: number, latest: LatestColumns, now: number): void {
    const region = this.views.region[slot];
    const at = kind * REGION_COUNT + region;
    if (this.meterActive[at] >= this.options.meterAlertsPerRegion) {
      this.overflow[at]++;
      return;
    }
    this.meterActive[at]++;
    this.bits[slot] |= kind === FAULT ? BIT_FAULT : BIT_SILENT;
    const figures =
      kind === FAULT
        ? { powerKw: round3(latest.power[slot]), ...(Number.isNaN(latest.voltage[slot]) ? {} : { voltageV: round3(latest.voltage[slot]) }) }
        : { silentSeconds: Math.round((now - latest.updatedAt[slot]) / 1000) };
    const alert = meterAlert(METER_KINDS[kind], this.meterIdOf(slot), region, this.views.feeder[slot], figures, now);
    this.meterAlerts.set(slot * 2 + kind, alert);
    this.raise(alert);
  }

  private meterResolve(kind: number, slot: number, now: number): void {
    this.bits[slot] &= kind === FAULT ? ~BIT_FAULT : ~BIT_SILENT;
    const alert = this.meterAlerts.get(slot * 2 + kind);
    this.meterAlerts.delete(slot * 2 + kind);
    if (alert === undefined) return;
    this.meterActive[kind * REGION_COUNT + regionIndex(alert.region)]--;
    this.resolve(alert, now);
  }

  private raise(alert: AlertRecord): void {
    this.events.push({ type: 'raised', alert });
  }

  private resolve(alert: AlertRecord, now: number): void {
    this.events.push({ type: 'resolved', alert: resolvedCopy(alert, now) });
  }
}

function regionIndex(name: string): number {
  return REGION_INDEX[name] ?? -1;
}

function feederIndexOf(feeder: string, region: number): number {
  const number = Number(feeder.slice(feeder.lastIndexOf('-F') + 2));
  return region * FEEDERS_PER_REGION + Math.min(Math.max(number - 1, 0), FEEDERS_PER_REGION - 1);
}

function kindIndex(kind: string): number {
  return kind === 'meter-silent' ? SILENT : FAULT;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
