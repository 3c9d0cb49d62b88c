import type { EventStream } from '../common/http/event-stream.js';

export const SUMMARY_STREAM_OPTIONS = { retryMs: 2000, heartbeatMs: 15_000 } as const;

export interface SummarySource {
  /** The `event: summary` frame for the latest published tick. */
  summaryEvent(): { tick: number; text: string };
  onTick(listener: () => void): () => void;
  /** Streams never end on their own; shutdown must end them or the server would wait for them forever. */
  onShutdown(listener: () => void): () => void;
}

/** Serves one server-sent-events client: a frame at once, one per tick, cleanup on disconnect or shutdown. */
export function serveSummaryStream(stream: EventStream, source: SummarySource): void {
  const first = source.summaryEvent();
  stream.write(first.text);
  // The store can publish a tick before its notification reaches this thread: never send a tick twice.
  let lastTick = first.tick;
  const unsubscribe = source.onTick(() => {
    const event = source.summaryEvent();
    if (event.tick <= lastTick || stream.closed) return;
    lastTick = event.tick;
    stream.write(event.text);
  });
  const stopListening = source.onShutdown(() => stream.end());
  stream.onClose(() => {
    unsubscribe();
    stopListening();
  });
}
