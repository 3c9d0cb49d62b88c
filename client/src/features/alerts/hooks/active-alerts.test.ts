import { describe, expect, it } from 'vitest';
import { alertAt } from '@/test/fixtures';
import { parseAlertEvent } from '../api/stream-alerts';
import { activeAlertsReducer, countAlerts } from './active-alerts';

describe('active alerts', () => {
  it('replaces the set on active, adds raised ones newest first once, removes resolved ones', () => {
    let state = activeAlertsReducer([], { type: 'active', alerts: [alertAt(1), alertAt(3), { ...alertAt(2), resolvedAt: '2026-12-01T11:00:00Z' }] });
    expect(state.map((a) => a.subject)).toEqual(['MTR-0000003', 'MTR-0000001']);
    state = activeAlertsReducer(state, { type: 'raised', alert: alertAt(5) });
    state = activeAlertsReducer(state, { type: 'raised', alert: alertAt(5) });
    expect(state.map((a) => a.subject)).toEqual(['MTR-0000005', 'MTR-0000003', 'MTR-0000001']);
    state = activeAlertsReducer(state, { type: 'resolved', alert: alertAt(3) });
    expect(countAlerts(state)).toEqual({ byKind: { 'meter-fault': 2 }, bySeverity: { warning: 2 } });
  });

  it('ignores events it does not know and bad JSON', () => {
    expect(parseAlertEvent({ event: 'summary', data: '{}' })).toBeUndefined();
    expect(parseAlertEvent({ event: 'raised', data: '{oops' })).toBeUndefined();
    expect(parseAlertEvent({ event: 'active', data: '{"value":[]}' })).toEqual({ type: 'active', alerts: [] });
  });
});
