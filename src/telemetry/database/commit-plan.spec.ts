import { MeterDirectory } from '../store/meter-directory.js';
import { validateReadings } from '../readings/readings-validation.js';
import { readingsResult } from '../readings/readings-outcome.js';
import { RealMeterRegistry, applyReadings } from '../writer/readings-applier.js';
import { readingsBatch } from '../writer/readings-batch.fixture.js';
import { storeWith } from '../writer/store.fixture.js';
import { APPLY_ACCEPTED } from '../writer/worker-messages.js';
import type { CommitOutcome } from './database-telemetry.js';
import { planCommit } from './commit-plan.js';

const T0 = Date.UTC(2026, 10, 25, 18);
const iso = (ms: number) => new Date(ms).toISOString();

/** A store of 10 simulated meters where real meter A (ordinal 0, slot 10) last reported 2 kW at T0. */
function setUp() {
  const { engine, views } = storeWith(10, 5);
  engine.tick(T0);
  const registry = new RealMeterRegistry();
  applyReadings(engine, registry, readingsBatch([{ id: 'A', at: T0, kw: 2 }]));
  const directory = new MeterDirectory(10, 15);
  for (const [id, slot] of registry.slots) directory.add(id, slot);
  return { views, directory };
}

describe(planCommit.name, () => {
  it('answers what the store already holds or would refuse, and commits only the rest with the ordinals it knows', () => {
    const { views, directory } = setUp();
    const checked = validateReadings({
      readings: [
        { meterId: 'A', timestamp: iso(T0), powerKw: 2 },
        { meterId: 'B', timestamp: iso(T0), powerKw: 5 },
        { meterId: 'A', timestamp: iso(T0 - 1000), powerKw: 1 },
        { meterId: 'A', timestamp: iso(T0), powerKw: 3 },
        { meterId: 'A', timestamp: iso(T0 + 1000), powerKw: 4 },
      ],
    }, directory, T0);
    const plan = planCommit(checked, views, 10);
    // Held (a resend) and older-than-latest stay out; a new meter, a correction at the latest timestamp and a newer reading go.
    expect(plan.outgoing.meterIds).toEqual(['B', 'A', 'A']);
    expect(Array.from(plan.outgoing.knownOrdinals ?? [])).toEqual([-1, 0, 0]);
    expect(Array.from(plan.outgoing.power)).toEqual([5, 3, 4]);
    expect(Array.from(plan.outgoing.timestamps)).toEqual([T0, T0, T0 + 1000]);
    const outcome: CommitOutcome = { codes: Uint8Array.of(APPLY_ACCEPTED, APPLY_ACCEPTED, APPLY_ACCEPTED), ordinals: Int32Array.of(-1, 0, 0), duplicate: false };
    const result = readingsResult(checked, plan.codes(outcome));
    expect(result.accepted).toBe(3);
    expect(result.rejected.map((r) => [r.index, r.code])).toEqual([[1, 'TELEMETRY_CAPACITY_REACHED'], [2, 'READING_TIMESTAMP_STALE']]);
  });

  it('commits a held reading that follows a committed one of the same meter: the store judges it after that one', () => {
    const { views, directory } = setUp();
    const checked = validateReadings({
      readings: [
        { meterId: 'A', timestamp: iso(T0), powerKw: 2 },
        { meterId: 'A', timestamp: iso(T0), powerKw: 9 },
        { meterId: 'A', timestamp: iso(T0), powerKw: 2 },
        { meterId: 'A', timestamp: iso(T0 - 1), powerKw: 2 },
      ],
    }, directory, T0);
    expect(Array.from(planCommit(checked, views, 10).outgoing.power)).toEqual([9, 2]);
  });

  it('commits nothing for a batch the store holds whole, and answers it accepted', () => {
    const { views, directory } = setUp();
    const checked = validateReadings({ readings: [{ meterId: 'A', timestamp: iso(T0), powerKw: 2 }] }, directory, T0);
    const plan = planCommit(checked, views, 10);
    expect(plan.outgoing.meterIds).toEqual([]);
    expect(readingsResult(checked, plan.codes(undefined))).toEqual({ accepted: 1, rejected: [] });
  });

  it('sends a batch of only new readings as it came, without copying it entry by entry', () => {
    const { views, directory } = setUp();
    const checked = validateReadings({ readings: [{ meterId: 'A', timestamp: iso(T0 + 1), powerKw: 2, voltageV: 230 }, { meterId: 'C', timestamp: iso(T0), powerKw: 1, status: 'fault' }] }, directory, T0);
    const plan = planCommit(checked, views, 10);
    expect(plan.outgoing).toMatchObject({ meterIds: ['A', 'C'], knownOrdinals: Int32Array.of(0, -1), voltage: Float64Array.of(230, NaN), status: Int8Array.of(-1, 3) });
    expect(readingsResult(checked, plan.codes({ codes: Uint8Array.of(0, 0), ordinals: Int32Array.of(0, 1), duplicate: false }))).toEqual({ accepted: 2, rejected: [] });
  });
});
