import { STATUS_FAULT, STATUS_NORMAL, STATUS_OUTAGE } from '../telemetry.constants.js';
import { GridModel, KIND_COMMERCIAL, KIND_INDUSTRIAL, KIND_RESIDENTIAL } from './grid-model.js';

const METERS = 20_000;
// Wednesday 2026-11-25 and Saturday 2026-11-28, UTC (grid local time).
const WEDNESDAY = Date.UTC(2026, 10, 25);
const SATURDAY = Date.UTC(2026, 10, 28);
const at = (day: number, hour: number): number => day + hour * 3_600_000;

/** Mean load factor (power / base) of the meters of one kind at a time, outages excluded. */
function meanFactor(model: GridModel, kind: number, time: number): number {
  const out = new Float64Array(2);
  model.beginTick(time);
  let sum = 0;
  let n = 0;
  for (let slot = 0; slot < model.meterCount; slot++) {
    if (model.kind[slot] !== kind) continue;
    if (model.sample(slot, out) === STATUS_OUTAGE) continue;
    sum += out[0] / model.baseKw[slot];
    n++;
  }
  return sum / n;
}

function meanVoltage(model: GridModel, time: number): number {
  const out = new Float64Array(2);
  model.beginTick(time);
  let sum = 0;
  let n = 0;
  for (let slot = 0; slot < model.meterCount; slot++) {
    if (model.kind[slot] === KIND_RESIDENTIAL && model.sample(slot, out) <= STATUS_NORMAL + 1) {
      sum += out[1];
      n++;
    }
  }
  return sum / n;
}

describe(GridModel.name, () => {
  const model = new GridModel(42, METERS);

  it('replays exactly for the same seed and differs for another seed', () => {
    const again = new GridModel(42, METERS);
    const other = new GridModel(43, METERS);
    const a = new Float64Array(2);
    const b = new Float64Array(2);
    const c = new Float64Array(2);
    const time = at(WEDNESDAY, 19.5);
    for (const m of [model, again, other]) m.beginTick(time);
    let differences = 0;
    for (let slot = 0; slot < METERS; slot += 7) {
      expect(again.sample(slot, b)).toBe(model.sample(slot, a));
      expect(Array.from(b)).toEqual(Array.from(a));
      other.sample(slot, c);
      if (c[0] !== a[0]) differences++;
    }
    expect(Array.from(again.kind)).toEqual(Array.from(model.kind));
    expect(differences).toBeGreaterThan(METERS / 7 / 2);
  });

  it('mixes mostly households with some businesses and a few factories', () => {
    const counts = [0, 0, 0];
    for (const kind of model.kind) counts[kind]++;
    expect(counts[KIND_RESIDENTIAL] / METERS).toBeCloseTo(0.8, 1);
    expect(counts[KIND_COMMERCIAL] / METERS).toBeCloseTo(0.15, 1);
    expect(counts[KIND_INDUSTRIAL] / METERS).toBeCloseTo(0.05, 1);
  });

  it('peaks households in the evening, above midday and night', () => {
    const evening = meanFactor(model, KIND_RESIDENTIAL, at(WEDNESDAY, 19.5));
    expect(evening).toBeGreaterThan(1.4 * meanFactor(model, KIND_RESIDENTIAL, at(WEDNESDAY, 12.5)));
    expect(evening).toBeGreaterThan(3 * meanFactor(model, KIND_RESIDENTIAL, at(WEDNESDAY, 3.5)));
  });

  it('loads businesses in weekday opening hours and much less on weekend nights and afternoons', () => {
    const weekdayDay = meanFactor(model, KIND_COMMERCIAL, at(WEDNESDAY, 13));
    expect(weekdayDay).toBeGreaterThan(3 * meanFactor(model, KIND_COMMERCIAL, at(WEDNESDAY, 2)));
    expect(weekdayDay).toBeGreaterThan(1.5 * meanFactor(model, KIND_COMMERCIAL, at(SATURDAY, 13)));
  });

  it('keeps factories nearly flat around the clock', () => {
    const factors = [0, 4, 8, 12, 16, 20].map((hour) => meanFactor(model, KIND_INDUSTRIAL, at(WEDNESDAY, hour)));
    expect(Math.max(...factors) / Math.min(...factors)).toBeLessThan(1.15);
  });

  it('sags voltage under load and reports outages with zero power and voltage', () => {
    const out = new Float64Array(2);
    model.beginTick(at(WEDNESDAY, 19.5));
    let sawOutage = false;
    for (let slot = 0; slot < METERS; slot++) {
      const status = model.sample(slot, out);
      if (status === STATUS_OUTAGE) {
        sawOutage = true;
        expect(Array.from(out)).toEqual([0, 0]);
      } else if (model.kind[slot] !== KIND_INDUSTRIAL && status !== STATUS_FAULT) {
        expect(out[1]).toBeGreaterThan(200);
        expect(out[1]).toBeLessThan(235);
      }
    }
    expect(meanVoltage(model, at(WEDNESDAY, 19.5))).toBeLessThan(meanVoltage(model, at(WEDNESDAY, 3.5)) - 3);
    // Over a week of 15-minute windows some feeder is always out somewhere at 1% per feeder and window.
    let outages = sawOutage ? 1 : 0;
    for (let hour = 0; hour < 168 && outages === 0; hour++) {
      model.beginTick(at(WEDNESDAY, hour));
      for (let slot = 0; slot < METERS && outages === 0; slot++) if (model.sample(slot, out) === STATUS_OUTAGE) outages++;
    }
    expect(outages).toBeGreaterThan(0);
  });
});
