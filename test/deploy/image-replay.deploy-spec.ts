import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sleep } from '../support/wait-for.js';
import { execForm, parseDockerfile } from './support/dockerfile.js';
import { DockerIgnore } from './support/dockerignore.js';
import { contextFiles, replayStage, writeContext, type ReplayedStage } from './support/image-replay.js';

// Replays the Dockerfile without a Docker engine: the same context (.dockerignore applied), the build
// stage's COPY and RUN lines (npm ci, build, prune) in a scratch directory, then only what the runtime stage
// copies, started with the runtime stage's ENV and CMD. A recipe that cannot build or start fails here.

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const STEP_TIMEOUT_MS = 10 * 60 * 1000;
// Used only by tests, benchmarks and the client build. (react-dom, jsdom and playwright-core are client
// devDependencies too, but npm keeps them as installed optional peers of @langchain/community and langgraph.)
const DEV_ONLY_PACKAGES = ['jest', 'ts-jest', '@nestjs/cli', '@nestjs/testing', 'supertest', '@cdktf/hcl2json', 'vite', 'vitest', '@vitejs/plugin-react', 'tsx', 'autocannon'];

const stages = parseDockerfile(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'));
const ignore = DockerIgnore.parse(readFileSync(join(ROOT, '.dockerignore'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'powergrid-image-'));
let gitStatusBefore: string;
let build: ReplayedStage;
let runtime: ReplayedStage;
let app: ChildProcess | undefined;

/** The machine's environment for npm (PATH, cache, certificates) without what Jest and npm run add. */
function machineEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value === undefined || /^(NODE_ENV|JEST_WORKER_ID|INIT_CWD|npm_lifecycle_.*|npm_package_.*|npm_command)$/.test(key)) continue;
    env[key] = value;
  }
  return env;
}

function gitStatus(): string {
  return execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: ROOT, encoding: 'utf8' });
}

/**
 * The image runs as an unprivileged user that owns only DATA_DIR. When the replay runs as root (CI), the app
 * runs as nobody, so writing anywhere but DATA_DIR fails here as it would in the container.
 */
function unprivileged(dataDir: string): { uid?: number; gid?: number } {
  mkdirSync(dataDir, { recursive: true });
  if (process.getuid?.() !== 0) return {};
  const nobody = 65534;
  chmodSync(scratch, 0o755);
  chownSync(dataDir, nobody, nobody);
  return { uid: nobody, gid: nobody };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let last = 0;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited with ${child.exitCode} before it was healthy:\n${output()}`);
    last = await fetch(url).then((response) => response.status, () => 0);
    if (last === 200) return last;
    await sleep(250);
  }
  throw new Error(`GET ${url} answered ${last}, not 200, within ${timeoutMs} ms:\n${output()}`);
}

beforeAll(() => {
  gitStatusBefore = gitStatus();
  const context = join(scratch, 'context');
  writeContext(ROOT, contextFiles(ROOT, ignore), context);
  const options = { context, earlier: new Map<string, ReplayedStage>(), baseEnv: machineEnv(), timeoutMs: STEP_TIMEOUT_MS };
  build = replayStage(stages[0], join(scratch, 'build'), { ...options, runCommands: true });
  options.earlier.set(stages[0].name ?? '0', build);
  runtime = replayStage(stages[stages.length - 1], join(scratch, 'runtime'), { ...options, runCommands: false });
});

afterAll(() => {
  if (app && app.exitCode === null) app.kill('SIGKILL');
  rmSync(scratch, { recursive: true, force: true });
});

describe('the Dockerfile replayed without Docker', () => {
  it('keeps secrets and local state out of the context it builds from', () => {
    const context = contextFiles(ROOT, ignore);
    expect(context).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'Dockerfile']));
    expect(context.filter((path) => /(^|\/)\.env(\.|$)|^data\/|^node_modules\/|^terraform\//.test(path))).toEqual([]);
  });

  it('builds and prunes: the runtime copy has production dependencies only, and the native addon loads', () => {
    const modules = join(runtime.root, runtime.workdir, 'node_modules');
    expect(DEV_ONLY_PACKAGES.filter((name) => existsSync(join(modules, name)))).toEqual([]);
    expect(existsSync(join(runtime.root, runtime.workdir, 'dist/main.js'))).toBe(true);
    const addon = spawnSync(process.execPath, ['-e', "const { HierarchicalNSW } = require('hnswlib-node'); new HierarchicalNSW('cosine', 8).initIndex(4); console.log('ok')"], {
      cwd: join(runtime.root, runtime.workdir),
      encoding: 'utf8',
    });
    expect({ out: addon.stdout.trim(), err: addon.stderr }).toEqual({ out: 'ok', err: '' });
  });

  it('starts the pruned app unprivileged with the image ENV and CMD, passes its HEALTHCHECK and exits 0 on SIGTERM', async () => {
    const cmd = execForm(runtime.stage.instructions.filter((i) => i.keyword === 'CMD').at(-1)?.args ?? '');
    expect(cmd?.[0]).toBe('node');
    const port = await freePort();
    const dataDir = join(scratch, 'data');
    const env = { ...machineEnv(), ...runtime.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SIMULATOR: 'on', METER_COUNT: '1000', LOG_LEVEL: 'warn' };
    let output = '';
    const user = unprivileged(dataDir);
    app = spawn(process.execPath, (cmd as string[]).slice(1), { cwd: join(runtime.root, runtime.workdir), env, stdio: ['ignore', 'pipe', 'pipe'], ...user });
    app.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    app.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(`${base}/api/health`, app, () => output, 120_000);

    const healthcheck = runtime.stage.instructions.find((i) => i.keyword === 'HEALTHCHECK')?.args ?? '';
    const probe = execForm(healthcheck.replace(/^(--\S+\s+)*CMD\s+/, '')) as string[];
    const probed = spawnSync(process.execPath, probe.slice(1), { env: { ...env }, encoding: 'utf8', timeout: 10_000, ...user });
    expect({ status: probed.status, err: probed.stderr }).toEqual({ status: 0, err: '' });

    expect((await fetch(`${base}/docs`)).status).toBe(200);
    // Whenever the build produced the dashboard, the runtime must serve it (a forgotten COPY fails here).
    if (existsSync(join(build.root, build.workdir, 'client/dist/index.html'))) {
      const page = await fetch(`${base}/`);
      expect({ status: page.status, type: page.headers.get('content-type') }).toEqual({ status: 200, type: expect.stringContaining('text/html') });
    }

    const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) => app?.once('exit', (code, signal) => resolve({ code, signal })));
    app.kill('SIGTERM');
    expect(await exited).toEqual({ code: 0, signal: null });
  });

  it('leaves the working tree as it found it', () => {
    expect(gitStatus()).toBe(gitStatusBefore);
  });
});
