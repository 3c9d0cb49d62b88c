import { AlertLog } from './alert-log.js';
import type { AlertRecord } from './alert-types.js';

function alert(n: number, overrides: Partial<AlertRecord> = {}): AlertRecord {
  return {
    alertId: `mf-MTR-${n}`,
    kind: 'meter-fault',
    severity: 'warning',
    subjectType: 'meter',
    subject: `MTR-${n}`,
    region: 'harbour',
    summary: 'x',
    raisedAt: new Date(1_000_000 + n).toISOString(),
    figures: {},
    ...overrides,
  };
}

describe(AlertLog.name, () => {
  it('lists newest first, pages with a cursor that survives new alerts, and filters', () => {
    const log = new AlertLog();
    for (let n = 1; n <= 7; n++) log.apply({ type: 'raised', alert: alert(n, n % 2 === 0 ? { region: 'old-town' } : {}) });
    const first = log.list({}, 3);
    expect(first.items.map((a) => a.alertId)).toEqual(['mf-MTR-7', 'mf-MTR-6', 'mf-MTR-5']);
    log.apply({ type: 'raised', alert: alert(8) });
    const second = log.list({}, 3, first.next);
    expect(second.items.map((a) => a.alertId)).toEqual(['mf-MTR-4', 'mf-MTR-3', 'mf-MTR-2']);
    expect(log.list({}, 3, second.next)).toEqual({ items: [expect.objectContaining({ alertId: 'mf-MTR-1' })] });
    expect(log.list({ region: 'old-town' }, 10).items.map((a) => a.alertId)).toEqual(['mf-MTR-6', 'mf-MTR-4', 'mf-MTR-2']);
  });

  it('applies events idempotently and tracks state', () => {
    const log = new AlertLog();
    expect(log.apply({ type: 'raised', alert: alert(1) })).toBeDefined();
    expect(log.apply({ type: 'raised', alert: alert(1) })).toBeUndefined();
    const resolved = { ...alert(1), resolvedAt: new Date(2_000_000).toISOString() };
    expect(log.apply({ type: 'resolved', alert: resolved })?.resolvedAt).toBe(resolved.resolvedAt);
    expect(log.apply({ type: 'resolved', alert: resolved })).toBeUndefined();
    expect(log.list({ state: 'active' }, 10).items).toEqual([]);
    expect(log.list({ state: 'resolved' }, 10).items).toHaveLength(1);
  });

  it('keeps every active alert and drops only the oldest resolved ones past its limit', () => {
    const log = new AlertLog(10);
    log.apply({ type: 'raised', alert: alert(0) });
    for (let n = 1; n <= 30; n++) log.apply({ type: 'raised', alert: { ...alert(n), resolvedAt: new Date(3_000_000).toISOString() } });
    expect(log.get('mf-MTR-0')).toBeDefined();
    expect(log.get('mf-MTR-1')).toBeUndefined();
    expect(log.get('mf-MTR-30')).toBeDefined();
    expect(log.all().length).toBeLessThanOrEqual(12);
  });

  it('restores from a snapshot with the same cursors and continues the sequence', () => {
    const log = new AlertLog();
    for (let n = 1; n <= 3; n++) log.apply({ type: 'raised', alert: alert(n) });
    const restored = new AlertLog();
    restored.load(log.all());
    restored.apply({ type: 'raised', alert: alert(4) });
    expect(restored.get('mf-MTR-4')!.seq).toBe(4);
    expect(restored.list({}, 2, log.list({}, 1).next).items.map((a) => a.alertId)).toEqual(['mf-MTR-2', 'mf-MTR-1']);
  });

  it('takes alerts with the database seq, in any order, and says what changed for the stream', () => {
    const log = new AlertLog();
    expect(log.put({ ...alert(1), seq: 10 })).toBe('raised');
    expect(log.put({ ...alert(3), seq: 30, resolvedAt: new Date(2_000_000).toISOString() })).toBe('resolved');
    expect(log.put({ ...alert(2), seq: 20 })).toBe('raised');
    expect(log.put({ ...alert(2), seq: 20 })).toBeUndefined();
    expect(log.list({}, 10).items.map((a) => [a.alertId, a.seq])).toEqual([['mf-MTR-3', 30], ['mf-MTR-2', 20], ['mf-MTR-1', 10]]);
    expect(log.put({ ...alert(1), seq: 10, resolvedAt: new Date(2_000_001).toISOString() })).toBe('resolved');
    expect(log.put({ ...alert(1), seq: 10, resolvedAt: new Date(2_000_002).toISOString() })).toBeUndefined();
    expect(log.get('mf-MTR-1')?.resolvedAt).toBe(new Date(2_000_001).toISOString());
    expect(log.active().map((a) => a.alertId)).toEqual(['mf-MTR-2']);
    expect(log.list({}, 2, 30).items.map((a) => a.seq)).toEqual([20, 10]);
  });
});
