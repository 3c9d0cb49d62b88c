import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/postgres.js';
import { loadMigrations, migrate } from '../../../common/database/migrator.js';
import type { AlertEvent, AlertRecord } from '../alert-types.js';
import { AlertTable } from './alert-table.js';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');

function fault(meterId: string, at: number, overrides: Partial<AlertRecord> = {}): AlertRecord {
  return {
    alertId: `mf-${meterId}-${at.toString(36)}`,
    kind: 'meter-fault',
    severity: 'warning',
    subjectType: 'meter',
    subject: meterId,
    region: 'harbour',
    feeder: 'harbour-F01',
    meterId,
    summary: `Meter ${meterId} reports a fault.`,
    raisedAt: new Date(at).toISOString(),
    figures: { powerKw: 0.3 },
    ...overrides,
  };
}

const raised = (alert: AlertRecord): AlertEvent => ({ type: 'raised', alert });
const resolved = (alert: AlertRecord, at: number): AlertEvent => ({ type: 'resolved', alert: { ...alert, resolvedAt: new Date(at).toISOString() } });

describe(AlertTable.name, () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let table: AlertTable;

  beforeAll(async () => {
    db = await createTestDatabase('alerttable');
    pool = new pg.Pool({ connectionString: db.url, max: 6 });
    await migrate(pool, await loadMigrations());
  });
  afterAll(async () => {
    await pool.end();
    await db.drop();
  });
  beforeEach(async () => {
    await pool.query('TRUNCATE alerts, alert_deliveries, alert_subscriptions; UPDATE alert_head SET last_seq = 0');
    table = new AlertTable(pool);
  });

  const rows = async () => (await pool.query<{ alert_id: string; resolved_at: Date | null }>('SELECT alert_id, resolved_at FROM alerts ORDER BY seq')).rows;

  it('keeps one row when two instances raise the same alert, at the same tick or a tick apart, and resolve it', async () => {
    const onA = fault('SITE-1', T0);
    const onB = fault('SITE-1', T0 + 1000);
    expect(await table.record([raised(onA)])).toEqual([{ alertId: onA.alertId, kind: 'meter-fault', change: 'raised', deliveries: 0 }]);
    expect(await table.record([raised(onA)])).toEqual([]);
    expect(await table.record([raised(onB)])).toEqual([]);
    // B resolves the alert it holds under its own id: the subject's active alert closes, whichever id it has.
    expect(await table.record([resolved(onB, T0 + 5000)])).toEqual([{ alertId: onA.alertId, kind: 'meter-fault', change: 'resolved', deliveries: 0 }]);
    expect(await table.record([resolved(onA, T0 + 6000)])).toEqual([]);
    expect(await rows()).toEqual([{ alert_id: onA.alertId, resolved_at: new Date(T0 + 5000) }]);
  });

  it('skips a lagging raise of an alert already resolved after it, and stores a new one raised later', async () => {
    const first = fault('SITE-2', T0);
    await table.record([raised(first), resolved(first, T0 + 2000)]);
    // Another instance saw the same fault a tick late (and its clearing too, later): the same episode.
    const late = fault('SITE-2', T0 + 2000);
    expect(await table.record([raised(late)])).toEqual([]);
    expect(await table.record([resolved(late, T0 + 3000)])).toEqual([]);
    // The meter fails again afterwards: a new alert.
    const again = fault('SITE-2', T0 + 4000);
    expect(await table.record([raised(again)])).toHaveLength(1);
    expect((await rows()).map((row) => row.alert_id)).toEqual([first.alertId, again.alertId]);
  });

  it('stores one row when two instances record the same raise at the same moment', async () => {
    const other = new pg.Pool({ connectionString: db.url, max: 2 });
    try {
      const alerts = Array.from({ length: 20 }, (_, i) => fault(`SITE-C${i}`, T0 + (i % 2) * 1000));
      const results = await Promise.all([new AlertTable(pool).record(alerts.map(raised)), new AlertTable(other).record([...alerts].reverse().map(raised))]);
      expect(results[0].length + results[1].length).toBe(20);
      expect(await rows()).toHaveLength(20);
    } finally {
      await other.end();
    }
  });

  it('queues a delivery per subscription whose filters the alert passes, only for the instance that stored it', async () => {
    const subscribe = (id: string, kind: string | null, severity: string | null, region: string | null) =>
      pool.query("INSERT INTO alert_subscriptions VALUES ($1, 'http://127.0.0.1:9/h', 'a-secret-of-16-chars', $2, $3, $4, now())", [id, kind, severity, region]);
    await subscribe('sub-all', null, null, null);
    await subscribe('sub-faults', 'meter-fault', null, null);
    await subscribe('sub-outages', 'feeder-outage', null, null);
    await subscribe('sub-critical', null, 'critical', null);
    await subscribe('sub-warning', null, 'warning', null);
    await subscribe('sub-old-town', null, null, 'old-town');
    const alert = fault('SITE-3', T0);
    expect(await table.record([raised(alert)])).toEqual([expect.objectContaining({ deliveries: 3 })]);
    expect(await table.record([raised(alert)])).toEqual([]);
    const queued = await pool.query<{ subscription_id: string; alert: AlertRecord; attempt: number }>('SELECT subscription_id, alert, attempt FROM alert_deliveries ORDER BY subscription_id');
    expect(queued.rows.map((row) => row.subscription_id)).toEqual(['sub-all', 'sub-faults', 'sub-warning']);
    expect(queued.rows[0]).toEqual({ subscription_id: 'sub-all', alert, attempt: 1 });
  });

  it('lists changes in commit order, raises and resolves, with the listing seq', async () => {
    const [a, b] = [fault('SITE-4', T0), fault('SITE-5', T0)];
    await table.record([raised(a), raised(b)]);
    await table.record([resolved(a, T0 + 1000)]);
    const changes = await table.changedAfter(0, 10);
    expect(changes.map((change) => [change.alert.alertId, change.alert.seq, change.alert.resolvedAt ?? null])).toEqual([
      [b.alertId, 2, null],
      [a.alertId, 1, new Date(T0 + 1000).toISOString()],
    ]);
    expect(changes.map((change) => change.changedSeq)).toEqual([2, 3]);
    expect(changes[1].alert).toEqual({ ...a, resolvedAt: new Date(T0 + 1000).toISOString(), seq: 1 });
    expect(await table.changedAfter(2, 10)).toHaveLength(1);
  });

  it('prunes resolved alerts past the newest kept, never active ones', async () => {
    const alerts = Array.from({ length: 6 }, (_, i) => fault(`SITE-P${i}`, T0));
    await table.record(alerts.map(raised));
    await table.record(alerts.slice(0, 5).map((alert) => resolved(alert, T0 + 1000)));
    expect(await table.prune(2)).toBe(3);
    expect((await rows()).map((row) => row.alert_id)).toEqual([alerts[3].alertId, alerts[4].alertId, alerts[5].alertId]);
  });
});
