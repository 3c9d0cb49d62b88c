import type { StorageState } from './storage-state.js';

export interface SnapshotReply {
  ok: boolean;
  bytes: number;
  durationMs: number;
  error?: string;
}

interface SnapshotLog {
  debug(message: string): void;
  error(message: string): void;
}

/**
 * Runs snapshots one after another (the shutdown snapshot waits for a periodic one in flight) and keeps the
 * storage state up to date with their outcome.
 */
export class SnapshotChain {
  private chain: Promise<void> = Promise.resolve();

  constructor(
    private readonly take: () => Promise<SnapshotReply>,
    private readonly storage: StorageState,
    private readonly log: SnapshotLog,
  ) {}

  run(): Promise<void> {
    const run = this.chain.then(async () => {
      const reply = await this.take();
      if (!reply.ok) {
        this.storage.snapshotFailed(reply.error ?? '');
        throw new Error(reply.error);
      }
      this.storage.snapshotWritten();
      this.log.debug(`snapshot written: ${reply.bytes} bytes in ${reply.durationMs.toFixed(0)} ms`);
    });
    this.chain = run.catch((error: unknown) => this.log.error(`snapshot failed: ${(error as Error).message}`));
    return run;
  }
}
