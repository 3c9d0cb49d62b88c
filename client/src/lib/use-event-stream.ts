import { useEffect, useRef, useState } from 'react';
import { env } from '@/config/env';
import { apiRequest } from './api-client';
import { ApiError, isAbortError } from './api-error';
import { reportUnauthorized } from './api-key-store';
import { readEventStream, type ServerSentEvent } from './sse-parser';
import { useAccess } from './use-access';

export type StreamStatus = 'connecting' | 'open' | 'reconnecting' | 'unauthorized';

export interface EventStreamHandlers {
  onEvent: (event: ServerSentEvent) => void;
  /** Called on every (re)connection, before its first event: the moment to reload a snapshot. */
  onOpen?: () => void;
}

export function backoffDelay(attempt: number): number {
  const capped = Math.min(env.reconnectMaxMs, env.reconnectMinMs * 2 ** attempt);
  // Jitter spreads the reconnects of many dashboards after a server restart.
  return capped / 2 + Math.random() * (capped / 2);
}

/** Follows a GET event stream with fetch (so x-api-key is sent), reconnecting with backoff until unmounted. */
export function useEventStream(path: string, handlers: EventStreamHandlers): StreamStatus {
  const { apiKey } = useAccess();
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const handlersRef = useRef(handlers);
  handlersRef.current = handlers;

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    const run = async (): Promise<void> => {
      for (let attempt = 0; !signal.aborted; ) {
        try {
          const response = await apiRequest(path, { accept: 'text/event-stream', signal });
          setStatus('open');
          handlersRef.current.onOpen?.();
          for await (const event of readEventStream(response)) {
            attempt = 0;
            handlersRef.current.onEvent(event);
          }
        } catch (error) {
          if (isAbortError(error) || signal.aborted) return;
          if (error instanceof ApiError && error.isUnauthorized) {
            reportUnauthorized();
            setStatus('unauthorized');
            return;
          }
        }
        if (signal.aborted) return;
        setStatus('reconnecting');
        await sleep(backoffDelay(attempt++), signal);
      }
    };
    setStatus('connecting');
    void run();
    return () => controller.abort();
  }, [path, apiKey]);

  return status;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
