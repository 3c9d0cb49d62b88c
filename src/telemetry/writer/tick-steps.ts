import type { LatestColumns, StoreViews } from '../store/store-layout.js';

/**
 * What a per-tick step sees. It runs after the tick's values are written (simulated meters sampled, real
 * meters carried over and aged to offline) and before they are published: `latest` is the set readers will
 * see once the tick flips, `previous` the set they see now, so a step can compare a meter with its last tick.
 */
export interface TickContext {
  /** Wall-clock time of the tick (ms since the epoch). */
  readonly now: number;
  /** The number the tick is published under. */
  readonly tick: number;
  readonly views: StoreViews;
  readonly latest: LatestColumns;
  readonly previous: LatestColumns;
  /** Slots [0, highWater) have ever been used; check FLAG_USED in views.flags before reading a slot. */
  readonly highWater: number;
  /** This tick's load per region (kW), by region index; published with the tick. */
  readonly regionLoad: Float64Array;
}

/**
 * A rule the writer applies at every tick (alerts are the first): plug it in with WriterEngine.addStep.
 * Steps run on the writer thread in the order they were added and must be synchronous and fast, since a
 * tick at a million meters is budgeted in tens of milliseconds. Whatever a step writes to the shared buffer
 * outside `latest` is visible to readers at once; write it inside the engine's seqlock section via
 * `publish` if readers must see it together with the tick.
 */
export interface TickStep {
  readonly name: string;
  /** Runs outside the seqlock: compute here (readers still see the previous tick). */
  afterValues(context: TickContext): void;
  /** Optional: runs inside the seqlock section that publishes the tick; copy results into shared columns here. */
  publish?(context: TickContext): void;
}
