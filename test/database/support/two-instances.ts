import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApp, type ChildApp } from '../../faults/support/child-app.js';

/**
 * Two app processes (`node dist/main.js`) on one database, as two instances behind a load balancer:
 * each has a DATA_DIR of its own, which the database mode uses for nothing shared.
 */
export async function spawnInstance(databaseUrl: string, env: Record<string, string> = {}): Promise<ChildApp & { dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'powergrid-instance-'));
  const app = await spawnApp({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, ...env });
  void app.exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  return Object.assign(app, { dataDir });
}

export async function stopInstance(app: ChildApp | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  await app.exited;
}
