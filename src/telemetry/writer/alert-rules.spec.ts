import { FEEDERS_PER_REGION, REGION_INDEX, STATUS_FAULT, STATUS_NORMAL, STATUS_OUTAGE } from '../telemetry.constants.js';
import { FLAG_REAL, FLAG_USED, REGION_COUNT, createStoreBuffer, frontSet, mapStore, storeDimensions, type StoreViews } from '../store/store-layout.js';
import { simulatedMeterId, simulatedSlotOf } from '../store/meter-ids.js';
import { AlertRules, type AlertRulesOptions } from './alert-rules.js';
import type { AlertEvent } from '../alerts/alert-types.js';
import type { RegionLoadHistory } from './region-load-rule.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const HARBOUR = REGION_INDEX.harbour!;
const OLD_TOWN = REGION_INDEX['old-town']!;

function crafted(capacity: number): StoreViews {
  const views = mapStore(createStoreBuffer(storeDimensions(capacity)), storeDimensions(capacity));
  views.flags.fill(FLAG_USED);
  return views;
}

/** Puts `count` meters from `first` on one feeder with a status. */
function place(views: StoreViews, first: number, count: number, region: number, feeder: number, status: number): void {
  const latest = frontSet(views);
  for (let slot = first; slot < first + count; slot++) {
    views.region[slot] = region;
    views.feeder[slot] = feeder;
    latest.status[slot] = status;
    latest.updatedAt[slot] = T0;
  }
}

const NO_HISTORY: RegionLoadHistory = { regionLoad: new Float64Array(0), head: 0, count: 0, length: 1 };

function options(overrides: Partial<AlertRulesOptions> = {}): AlertRulesOptions {
  return { silentAfterMs: 300_000, meterAlertsPerRegion: 5, thresholdsKw: [], percentile: 99, ...overrides };
}

function tick(rules: AlertRules, views: StoreViews, now: number, regionLoad = new Float64Array(REGION_COUNT), history = NO_HISTORY): AlertEvent[] {
  rules.begin(frontSet(views), now);
  rules.scan(frontSet(views), 0, views.dims.capacity, now);
  return rules.finish(now, regionLoad, history);
}

