import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AlertRecord } from './alert-types.js';
import type { AlertStreamEvent } from './alerts.service.js';

const HEARTBEAT_MS = 15_000;

export interface AlertEventSource {
  activeAlerts(): AlertRecord[];
  onEvent(listener: (event: AlertStreamEvent) => void): () => void;
  onShutdown(listener: () => void): () => void;
}

/**
 * One server-sent-events client of the alerts: an `active` frame with every active alert at once (so the
 * dashboard needs no second request), then a `raised` or `resolved` frame per change, heartbeats, and cleanup
 * on disconnect or shutdown.
 */
export function serveAlertStream(request: IncomingMessage, response: ServerResponse, headers: Record<string, string | number | string[]>, source: AlertEventSource): void {
  response.writeHead(200, {
    ...headers,
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  response.write('retry: 2000\n\n');
  response.write(`event: active\ndata: ${JSON.stringify({ value: source.activeAlerts() })}\n\n`);
  const unsubscribe = source.onEvent((event) => {
    if (!response.writableEnded) response.write(`event: ${event.type}\nid: ${event.alert.alertId}\ndata: ${JSON.stringify(event.alert)}\n\n`);
  });
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), HEARTBEAT_MS);
  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    stopListening();
    if (!response.writableEnded) response.end();
  };
  const stopListening = source.onShutdown(close);
  request.on('close', close);
  response.on('close', close);
  response.on('error', close);
}
