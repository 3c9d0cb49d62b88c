import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { env } from '@/config/env';
import type { GridSummary, LoadPoint } from '@/lib/api-types';
import type { StreamStatus } from '@/lib/use-event-stream';
import { useGridSummary } from '../api/get-grid-summary';
import { useGridSummaryStream } from '../api/stream-grid-summary';
import { estimateTickMs, isRestart, mergeHistory } from './load-history';

export interface LiveGridState {
  summary: GridSummary | undefined;
  history: LoadPoint[];
  /** Browser time of the last stream event, for the stale indicator. */
  lastEventAt: number | undefined;
}

type Action = { type: 'snapshot'; summary: GridSummary } | { type: 'event'; summary: GridSummary; at: number };

const MAX_POINTS = env.historyPoints;

export function liveGridReducer(state: LiveGridState, action: Action): LiveGridState {
  const incoming = action.summary;
  if (action.type === 'snapshot') {
    const history = mergeHistory(incoming.history, state.history, MAX_POINTS);
    const newest = state.summary && state.summary.tick > incoming.tick && !isRestartOf(incoming, state.summary);
    return { ...state, summary: newest ? state.summary : incoming, history };
  }
  const point = incoming.history.at(-1);
  const restarted = point !== undefined && isRestart(point, state.history.at(-1));
  const history = restarted ? [...incoming.history] : mergeHistory(state.history, incoming.history, MAX_POINTS);
  return { summary: incoming, history, lastEventAt: action.at };
}

function isRestartOf(snapshot: GridSummary, current: GridSummary): boolean {
  return Date.parse(snapshot.timestamp) > Date.parse(current.timestamp);
}

export interface LiveGrid extends LiveGridState {
  streamStatus: StreamStatus;
  tickMs: number;
  loadError: unknown;
  isLoading: boolean;
  retry: () => void;
}

/** The grid summary kept live: a snapshot with history on each (re)connect, then one stream event per tick. */
export function useLiveGrid(): LiveGrid {
  const [generation, setGeneration] = useState(0);
  const [state, dispatch] = useReducer(liveGridReducer, { summary: undefined, history: [], lastEventAt: undefined });
  const snapshot = useGridSummary(generation);

  useEffect(() => {
    if (snapshot.data) dispatch({ type: 'snapshot', summary: snapshot.data });
  }, [snapshot.data]);

  const onSummary = useCallback((summary: GridSummary) => dispatch({ type: 'event', summary, at: Date.now() }), []);
  const opens = useRef(0);
  // The first connection comes with the initial snapshot already loading; later ones follow a gap.
  const onOpen = useCallback(() => {
    if (opens.current++ > 0) setGeneration((value) => value + 1);
  }, []);
  const streamStatus = useGridSummaryStream(onSummary, onOpen);

  return {
    ...state,
    streamStatus,
    tickMs: estimateTickMs(state.history) ?? env.defaultTickMs,
    loadError: state.summary ? undefined : snapshot.error,
    isLoading: !state.summary && snapshot.isLoading,
    retry: snapshot.refetch,
  };
}
