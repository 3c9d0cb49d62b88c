import { appendFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertJournal } from './alert-journal.js';
import { AlertLog } from './alert-log.js';
import type { AlertEvent } from './alert-types.js';

const raised = (n: number): AlertEvent => ({
  type: 'raised',
  alert: { alertId: `fo-${n}`, kind: 'feeder-outage', severity: 'critical', subjectType: 'feeder', subject: `harbour-F0${n}`, region: 'harbour', summary: 's', raisedAt: '2026-12-01T10:00:00.000Z', figures: { metersOut: 3, meters: 3 } },
});

describe(AlertJournal.name, () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alert-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('brings back the log from snapshot plus journal, ignoring a torn last line', async () => {
    const journal = new AlertJournal(dir);
    const log = new AlertLog();
    for (const event of [raised(1), raised(2)]) log.apply(event);
    await journal.append([raised(1), raised(2)]);
    await journal.compact(() => log.all());
    const resolved: AlertEvent = { type: 'resolved', alert: { ...raised(1).alert, resolvedAt: '2026-12-01T10:05:00.000Z' } };
    await journal.append([resolved, raised(3)]);
    appendFileSync(join(dir, 'alerts.jsonl'), '{"type":"rai');
    const contents = new AlertJournal(dir).read();
    expect(contents.alerts.map((a) => a.alertId)).toEqual(['fo-1', 'fo-2']);
    expect(contents.events.map((e) => `${e.type}:${e.alert.alertId}`)).toEqual(['resolved:fo-1', 'raised:fo-3']);
    expect(contents.tornLines).toBe(1);
    const restored = new AlertLog();
    restored.load(contents.alerts);
    for (const event of contents.events) restored.apply(event);
    expect(restored.active().map((a) => a.alertId)).toEqual(['fo-2', 'fo-3']);
  });

  it('loses no event appended while a compaction runs', async () => {
    const journal = new AlertJournal(dir);
    const log = new AlertLog();
    log.apply(raised(1));
    const compaction = journal.compact(() => log.all());
    log.apply(raised(2));
    const append = journal.append([raised(2)]);
    await Promise.all([compaction, append]);
    const contents = journal.read();
    // An event may be in both the snapshot and the journal; replay is idempotent, so only a missing one would matter.
    const restored = new AlertLog();
    restored.load(contents.alerts);
    for (const event of contents.events) restored.apply(event);
    expect(restored.active().map((a) => a.alertId)).toEqual(['fo-1', 'fo-2']);
  });
});
