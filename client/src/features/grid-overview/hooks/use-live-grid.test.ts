import { describe, expect, it } from 'vitest';
import { summaryAt } from '@/test/fixtures';
import { liveGridReducer, type LiveGridState } from './use-live-grid';

const empty: LiveGridState = { summary: undefined, history: [], lastEventAt: undefined };

describe('liveGridReducer', () => {
  it('appends stream events after the snapshot and ignores a repeated tick', () => {
    let state = liveGridReducer(empty, { type: 'snapshot', summary: summaryAt(10, 500, 10) });
    state = liveGridReducer(state, { type: 'event', summary: summaryAt(11, 510), at: 1 });
    state = liveGridReducer(state, { type: 'event', summary: summaryAt(11, 510), at: 2 });
    expect(state.history.map((point) => point.tick)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(state.summary?.tick).toBe(11);
    expect(state.lastEventAt).toBe(2);
  });

  it('keeps events that arrived before a late snapshot', () => {
    let state = liveGridReducer(empty, { type: 'event', summary: summaryAt(12, 520), at: 1 });
    state = liveGridReducer(state, { type: 'snapshot', summary: summaryAt(11, 510, 3) });
    expect(state.history.map((point) => point.tick)).toEqual([9, 10, 11, 12]);
    expect(state.summary?.tick).toBe(12);
  });

  it('starts the line again when a restarted server sends tick 1 before its snapshot', () => {
    let state = liveGridReducer(empty, { type: 'snapshot', summary: summaryAt(900, 500, 5) });
    state = liveGridReducer(state, { type: 'event', summary: summaryAt(1, 300, 1, '2026-11-27T11:00:00Z'), at: 5 });
    expect(state.history.map((point) => point.tick)).toEqual([1]);
    expect(state.summary?.totalLoadKw).toBe(300);
  });
});
