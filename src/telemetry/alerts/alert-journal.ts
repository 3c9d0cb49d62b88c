import { existsSync, readFileSync } from 'node:fs';
import { appendFile, mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import { writeJsonAtomic } from './atomic-json.js';
import type { AlertEvent } from './alert-types.js';
import type { LoggedAlert } from './alert-log.js';

export const ALERTS_DIR = 'alerts';
const SNAPSHOT_FILE = 'alerts.json';
const JOURNAL_FILE = 'alerts.jsonl';

export interface JournalContents {
  alerts: LoggedAlert[];
  events: AlertEvent[];
  /** Lines that could not be read (a write cut short by a crash); ignored. */
  tornLines: number;
}

/**
 * Keeps the alert log on disk beside the store's snapshot and readings log: raised and resolved events are
 * appended to a journal as they arrive, and `compact` (run with every store snapshot) writes the whole log
 * atomically and empties the journal. Every write goes through one promise chain, so a compaction never
 * loses an event appended while it ran: an event is either in the snapshot it wrote or in the journal after it.
 */
export class AlertJournal {
  private chain: Promise<void> = Promise.resolve();

  constructor(readonly dir: string) {}

  read(): JournalContents {
    const contents: JournalContents = { alerts: [], events: [], tornLines: 0 };
    const snapshot = join(this.dir, SNAPSHOT_FILE);
    if (existsSync(snapshot)) contents.alerts = JSON.parse(readFileSync(snapshot, 'utf8')) as LoggedAlert[];
    const journal = join(this.dir, JOURNAL_FILE);
    if (!existsSync(journal)) return contents;
    for (const line of readFileSync(journal, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      try {
        contents.events.push(JSON.parse(line) as AlertEvent);
      } catch {
        contents.tornLines++;
      }
    }
    return contents;
  }

  append(events: readonly AlertEvent[]): Promise<void> {
    if (events.length === 0) return this.chain;
    const text = events.map((event) => JSON.stringify(event)).join('\n') + '\n';
    return this.enqueue(async () => {
      await mkdir(this.dir, { recursive: true });
      await appendFile(join(this.dir, JOURNAL_FILE), text);
    });
  }

  /** `snapshot` is called when the write starts, so it holds every event appended before. */
  compact(snapshot: () => readonly LoggedAlert[]): Promise<void> {
    return this.enqueue(async () => {
      await writeJsonAtomic(join(this.dir, SNAPSHOT_FILE), snapshot());
      const journal = join(this.dir, JOURNAL_FILE);
      if (!existsSync(journal)) return;
      const handle = await open(journal, 'r+');
      try {
        await handle.truncate(0);
        await handle.sync();
      } finally {
        await handle.close();
      }
    });
  }

  private enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.chain.then(step);
    this.chain = run.catch(() => undefined);
    return run;
  }
}
