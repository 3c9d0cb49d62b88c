import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { sleep } from '../../support/wait-for.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = `${ROOT}dist/main.js`;

export interface ChildApp {
  child: ChildProcess;
  base: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>;
}

/** Apps still running. A test that fails before it stops its app must not leave it behind: Jest would wait for it forever. */
const running = new Set<ChildProcess>();
afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
});

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A test run under libfaketime (to try other hours of the simulated day) keeps its apps on its own clock. */
function sameClock(): Record<string, string> {
  return Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => /^(LD_PRELOAD|FAKETIME\w*)$/.test(e[0]) && e[1] !== undefined));
}

/**
 * Runs the built server (`node dist/main.js`, as production does) on a free port, optionally as another
 * user; resolves once it answers /api/health. Needs `npm run build:server` first (the test script does it).
 */
export async function spawnApp(env: Record<string, string>, options: { uid?: number; gid?: number } = {}): Promise<ChildApp> {
  // Without one the app would default to ./data, the user's own store.
  if (!env.DATA_DIR) throw new Error('spawnApp needs a DATA_DIR (a temporary folder): a test must never touch ./data');
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build:server first`);
  const port = await freePort();
  let output = '';
  let stoppedAt = 0;
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...sameClock(), NODE_ENV: 'test', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'log', METER_COUNT: '200', TICK_MS: '1000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    uid: options.uid,
    gid: options.gid,
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; afterMs: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, afterMs: stoppedAt ? Date.now() - stoppedAt : -1 })),
  );
  const originalKill = child.kill.bind(child);
  child.kill = (signal?: NodeJS.Signals | number) => {
    stoppedAt = Date.now();
    return originalKill(signal);
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  let gone = false;
  void exited.then(() => (gone = true));
  while (Date.now() < deadline && !gone) {
    try {
      await fetch(`${base}/api/health`);
      return { child, base, output: () => output, exited };
    } catch {
      await sleep(100);
    }
  }
  originalKill('SIGKILL');
  throw new Error(`the app did not start:\n${output}`);
}

/** A batch of distinct real meters, one reading each, all at `at`. */
export function readingsBatch(prefix: string, count: number, at: string, power: (i: number) => number): { meterId: string; timestamp: string; powerKw: number }[] {
  return Array.from({ length: count }, (_, i) => ({ meterId: `${prefix}${i}`, timestamp: at, powerKw: power(i) }));
}

export async function postReadings(base: string, readings: unknown[]): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${base}/api/energy/readings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ readings }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Every meter whose id contains `search`, with its latest power and timestamp, read page by page. */
export async function latestBySearch(base: string, search: string): Promise<Map<string, { powerKw: number; timestamp: string }>> {
  const found = new Map<string, { powerKw: number; timestamp: string }>();
  let url: string | undefined = `${base}/api/energy/telemetry?search=${encodeURIComponent(search)}&top=1000`;
  while (url) {
    const page = (await (await fetch(url)).json()) as { value: { meterId: string; powerKw: number; timestamp: string }[]; nextLink?: string };
    for (const reading of page.value) found.set(reading.meterId, { powerKw: reading.powerKw, timestamp: reading.timestamp });
    url = page.nextLink ? page.nextLink.replace(/^https?:\/\/[^/]+/, base) : undefined;
  }
  return found;
}
