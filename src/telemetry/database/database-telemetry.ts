import type { EventEmitter } from 'node:events';
import type { Pool } from 'pg';
import { isConnectionError } from '../../common/database/connection-errors.js';
import type { NotifyListener } from '../../common/database/notify-listener.js';
import type { MeterAttributes } from '../meters/meter-registration.js';
import { ReadingsFollower, type FollowTarget } from './readings-follower.js';
import { READINGS_CHANNEL, ReadingsLog, type OutgoingBatch, type StoredMeter } from './readings-log.js';

/** The parts of DatabaseService this needs (kept narrow so it runs without Nest). */
export interface DatabaseLink {
  readonly pool: Pool;
  readonly listener: NotifyListener;
  readonly events: EventEmitter;
  readonly up: boolean;
  reportFailure(error: unknown): void;
}

/** The write could not be committed (database unreachable, or the commit's fate unknown): nothing was acknowledged. */
export class TelemetryStorageError extends Error {}

export interface CommitOutcome {
  /** The store's codes for each stored reading (those with a slot, in order), when this instance applied the batch now; undefined for a resend. */
  codes: Uint8Array | undefined;
  /** Per reading: the meter's ordinal, -1 when no real meter slot was left. */
  ordinals: Int32Array;
  duplicate: boolean;
}

const POLL_MS = 1000;
const PRUNE_MS = 10 * 60_000;
/** The request waits this long for its own instance to apply the batch; the batch is durable either way. */
const APPLY_WAIT_MS = 10_000;

/**
 * Readings and meters in the database mode: commits, then applies through the follower, so a 2xx means the batch
 * is in PostgreSQL and already served by this instance; every other instance follows within its next wake-up.
 */
export class DatabaseTelemetry {
  readonly log: ReadingsLog;
  readonly follower: ReadingsFollower;
  private poll: NodeJS.Timeout | undefined;
  private pruner: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: DatabaseLink,
    target: FollowTarget,
    private readonly options: { realMeterSlots: number; retentionHours: number; appliedSeq: number; onError: (message: string) => void },
  ) {
    this.log = new ReadingsLog(db.pool, options.realMeterSlots);
    this.follower = new ReadingsFollower(this.log, target, options.appliedSeq, (error) => this.failed(error));
  }

  /** Catches up from the applied number (the snapshot's) before the instance serves, then follows. */
  async start(): Promise<void> {
    await this.db.listener.subscribe(READINGS_CHANNEL, (payload) => void this.follower.wake(Number(payload) || 0));
    this.db.events.on('resumed', () => void this.follower.wake());
    await this.follower.wake();
    this.poll = setInterval(() => {
      if (this.db.up) void this.follower.wake();
    }, POLL_MS);
    this.pruner = setInterval(() => void this.prune(), PRUNE_MS);
    this.poll.unref();
    this.pruner.unref();
  }

  stop(): void {
    clearInterval(this.poll);
    clearInterval(this.pruner);
  }

  async commit(batch: OutgoingBatch): Promise<CommitOutcome> {
    const result = await this.guarded(() => this.log.append(batch));
    if (result.seq === 0) return { codes: undefined, ordinals: result.ordinals, duplicate: false };
    if (result.stored) this.follower.offer({ seq: result.seq, columns: result.stored }, result.registered);
    const applied = this.follower.waitFor(result.seq, APPLY_WAIT_MS);
    void this.follower.wake(result.seq);
    const codes = await applied;
    return { codes: result.duplicate ? undefined : codes, ordinals: result.ordinals, duplicate: result.duplicate };
  }

  /** Registers or updates a meter; resolves once this instance shows the change. Undefined when no slot is left. */
  async putMeter(meterId: string, attributes: MeterAttributes): Promise<StoredMeter | undefined> {
    const stored = await this.guarded(() => this.log.putMeter(meterId, attributes));
    if (stored) {
      const applied = this.follower.waitFor(stored.changedSeq, APPLY_WAIT_MS);
      void this.follower.wake(stored.changedSeq);
      await applied;
    }
    return stored;
  }

  async prune(now = Date.now()): Promise<number> {
    if (!this.db.up) return 0;
    try {
      return await this.log.prune(new Date(now - this.options.retentionHours * 3_600_000));
    } catch (error) {
      this.failed(error);
      return 0;
    }
  }

  private async guarded<T>(write: () => Promise<T>): Promise<T> {
    if (!this.db.up) throw new TelemetryStorageError('PostgreSQL is unreachable');
    try {
      return await write();
    } catch (error) {
      if (!isConnectionError(error)) throw error;
      this.db.reportFailure(error);
      throw new TelemetryStorageError(`PostgreSQL did not confirm the commit: ${(error as Error).message}`);
    }
  }

  private failed(error: unknown): void {
    if (isConnectionError(error)) this.db.reportFailure(error);
    this.options.onError((error as Error).message);
  }
}
