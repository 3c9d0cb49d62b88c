import { Worker } from 'node:worker_threads';
import { workerEntry, type WorkerEntry } from '../../common/worker-entry.js';
import { PendingRequests } from '../../common/workers/pending-requests.js';
import type { MeterDirectory } from '../store/meter-directory.js';
import type { ListQuery } from '../telemetry-query.js';
import type { ListingReplyMessage, ListingRequestMessage, ListingWorkerData } from './listing-messages.js';
import type { RequestOrigin } from './render-listing.js';

function listingWorkerEntry(): WorkerEntry {
  return workerEntry(new URL('./listing.worker.js', import.meta.url), (error) => `{ id: -1, ok: false, error: ${error} }`);
}

const READER_YOUNG_GENERATION_MB = 8;

interface Reader {
  worker: Worker;
  /** How many of the directory's real-meter registrations this worker's mirror has. */
  synced: number;
  pending: PendingRequests<ListingReplyMessage>;
}

/**
 * A few worker threads that render listing pages from the shared store, so the scans a filter or a search
 * needs never run on the HTTP event loop. Started on first use; a reader that dies fails its in-flight
 * requests (the caller falls back) and is replaced with a fresh one.
 */
export class ListingPool {
  private readonly readers: (Reader | undefined)[];
  private closed = false;

  constructor(
    private readonly data: ListingWorkerData,
    private readonly directory: MeterDirectory,
    size: number,
  ) {
    this.readers = new Array<Reader | undefined>(Math.max(1, size)).fill(undefined);
  }

  async render(query: ListQuery, origin: RequestOrigin): Promise<string> {
    if (this.closed) throw new Error('the listing pool is closed');
    const reader = this.leastBusy();
    const realIds = this.directory.addedSince(reader.synced);
    reader.synced = this.directory.addedCount;
    const reply = await reader.pending.open((id) => reader.worker.postMessage({ id, query, origin, realIds } satisfies ListingRequestMessage));
    if (!reply.ok) throw new Error(reply.error);
    return reply.json;
  }

  async close(): Promise<void> {
    this.closed = true;
    const running = this.readers.filter((r): r is Reader => r !== undefined);
    this.readers.fill(undefined);
    await Promise.all(running.map((r) => r.worker.terminate()));
  }

  private leastBusy(): Reader {
    let best: Reader | undefined;
    for (let i = 0; i < this.readers.length; i++) {
      const reader = this.readers[i] ?? this.spawn(i);
      if (!best || reader.pending.size < best.pending.size) best = reader;
    }
    return best as Reader;
  }

  private spawn(index: number): Reader {
    const { entry, eval: isEval } = listingWorkerEntry();
    // A reader's garbage is short-lived page arrays and strings: a small young generation keeps each reader's
    // RSS to a few tens of MiB beside a store that already takes most of the 1 GiB budget at a million meters.
    const worker = new Worker(entry, { workerData: this.data, eval: isEval, resourceLimits: { maxYoungGenerationSizeMb: READER_YOUNG_GENERATION_MB } });
    // The HTTP server keeps the process alive; an idle reader must not keep it from exiting.
    worker.unref();
    const reader: Reader = { worker, synced: 0, pending: new PendingRequests() };
    this.readers[index] = reader;
    worker.on('message', (reply: ListingReplyMessage) => {
      if (reply.id === -1 && !reply.ok) return this.retire(index, reader, new Error(`listing worker failed to start: ${reply.error}`));
      reader.pending.settle(reply.id, reply);
    });
    worker.on('error', (error) => this.retire(index, reader, error));
    worker.on('exit', (code) => this.retire(index, reader, new Error(`listing worker exited with code ${code}`)));
    return reader;
  }

  private retire(index: number, reader: Reader, error: Error): void {
    if (this.readers[index] === reader) this.readers[index] = undefined;
    reader.pending.rejectAll(error);
    void reader.worker.terminate();
  }
}
