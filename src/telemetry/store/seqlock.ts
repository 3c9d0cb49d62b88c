import { H_SEQ, type StoreViews } from './store-layout.js';

/**
 * Seqlock over the whole store: the single writer makes the sequence odd while it publishes and even
 * when done; a reader retries whenever the sequence was odd or moved during its read, so it never sees a
 * half-published tick. The writer keeps its critical sections short (memcpy of prepared columns).
 */
export function beginWrite(views: StoreViews): void {
  Atomics.add(views.header, H_SEQ, 1);
}

export function endWrite(views: StoreViews): void {
  Atomics.add(views.header, H_SEQ, 1);
  Atomics.notify(views.header, H_SEQ);
}

const MAX_ATTEMPTS = 10_000;

export function readConsistent<T>(views: StoreViews, read: () => T): T {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const before = Atomics.load(views.header, H_SEQ);
    if ((before & 1) === 1) {
      // Sleep until the writer finishes instead of spinning; the timeout guards against a lost notify.
      Atomics.wait(views.header, H_SEQ, before, 2);
      continue;
    }
    const result = read();
    if (Atomics.load(views.header, H_SEQ) === before) return result;
  }
  throw new Error('The meter store stayed busy for too long');
}
