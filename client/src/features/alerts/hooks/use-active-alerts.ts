import { useCallback, useReducer, useState } from 'react';
import type { Alert } from '@/lib/api-types';
import type { StreamStatus } from '@/lib/use-event-stream';
import { useAlertStream, type AlertStreamEvent } from '../api/stream-alerts';
import { activeAlertsReducer } from './active-alerts';

export interface ActiveAlerts {
  alerts: readonly Alert[];
  /** False until the stream sent its first `active` event. */
  loaded: boolean;
  streamStatus: StreamStatus;
}

/** The active alerts kept live from the alert stream alone: its first event is the full active set. */
export function useActiveAlerts(onEvent?: (event: AlertStreamEvent) => void): ActiveAlerts {
  const [alerts, dispatch] = useReducer(activeAlertsReducer, []);
  const [loaded, setLoaded] = useState(false);
  const handle = useCallback(
    (event: AlertStreamEvent) => {
      dispatch(event);
      if (event.type === 'active') setLoaded(true);
      onEvent?.(event);
    },
    [onEvent],
  );
  const streamStatus = useAlertStream(handle);
  return { alerts, loaded, streamStatus };
}
