import type { EventStream } from '../../common/http/event-stream.js';
import type { AlertRecord } from './alert-types.js';
import type { AlertStreamEvent } from './alerts.service.js';

export const ALERT_STREAM_OPTIONS = { retryMs: 2000, heartbeatMs: 15_000 } as const;

export interface AlertEventSource {
  activeAlerts(): AlertRecord[];
  onEvent(listener: (event: AlertStreamEvent) => void): () => void;
  /** Streams never end on their own; shutdown must end them or the server would wait for them forever. */
  onShutdown(listener: () => void): () => void;
}

/**
 * One server-sent-events client of the alerts: an `active` frame with every active alert at once (so the
 * dashboard needs no second request), then a `raised` or `resolved` frame per change, until it leaves or the
 * app shuts down.
 */
export function serveAlertStream(stream: EventStream, source: AlertEventSource): void {
  stream.send('active', { value: source.activeAlerts() });
  const unsubscribe = source.onEvent((event) => stream.write(`event: ${event.type}\nid: ${event.alert.alertId}\ndata: ${JSON.stringify(event.alert)}\n\n`));
  const stopListening = source.onShutdown(() => stream.end());
  stream.onClose(() => {
    unsubscribe();
    stopListening();
  });
}
