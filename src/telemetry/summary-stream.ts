import type { IncomingMessage, ServerResponse } from 'node:http';

const HEARTBEAT_MS = 15_000;

export interface SummarySource {
  /** The `event: summary` frame for the latest published tick. */
  summaryEvent(): { tick: number; text: string };
  onTick(listener: () => void): () => void;
  /** Streams never end on their own; shutdown must end them or the server would wait for them forever. */
  onShutdown(listener: () => void): () => void;
}

/** Serves one server-sent-events client: a frame at once, one per tick, heartbeats, cleanup on disconnect. */
export function serveSummaryStream(request: IncomingMessage, response: ServerResponse, source: SummarySource): void {
  response.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    // Proxies such as nginx buffer responses unless told not to, which would delay every event.
    'x-accel-buffering': 'no',
  });
  response.write('retry: 2000\n\n');
  const first = source.summaryEvent();
  response.write(first.text);
  // The store can publish a tick before its notification reaches this thread: never send a tick twice.
  let lastTick = first.tick;
  const unsubscribe = source.onTick(() => {
    const event = source.summaryEvent();
    if (event.tick <= lastTick || response.writableEnded) return;
    lastTick = event.tick;
    response.write(event.text);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  let closed = false;
  const stopListening = source.onShutdown(() => close());
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    stopListening();
    if (!response.writableEnded) response.end();
  };
  request.on('close', close);
  response.on('close', close);
  response.on('error', close);
}