describe(AlertRules.name, () => {
  it('raises one alert for a feeder whose meters go to outage together, not one per meter', () => {
    const views = crafted(100);
    place(views, 0, 60, HARBOUR, 2, STATUS_OUTAGE);
    place(views, 60, 40, HARBOUR, 3, STATUS_NORMAL);
    const rules = new AlertRules(views, options(), simulatedMeterId);
    const events = tick(rules, views, T0);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'raised', alert: { kind: 'feeder-outage', severity: 'critical', subject: 'harbour-F03', region: 'harbour', figures: { metersOut: 60, meters: 60 } } });
  });

  it('keeps one alert per subject and kind while the condition lasts, then resolves it with the same id', () => {
    const views = crafted(40);
    place(views, 0, 30, OLD_TOWN, 0, STATUS_OUTAGE);
    place(views, 30, 10, OLD_TOWN, 1, STATUS_NORMAL);
    frontSet(views).status[35] = STATUS_FAULT;
    const rules = new AlertRules(views, options(), simulatedMeterId);
    const raised = tick(rules, views, T0);
    expect(raised.map((e) => e.alert.kind).sort()).toEqual(['feeder-outage', 'meter-fault']);
    expect(tick(rules, views, T0 + 1000)).toEqual([]);
    expect(tick(rules, views, T0 + 2000)).toEqual([]);
    place(views, 0, 30, OLD_TOWN, 0, STATUS_NORMAL);
    frontSet(views).status[35] = STATUS_NORMAL;
    const resolved = tick(rules, views, T0 + 3000);
    expect(resolved.map((e) => e.type)).toEqual(['resolved', 'resolved']);
    for (const event of resolved) {
      const before = raised.find((e) => e.alert.kind === event.alert.kind)!;
      expect(event.alert.alertId).toBe(before.alert.alertId);
      expect(event.alert.resolvedAt).toBe(new Date(T0 + 3000).toISOString());
    }
    expect(rules.activeCount()).toBe(0);
  });

  it('names a faulty meter and its figures', () => {
    const views = crafted(10);
    place(views, 0, 10, HARBOUR, 5, STATUS_NORMAL);
    const latest = frontSet(views);
    latest.status[7] = STATUS_FAULT;
    latest.power[7] = 1.25;
    latest.voltage[7] = 180.5;
    const [event] = tick(new AlertRules(views, options(), simulatedMeterId), views, T0);
    expect(event.alert).toMatchObject({ kind: 'meter-fault', subjectType: 'meter', meterId: 'MTR-0000008', feeder: 'harbour-F06', figures: { powerKw: 1.25, voltageV: 180.5 } });
  });

  it('bounds an alert storm: a whole region out and hundreds of faults give a few dozen alerts', () => {
    const perFeeder = 200;
    const views = crafted(FEEDERS_PER_REGION * perFeeder + 600);
    for (let f = 0; f < FEEDERS_PER_REGION; f++) place(views, f * perFeeder, perFeeder, HARBOUR, f, STATUS_OUTAGE);
    place(views, FEEDERS_PER_REGION * perFeeder, 600, OLD_TOWN, 4, STATUS_FAULT);
    const rules = new AlertRules(views, options({ meterAlertsPerRegion: 5 }), simulatedMeterId);
    const events = tick(rules, views, T0);
    const byKind = (kind: string, subjectType: string): number => events.filter((e) => e.alert.kind === kind && e.alert.subjectType === subjectType).length;
    expect(byKind('feeder-outage', 'feeder')).toBe(FEEDERS_PER_REGION);
    expect(byKind('meter-fault', 'meter')).toBe(5);
    expect(byKind('meter-fault', 'region')).toBe(1);
    expect(events).toHaveLength(FEEDERS_PER_REGION + 6);
    expect(events.find((e) => e.alert.subjectType === 'region')!.alert.figures.meters).toBe(595);
    // The storm continues: nothing new; it ends: everything resolves.
    expect(tick(rules, views, T0 + 1000)).toEqual([]);
    place(views, FEEDERS_PER_REGION * perFeeder, 600, OLD_TOWN, 4, STATUS_NORMAL);
    expect(tick(rules, views, T0 + 2000).filter((e) => e.type === 'resolved')).toHaveLength(6);
  });

  it('raises a silent alert for a real meter past the limit and clears it when the meter reports again', () => {
    const views = crafted(3);
    place(views, 0, 3, HARBOUR, 0, STATUS_NORMAL);
    views.flags[1] = FLAG_USED | FLAG_REAL;
    views.flags[2] = FLAG_USED;
    const latest = frontSet(views);
    latest.updatedAt[1] = T0 - 400_000;
    latest.updatedAt[2] = T0 - 400_000;
    const rules = new AlertRules(views, options(), simulatedMeterId);
    const events = tick(rules, views, T0);
    expect(events).toHaveLength(1);
    expect(events[0].alert).toMatchObject({ kind: 'meter-silent', meterId: 'MTR-0000002', figures: { silentSeconds: 400 } });
    latest.updatedAt[1] = T0 + 500;
    expect(tick(rules, views, T0 + 1000)).toEqual([expect.objectContaining({ type: 'resolved' })]);
  });

  it('raises a region load alert above a configured threshold and clears it only below 95% of it', () => {
    const views = crafted(1);
    const thresholdsKw = Array.from({ length: REGION_COUNT }, (_, r) => (r === HARBOUR ? 1000 : undefined));
    const rules = new AlertRules(views, options({ thresholdsKw }), simulatedMeterId);
    const load = new Float64Array(REGION_COUNT);
    load[HARBOUR] = 1100;
    load[OLD_TOWN] = 1e9;
    const raised = tick(rules, views, T0, load);
    expect(raised).toEqual([expect.objectContaining({ alert: expect.objectContaining({ kind: 'region-load', region: 'harbour', figures: { loadKw: 1100, thresholdKw: 1000 } }) })]);
    load[HARBOUR] = 970;
    expect(tick(rules, views, T0 + 1000, load)).toEqual([]);
    load[HARBOUR] = 940;
    expect(tick(rules, views, T0 + 2000, load)).toEqual([expect.objectContaining({ type: 'resolved' })]);
  });

  it('learns a threshold from the percentile of the region\'s last hour when none is configured', () => {
    const views = crafted(1);
    const length = 3600;
    const ring = new Float64Array(length * REGION_COUNT);
    for (let t = 0; t < length; t++) ring[t * REGION_COUNT + HARBOUR] = 500 + (t % 100);
    const history: RegionLoadHistory = { regionLoad: ring, head: length - 1, count: length, length };
    const rules = new AlertRules(views, options({ percentile: 99 }), simulatedMeterId);
    const load = new Float64Array(REGION_COUNT);
    load[HARBOUR] = 590 * 1.1 - 1;
    expect(tick(rules, views, T0, load, history)).toEqual([]);
    load[HARBOUR] = 700;
    const [event] = tick(rules, views, T0 + 1000, load, history);
    expect(event.alert.figures.thresholdKw).toBeCloseTo(598 * 1.1, 1);
  });

  it('does not learn from too short a history', () => {
    const views = crafted(1);
    const ring = new Float64Array(100 * REGION_COUNT);
    const rules = new AlertRules(views, options(), simulatedMeterId);
    const load = new Float64Array(REGION_COUNT).fill(1e6);
    expect(tick(rules, views, T0, load, { regionLoad: ring, head: 99, count: 100, length: 100 })).toEqual([]);
  });

  it('takes back active alerts after a restart: no second raise, and they resolve when the condition clears', () => {
    const views = crafted(40);
    place(views, 0, 30, OLD_TOWN, 0, STATUS_OUTAGE);
    place(views, 30, 10, OLD_TOWN, 1, STATUS_NORMAL);
    frontSet(views).status[31] = STATUS_FAULT;
    const before = tick(new AlertRules(views, options(), simulatedMeterId), views, T0).map((e) => e.alert);
    const restarted = new AlertRules(views, options(), simulatedMeterId);
    restarted.restore(before, simulatedSlotOf);
    expect(restarted.activeCount()).toBe(2);
    expect(tick(restarted, views, T0 + 1000)).toEqual([]);
    place(views, 0, 40, OLD_TOWN, 0, STATUS_NORMAL);
    const resolved = tick(restarted, views, T0 + 2000);
    expect(resolved.map((e) => e.alert.alertId).sort()).toEqual(before.map((a) => a.alertId).sort());
  });
});
