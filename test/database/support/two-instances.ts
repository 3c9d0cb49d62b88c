import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApp, type ChildApp } from '../../faults/support/child-app.js';

export type Instance = ChildApp & { dataDir: string };

const dataDirs = new Set<string>();
afterAll(() => {
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});

/**
 * One app process (`node dist/main.js`) in the database mode, as one instance behind a load balancer, with a
 * DATA_DIR of its own (its snapshot; nothing shared lives there). Pass `dataDir` to restart an instance on its
 * old one.
 */
export async function spawnInstance(databaseUrl: string, env: Record<string, string> = {}, dataDir?: string): Promise<Instance> {
  const dir = dataDir ?? mkdtempSync(join(tmpdir(), 'powergrid-instance-'));
  dataDirs.add(dir);
  const app = await spawnApp({ DATABASE_URL: databaseUrl, DATA_DIR: dir, ...env });
  return Object.assign(app, { dataDir: dir });
}

export async function stopInstance(app: ChildApp | undefined): Promise<void> {
  if (!app || app.child.exitCode !== null || app.child.signalCode !== null) return;
  app.child.kill('SIGTERM');
  await app.exited;
}
