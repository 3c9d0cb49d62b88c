interface Entry<R> {
  resolve: (reply: R) => void;
  reject: (error: Error) => void;
  sentAt: number;
  watched: boolean;
  timer?: NodeJS.Timeout;
}

export interface RequestOptions {
  /** Rejects the request if no reply arrived in this time (the worker may still answer later; that reply is dropped). */
  timeoutMs?: number;
  /** Counted by oldestWatched(): a watchdog treats a watched request left unanswered as a hung worker. */
  watched?: boolean;
}

/**
 * Matches replies from a worker thread to the requests that asked for them, by id. Every request ends exactly
 * once: with its reply, on its timeout, or when the worker is gone (rejectAll), so no caller waits forever.
 */
export class PendingRequests<R> {
  private readonly entries = new Map<number, Entry<R>>();
  private nextId = 1;

  constructor(private readonly now: () => number = Date.now) {}

  get size(): number {
    return this.entries.size;
  }

  /** Registers a request under a fresh id and calls `send(id)` to post it; the promise settles with its reply. */
  open(send: (id: number) => void, options: RequestOptions = {}): Promise<R> {
    const id = this.nextId++;
    const promise = new Promise<R>((resolve, reject) => {
      const entry: Entry<R> = { resolve, reject, sentAt: this.now(), watched: options.watched ?? false };
      if (options.timeoutMs !== undefined) {
        entry.timer = setTimeout(() => this.fail(id, new Error(`no reply within ${options.timeoutMs} ms`)), options.timeoutMs);
      }
      this.entries.set(id, entry);
    });
    try {
      send(id);
    } catch (error) {
      this.fail(id, error as Error);
    }
    return promise;
  }

  /** Settles request `id` with its reply; false when no such request is pending (late or unknown reply). */
  settle(id: number, reply: R): boolean {
    const entry = this.take(id);
    entry?.resolve(reply);
    return entry !== undefined;
  }

  fail(id: number, error: Error): boolean {
    const entry = this.take(id);
    entry?.reject(error);
    return entry !== undefined;
  }

  /** The worker is gone: every request still waiting fails with `error`. */
  rejectAll(error: Error): void {
    const entries = [...this.entries.values()];
    for (const entry of entries) clearTimeout(entry.timer);
    this.entries.clear();
    for (const entry of entries) entry.reject(error);
  }

  /** When the oldest watched request was sent, or undefined when none waits. */
  oldestWatched(): number | undefined {
    let oldest: number | undefined;
    for (const entry of this.entries.values()) if (entry.watched && (oldest === undefined || entry.sentAt < oldest)) oldest = entry.sentAt;
    return oldest;
  }

  private take(id: number): Entry<R> | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    this.entries.delete(id);
    clearTimeout(entry.timer);
    return entry;
  }
}
