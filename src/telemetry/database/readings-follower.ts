import type { CommittedBatch, ReadingsLog, StoredMeter } from './readings-log.js';

/** One step for the store writer: meter changes first, then batches in order, then `upTo` counts as applied. */
export interface FollowStep {
  meters: StoredMeter[];
  batches: CommittedBatch[];
  upTo: number;
}

export interface FollowTarget {
  /** Applies a step in the store; resolves with the per-reading codes of each batch, in order. */
  apply(step: FollowStep): Promise<Uint8Array[]>;
}

const BATCHES_PER_STEP = 8;
const REMEMBERED_CODES = 512;

/**
 * Brings this instance's store up to the database: every committed meter change and reading batch, in commit
 * order, exactly once. Woken by notifications, by a slow poll (a notification lost with a connection is not
 * waited for), and after a reconnect. The instance's own commits are offered directly and never read back
 * (with two instances committing, about half the batches a follower would otherwise read are its own).
 */
export class ReadingsFollower {
  private applied: number;
  private known = 0;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly offered = new Map<number, { meters: StoredMeter[]; batch: CommittedBatch }>();
  private readonly codes = new Map<number, Uint8Array>();
  private readonly waiters = new Map<number, ((codes: Uint8Array | undefined) => void)[]>();

  constructor(
    private readonly log: Pick<ReadingsLog, 'head' | 'metersChangedBetween' | 'batchesBetween'>,
    private readonly target: FollowTarget,
    appliedSeq: number,
    private readonly onError: (error: unknown) => void,
  ) {
    this.applied = appliedSeq;
  }

  get appliedSeq(): number {
    return this.applied;
  }

  /**
   * Catches up now; calls made while a catch-up runs fold into one more round after it. `committed` is a number
   * known to be committed (a notification's, or this instance's own commit): everything up to it is visible, so
   * the round reads up to it without asking for the head first.
   */
  wake(committed = 0): Promise<void> {
    if (committed > this.known) this.known = committed;
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loop().finally(() => (this.running = undefined));
    return this.running;
  }

  /** This instance committed `batch` (and registered `meters` just before it). */
  offer(batch: CommittedBatch, meters: StoredMeter[]): void {
    if (batch.seq > this.applied) this.offered.set(batch.seq, { meters, batch });
  }

  /** The codes the store gave the batch numbered `seq`, once applied; undefined if applied before anyone asked. */
  waitFor(seq: number, timeoutMs: number): Promise<Uint8Array | undefined> {
    if (seq <= this.applied) return Promise.resolve(this.codes.get(seq));
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(undefined), timeoutMs);
      const settle = (codes: Uint8Array | undefined): void => {
        clearTimeout(timer);
        resolve(codes);
      };
      const list = this.waiters.get(seq) ?? [];
      list.push(settle);
      this.waiters.set(seq, list);
    });
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while (await this.step()) {
          // keep going until the head is reached
        }
      } catch (error) {
        // An offered batch may have gone to the store's thread before the failure: read it back instead.
        this.offered.clear();
        this.onError(error);
        return;
      }
    } while (this.again);
  }

  /** Applies one step; false when there was nothing left. */
  private async step(): Promise<boolean> {
    const direct = [...this.offered.values()].find((offer) => this.isNext(offer));
    if (direct) {
      await this.run({ meters: direct.meters, batches: [direct.batch], upTo: direct.batch.seq });
      return true;
    }
    const head = this.known > this.applied ? this.known : await this.log.head();
    if (head <= this.applied) return false;
    // Our own commits interleave with the other instances': read only theirs back, and merge ours in. Batches
    // and meter changes are read at once (two connections), which halved the wait for our own batch's turn.
    const own = [...this.offered.keys()].filter((seq) => seq > this.applied && seq <= head);
    const [fetched, changed] = await Promise.all([this.log.batchesBetween(this.applied, head, BATCHES_PER_STEP, own), this.log.metersChangedBetween(this.applied, head)]);
    const upTo = fetched.length === BATCHES_PER_STEP ? fetched[fetched.length - 1].seq : head;
    const batches = [...fetched, ...own.filter((seq) => seq <= upTo).map((seq) => (this.offered.get(seq) as { batch: CommittedBatch }).batch)].sort((a, b) => a.seq - b.seq);
    const meters = changed.filter((meter) => meter.changedSeq <= upTo);
    await this.run({ meters, batches, upTo });
    return true;
  }

  /** An offered batch can skip the read-back when its meter registration (if any) is the only thing before it. */
  private isNext(offer: { meters: StoredMeter[]; batch: CommittedBatch }): boolean {
    const expected = offer.meters.length > 0 ? offer.meters[0].changedSeq : offer.batch.seq;
    return expected === this.applied + 1;
  }

  private async run(step: FollowStep): Promise<void> {
    const codes = await this.target.apply(step);
    this.applied = step.upTo;
    step.batches.forEach((batch, i) => this.settled(batch.seq, codes[i]));
    for (const seq of this.offered.keys()) if (seq <= this.applied) this.offered.delete(seq);
    for (const [seq, list] of this.waiters) {
      if (seq > this.applied) continue;
      this.waiters.delete(seq);
      for (const settle of list) settle(this.codes.get(seq));
    }
  }

  private settled(seq: number, codes: Uint8Array): void {
    this.codes.set(seq, codes);
    if (this.codes.size > REMEMBERED_CODES) this.codes.delete(this.codes.keys().next().value as number);
  }
}
