import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from '../faults/support/child-app.js';

const run = promisify(execFile);
/** initdb refuses to run as root, so a root test run (CI) creates this unprivileged user once. */
const CLUSTER_USER = 'powergrid-pg';

export interface ThrowawayCluster {
  url: string;
  port: number;
  start(): Promise<void>;
  /** 'immediate' is a crash (no checkpoint); 'fast' a clean stop that cuts every client. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  destroy(): Promise<void>;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error('initdb not found under /usr/lib/postgresql (apt-get install postgresql)');
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

function clusterOwner(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    execFileSync('id', ['-u', CLUSTER_USER], { stdio: 'ignore' });
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', CLUSTER_USER]);
  }
  const uid = Number(execFileSync('id', ['-u', CLUSTER_USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', CLUSTER_USER]).toString().trim());
  return { uid, gid };
}

/**
 * A PostgreSQL cluster of the test's own (initdb and pg_ctl in a temporary folder, on a free port), so that a
 * test may stop and restart the database without touching the machine's shared server.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  const bin = binDir();
  const owner = clusterOwner();
  const dir = await mkdtemp(join(tmpdir(), 'powergrid-pg-'));
  const data = join(dir, 'data');
  if (owner) await chown(dir, owner.uid, owner.gid);
  const as = { ...(owner ?? {}), env: { PATH: process.env.PATH ?? '', LANG: 'C', LC_ALL: 'C' } };
  await run(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8'], as);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const cluster: ThrowawayCluster = {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    start: async () => {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start'], as);
    },
    stop: async (mode = 'fast') => {
      await run(join(bin, 'pg_ctl'), ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'], as);
    },
    destroy: async () => {
      await cluster.stop('immediate').catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
  await cluster.start();
  return cluster;
}
