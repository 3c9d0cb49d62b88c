import { REGION_COUNT } from '../store/store-layout.js';

/** A learned threshold needs this much history, or the first minutes after a boot would alert on noise. */
export const MIN_LEARNING_SAMPLES = 300;
/** The learned threshold is refreshed this often (in ticks): a sort of an hour of history is cheap but not free. */
const RELEARN_EVERY_TICKS = 60;
/** A learned threshold is the region's own percentile, so it is crossed by design now and then: alert only well above it. */
const LEARNED_MARGIN = 1.1;
/** A configured threshold clears a little below itself, so a load hovering at the line does not flap. */
const CONFIGURED_HYSTERESIS = 0.95;

export interface RegionLoadOptions {
  /** Per region index: a fixed threshold in kW, or undefined to learn one from the region's last hour. */
  readonly thresholdsKw: readonly (number | undefined)[];
  /** Percentile (50-100) of the last hour's load that a learned threshold sits at. */
  readonly percentile: number;
}

/** The grid ring of per-tick region loads, as the store keeps it ([tick * REGION_COUNT + region]). */
export interface RegionLoadHistory {
  readonly regionLoad: Float64Array;
  readonly head: number;
  readonly count: number;
  readonly length: number;
}

/** Decides when a region's load raises or clears an alert, against a fixed or a learned threshold. */
export class RegionLoadRule {
  private readonly learned = new Float64Array(REGION_COUNT).fill(Number.NaN);
  private scratch = new Float64Array(0);
  private ticksSinceLearning = Number.POSITIVE_INFINITY;

  constructor(private readonly options: RegionLoadOptions) {}

  /** The line a region's load is compared with, NaN while a learned one has too little history. */
  threshold(region: number): number {
    return this.options.thresholdsKw[region] ?? this.learned[region];
  }

  raises(region: number, loadKw: number): boolean {
    const line = this.threshold(region);
    if (Number.isNaN(line)) return false;
    return this.isConfigured(region) ? loadKw > line : loadKw > line * LEARNED_MARGIN;
  }

  clears(region: number, loadKw: number): boolean {
    const line = this.threshold(region);
    if (Number.isNaN(line)) return true;
    return this.isConfigured(region) ? loadKw < line * CONFIGURED_HYSTERESIS : loadKw <= line;
  }

  /** The load an alert is raised above, for its figures. */
  raiseLine(region: number): number {
    const line = this.threshold(region);
    return this.isConfigured(region) ? line : line * LEARNED_MARGIN;
  }

  /** Refreshes learned thresholds from the history every RELEARN_EVERY_TICKS calls. */
  learn(history: RegionLoadHistory): void {
    if (++this.ticksSinceLearning < RELEARN_EVERY_TICKS) return;
    this.ticksSinceLearning = 0;
    const count = history.count;
    if (this.scratch.length !== count) this.scratch = new Float64Array(count);
    for (let region = 0; region < REGION_COUNT; region++) {
      if (this.isConfigured(region)) continue;
      if (count < MIN_LEARNING_SAMPLES) {
        this.learned[region] = Number.NaN;
        continue;
      }
      for (let i = 0; i < count; i++) {
        const at = (history.head - i + history.length) % history.length;
        this.scratch[i] = history.regionLoad[at * REGION_COUNT + region];
      }
      this.scratch.sort();
      const rank = Math.min(count - 1, Math.ceil((this.options.percentile / 100) * count) - 1);
      this.learned[region] = this.scratch[Math.max(0, rank)];
    }
  }

  private isConfigured(region: number): boolean {
    return this.options.thresholdsKw[region] !== undefined;
  }
}
