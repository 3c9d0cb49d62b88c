import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MIN_WORKER_OLD_SPACE_MB, runWorkerTask, WorkerTaskError } from './worker-task.js';

describe('runWorkerTask', () => {
  let dir: string;
  const script = (name: string, source: string): URL => {
    const file = join(dir, name);
    writeFileSync(file, source);
    return pathToFileURL(file);
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'worker-task-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('returns what the worker posts', async () => {
    const echo = script('echo.mjs', "import { parentPort, workerData } from 'node:worker_threads';\nparentPort.postMessage({ ok: true, value: workerData * 2 });\n");
    await expect(runWorkerTask<number>(echo, 21, { timeoutMs: 30_000 })).resolves.toEqual({ ok: true, value: 42 });
  });

  // On Node 24 a 1 MB limit used to abort the whole test process (V8: "GC during deserialization").
  it('reports a worker over a tiny memory limit as out of memory, and this process lives on', async () => {
    const hog = script('hog.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ready: true });\nconst kept = [];\nfor (;;) kept.push(new Array(100_000).fill(kept.length));\n");
    const run = runWorkerTask(hog, undefined, { timeoutMs: 60_000, startupTimeoutMs: 60_000, resourceLimits: { maxOldGenerationSizeMb: 1 } });
    await expect(run).rejects.toBeInstanceOf(WorkerTaskError);
    await expect(run).rejects.toMatchObject({ reason: 'memory' });
    expect(MIN_WORKER_OLD_SPACE_MB).toBeGreaterThanOrEqual(4);
  }, 90_000);

  // hnswlib-node aborts the whole process when a worker is terminated inside one of its calls, so a task that
  // holds an index is asked to stop, never terminated.
  it('asks a task to stop through its signal and hears its reply, without terminating it', async () => {
    const stopping = new AbortController();
    const run = runWorkerTask(new URL('./stop-task.fixture.js', import.meta.url), undefined, { timeoutMs: 30_000, signal: stopping.signal });
    stopping.abort();
    await expect(run).resolves.toEqual({ ok: false, message: expect.stringContaining('stop-task.fixture was asked to stop') });
  }, 60_000);

  it('asks a task that hears stops to stop at its time limit, and terminates it only after the grace', async () => {
    const marker = join(dir, 'stopped-marker');
    const polite = script(
      'polite.mjs',
      "import { parentPort } from 'node:worker_threads';\nimport { writeFileSync } from 'node:fs';\nparentPort.postMessage({ ready: true });\n" +
        `parentPort.on('message', (m) => { if (m && m.stop) { writeFileSync(${JSON.stringify(marker)}, 'x'); parentPort.postMessage({ ok: false, message: 'stopped' }); } });\n`,
    );
    await expect(runWorkerTask(polite, undefined, { timeoutMs: 200, startupTimeoutMs: 60_000, stopGraceMs: 30_000 })).rejects.toMatchObject({ reason: 'timeout' });
    expect(existsSync(marker)).toBe(true);
    const deaf = script('deaf.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ready: true });\nfor (;;);\n");
    await expect(runWorkerTask(deaf, undefined, { timeoutMs: 200, startupTimeoutMs: 60_000, stopGraceMs: 300 })).rejects.toMatchObject({ reason: 'timeout' });
  }, 90_000);

  it('stops a task that runs past its time limit', async () => {
    const spin = script('spin.mjs', "import { parentPort } from 'node:worker_threads';\nparentPort.postMessage({ ready: true });\nfor (;;);\n");
    await expect(runWorkerTask(spin, undefined, { timeoutMs: 200, startupTimeoutMs: 60_000 })).rejects.toMatchObject({ reason: 'timeout' });
  }, 90_000);
});
