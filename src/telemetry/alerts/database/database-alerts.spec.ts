import { loadConfig } from '../../../config/load-config.js';
import { DatabaseService } from '../../../common/database/database.service.js';
import { HealthRegistry } from '../../../ops/health-registry.js';
import { startThrowawayCluster, type ThrowawayCluster } from '../../../../test/support/throwaway-postgres.js';
import { waitFor } from '../../../../test/support/wait-for.js';
import { AlertLog, type LoggedAlert } from '../alert-log.js';
import type { AlertEvent, AlertRecord } from '../alert-types.js';
import type { RecordedChange } from './alert-table.js';
import { DatabaseAlerts } from './database-alerts.js';

const T0 = Date.parse('2026-03-01T10:00:00.000Z');

function outage(feeder: string, at: number): AlertRecord {
  return { alertId: `fo-${feeder}-${at.toString(36)}`, kind: 'feeder-outage', severity: 'critical', subjectType: 'feeder', subject: feeder, region: 'harbour', feeder, summary: 's', raisedAt: new Date(at).toISOString(), figures: { metersOut: 3, meters: 4 } };
}

/** One instance's side: its database link (the real service), its mirror, what its hooks saw. */
interface Side {
  db: DatabaseService;
  log: AlertLog;
  alerts: DatabaseAlerts;
  changed: [AlertEvent['type'], string][];
  recorded: RecordedChange[];
}

describe(DatabaseAlerts.name, () => {
  let cluster: ThrowawayCluster;
  let a: Side;
  let b: Side;

  async function side(): Promise<Side> {
    const db = new DatabaseService(loadConfig({ DATABASE_URL: cluster.url, DATA_DIR: '/nonexistent-never-written' }), new HealthRegistry());
    await db.ready();
    const log = new AlertLog();
    const made: Side = { db, log, alerts: undefined as unknown as DatabaseAlerts, changed: [], recorded: [] };
    made.alerts = new DatabaseAlerts(db, log, {
      changed: (type, alert: LoggedAlert) => made.changed.push([type, alert.alertId]),
      recorded: (changes) => made.recorded.push(...changes),
      warn: () => undefined,
    }, { pollMs: 200, maxPending: 100 });
    await made.alerts.start();
    return made;
  }

  beforeAll(async () => {
    cluster = await startThrowawayCluster();
    a = await side();
    b = await side();
  }, 60_000);

  afterAll(async () => {
    for (const s of [a, b]) {
      await s?.alerts.stop();
      await s?.db.onApplicationShutdown();
    }
    await cluster?.destroy();
  });

  it('mirrors on every instance what any of them recorded, and counts a raise once, for the instance that stored it', async () => {
    const onA = outage('harbour-F01', T0);
    a.alerts.record([{ type: 'raised', alert: onA }]);
    await waitFor('the raise on B', async () => b.log.get(onA.alertId), 5000);
    // B's writer saw the same outage a tick later: nothing new.
    b.alerts.record([{ type: 'raised', alert: outage('harbour-F01', T0 + 1000) }]);
    b.alerts.record([{ type: 'resolved', alert: { ...outage('harbour-F01', T0 + 1000), resolvedAt: new Date(T0 + 9000).toISOString() } }]);
    // Each mirror follows the table on its own: A's poll can bring the resolve before B's own pull after recording it.
    for (const [name, s] of [['A', a], ['B', b]] as const) await waitFor(`the resolve on ${name}`, async () => s.log.get(onA.alertId)?.resolvedAt, 5000);
    for (const s of [a, b]) {
      expect(s.log.all().map((alert) => alert.alertId)).toEqual([onA.alertId]);
      expect(s.changed).toEqual([['raised', onA.alertId], ['resolved', onA.alertId]]);
    }
    expect(a.recorded.map((change) => change.change)).toEqual(['raised']);
    expect(b.recorded.map((change) => change.change)).toEqual(['resolved']);
  });

  it('keeps the events of ticks while the database is away and records them once it is back', async () => {
    await cluster.stop('fast');
    const during = outage('harbour-F02', T0 + 20_000);
    a.alerts.record([{ type: 'raised', alert: during }]);
    await waitFor('A to notice the outage', async () => (a.db.up ? undefined : true), 10_000);
    expect(a.alerts.pendingEvents).toBe(1);
    expect(a.log.get(during.alertId)).toBeUndefined();
    await cluster.start();
    await waitFor('the raise recorded and mirrored on B', async () => b.log.get(during.alertId), 30_000);
    // B can read the committed row a moment before A's call returns and A drops the event from its queue.
    await waitFor('A to empty its queue', async () => (a.alerts.pendingEvents === 0 ? true : undefined), 5000);
    await waitFor('the raise mirrored on A', async () => a.log.get(during.alertId), 5000);
  }, 60_000);
});
