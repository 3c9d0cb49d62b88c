import type { GridSummary } from '@/lib/api-types';
import type { ServerSentEvent } from '@/lib/sse-parser';
import { useEventStream, type StreamStatus } from '@/lib/use-event-stream';

export const GRID_STREAM_PATH = '/api/energy/stream';

/** Reads one `summary` event; anything else on the stream (comments, future event types) is ignored. */
export function parseSummaryEvent(event: ServerSentEvent): GridSummary | undefined {
  if (event.event !== 'summary') return undefined;
  try {
    const summary = JSON.parse(event.data) as GridSummary;
    return typeof summary.tick === 'number' && Array.isArray(summary.history) ? summary : undefined;
  } catch {
    return undefined;
  }
}

export function useGridSummaryStream(onSummary: (summary: GridSummary) => void, onOpen: () => void): StreamStatus {
  return useEventStream(GRID_STREAM_PATH, {
    onOpen,
    onEvent: (event) => {
      const summary = parseSummaryEvent(event);
      if (summary) onSummary(summary);
    },
  });
}
