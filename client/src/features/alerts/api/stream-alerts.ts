import type { Alert } from '@/lib/api-types';
import type { ServerSentEvent } from '@/lib/sse-parser';
import { useEventStream, type StreamStatus } from '@/lib/use-event-stream';

export const ALERT_STREAM_PATH = '/api/alerts/stream';

export type AlertStreamEvent = { type: 'active'; alerts: Alert[] } | { type: 'raised' | 'resolved'; alert: Alert };

/** Reads one event of the alert stream; anything else (comments, unknown events, bad JSON) is ignored. */
export function parseAlertEvent(event: ServerSentEvent): AlertStreamEvent | undefined {
  try {
    if (event.event === 'active') {
      const body = JSON.parse(event.data) as { value?: unknown };
      return Array.isArray(body.value) ? { type: 'active', alerts: body.value as Alert[] } : undefined;
    }
    if (event.event === 'raised' || event.event === 'resolved') {
      const alert = JSON.parse(event.data) as Alert;
      return typeof alert.alertId === 'string' ? { type: event.event, alert } : undefined;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function useAlertStream(onEvent: (event: AlertStreamEvent) => void): StreamStatus {
  return useEventStream(ALERT_STREAM_PATH, {
    onEvent: (event) => {
      const parsed = parseAlertEvent(event);
      if (parsed) onEvent(parsed);
    },
  });
}
