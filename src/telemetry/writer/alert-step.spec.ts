import { STATUS_FAULT, STATUS_OUTAGE } from '../telemetry.constants.js';
import { frontSet } from '../store/store-layout.js';
import { simulatedMeterId } from '../store/meter-ids.js';
import { AlertRules } from './alert-rules.js';
import { AlertStep } from './alert-step.js';
import { RealMeterRegistry, applyReadings } from './readings-applier.js';
import { readingsBatch } from './readings-batch.fixture.js';
import { storeWith } from './store.fixture.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const METERS = 2000;

describe(AlertStep.name, () => {
  it('runs the rules on the values each tick publishes and hands their events over once', () => {
    const { views, engine } = storeWith(METERS, 10);
    const step = new AlertStep(new AlertRules(views, { silentAfterMs: 300_000, meterAlertsPerRegion: 50, thresholdsKw: [], percentile: 99 }, simulatedMeterId));
    engine.addStep(step);

    engine.tick(T0);
    const first = step.drain().alerts;
    // Against what the tick published: one alert per faulty meter and one per feeder the model has out.
    const latest = frontSet(views);
    const faults = new Set<string>();
    const feedersOut = new Set<string>();
    for (let slot = 0; slot < METERS; slot++) {
      if (latest.status[slot] === STATUS_FAULT) faults.add(simulatedMeterId(slot));
      if (latest.status[slot] === STATUS_OUTAGE) feedersOut.add(`${views.region[slot]}:${views.feeder[slot]}`);
    }
    expect(new Set(first.filter((e) => e.alert.kind === 'meter-fault').map((e) => e.alert.meterId))).toEqual(faults);
    expect(first.filter((e) => e.alert.kind === 'feeder-outage')).toHaveLength(feedersOut.size);

    // A real reading between ticks: the next tick raises it, and only it.
    applyReadings(engine, new RealMeterRegistry(), readingsBatch([{ slot: 5, at: T0 + 500, kw: 0.3, status: 'fault' }]));
    engine.tick(T0 + 1000);
    const second = step.drain();
    expect(second.alerts.map((e) => `${e.type} ${e.alert.kind} ${e.alert.meterId}`)).toEqual(['raised meter-fault MTR-0000006']);
    expect(second.alertsMs).toBeGreaterThan(0);
    engine.tick(T0 + 2000);
    expect(step.drain().alerts).toEqual([]);
  });
});
