import { setTimeout as sleep } from 'node:timers/promises';
import { WorkerSupervisor, type GoneKind, type WorkerSupervisorOptions } from './worker-supervisor.js';
import { startTestWorker, type TestIn, type TestOut } from './test-worker.fixture.js';

interface Harness {
  supervisor: WorkerSupervisor<TestIn, TestOut>;
  gone: { reason: string; kind: GoneKind }[];
  restarted: number[];
  failedRestarts: string[];
  delays: number[];
  spawns: boolean[];
  other: TestOut[];
}

function harness(overrides: Partial<WorkerSupervisorOptions<TestOut>> & { failRestarts?: number } = {}): Harness {
  const h: Omit<Harness, 'supervisor'> = { gone: [], restarted: [], failedRestarts: [], delays: [], spawns: [], other: [] };
  let failRestarts = overrides.failRestarts ?? 0;
  const supervisor = new WorkerSupervisor<TestIn, TestOut>({
    name: 'test worker',
    spawn: (restart) => {
      h.spawns.push(restart);
      const failStart = restart && failRestarts-- > 0;
      return startTestWorker({ failStart });
    },
    ready: (message) => {
      if (message.type === 'failed') throw new Error(message.message);
    },
    replyId: (message) => (message.type === 'echo' ? message.id : undefined),
    onMessage: (message) => h.other.push(message),
    readyTimeoutMs: 10_000,
    hangLimitMs: 300,
    restartDelayMs: (attempt) => {
      h.delays.push(attempt);
      return 20 * 2 ** (attempt - 1);
    },
    onGone: (reason, kind) => h.gone.push({ reason, kind }),
    onRestarted: (attempt) => h.restarted.push(attempt),
    onRestartFailed: (reason) => h.failedRestarts.push(reason),
    ...overrides,
  });
  return { ...h, supervisor };
}

async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await sleep(10);
  }
}

const echo = (s: WorkerSupervisor<TestIn, TestOut>, value: string, watched = false) =>
  s.request((id) => ({ type: 'echo', id, value }), [], { watched });

describe(WorkerSupervisor.name, () => {
  const started: WorkerSupervisor<TestIn, TestOut>[] = [];
  const track = (h: Harness): Harness => (started.push(h.supervisor), h);
  afterEach(async () => {
    await Promise.all(started.splice(0).map((s) => s.stop('spec done')));
  });

  it('matches replies to requests and passes other messages on', async () => {
    const { supervisor, other } = track(harness());
    await supervisor.start();
    const replies = await Promise.all(['a', 'b', 'c'].map((v) => echo(supervisor, v)));
    expect(replies.map((r) => (r.type === 'echo' ? r.value : r.type))).toEqual(['a', 'b', 'c']);
    supervisor.post({ type: 'ping' });
    await until(() => other.length === 1);
    expect(other).toEqual([{ type: 'pong' }]);
  });

  it('restarts a worker that exits, failing its pending requests, then serves requests again', async () => {
    const h = track(harness());
    await h.supervisor.start();
    h.supervisor.post({ type: 'exit' });
    const waiting = echo(h.supervisor, 'lost');
    await expect(waiting).rejects.toThrow('test worker exited with code 3');
    expect(h.gone).toEqual([{ reason: 'test worker exited with code 3', kind: 'exit' }]);
    expect(h.supervisor.running).toBe(false);
    await expect(echo(h.supervisor, 'while down')).rejects.toThrow('exited with code 3');
    await until(() => h.restarted.length === 1);
    expect(h.spawns).toEqual([false, true]);
    expect(h.supervisor.restartAttempt).toBe(1);
    await expect(echo(h.supervisor, 'back')).resolves.toEqual({ type: 'echo', id: expect.any(Number), value: 'back' });
    expect(h.supervisor.markRecovered()).toBe(1);
    expect(h.supervisor.restartAttempt).toBeUndefined();
    expect(h.supervisor.error).toBeUndefined();
  });

  it('restarts a worker that throws from its event loop', async () => {
    const h = track(harness());
    await h.supervisor.start();
    h.supervisor.post({ type: 'throw' });
    await until(() => h.restarted.length === 1);
    expect(h.gone[0]).toEqual({ reason: 'test worker crashed: boom', kind: 'crash' });
  });

  it('backs off with a longer delay after each failed restart, and one restart at a time', async () => {
    const h = track(harness({ failRestarts: 2 }));
    await h.supervisor.start();
    h.supervisor.post({ type: 'exit' });
    await until(() => h.restarted.length === 1);
    expect(h.delays).toEqual([1, 2, 3]);
    expect(h.failedRestarts).toEqual(['restart 1 failed: cannot start', 'restart 2 failed: cannot start']);
    expect(h.spawns).toEqual([false, true, true, true]);
    expect(h.restarted).toEqual([3]);
    await sleep(200);
    expect(h.spawns).toHaveLength(4);
  });

  it('terminates and replaces a worker that hangs on a watched request', async () => {
    const h = track(harness());
    await h.supervisor.start();
    h.supervisor.post({ type: 'hang' });
    const waiting = echo(h.supervisor, 'never', true);
    h.supervisor.checkHang();
    expect(h.gone).toEqual([]);
    await sleep(350);
    h.supervisor.checkHang();
    await expect(waiting).rejects.toThrow(/test worker did not answer for \d+ ms \(limit 300 ms\)/);
    expect(h.gone.map((g) => g.kind)).toEqual(['hang']);
    await until(() => h.restarted.length === 1);
    await expect(echo(h.supervisor, 'alive')).resolves.toMatchObject({ value: 'alive' });
  });

  it('counts busy() work (a tick sent) in the watchdog, and ignores an idle worker', async () => {
    let now = 1_000_000;
    const h = track(harness({ now: () => now }));
    await h.supervisor.start();
    now += 60_000;
    h.supervisor.checkHang();
    expect(h.gone).toEqual([]);
    h.supervisor.busy(now);
    now += 299;
    h.supervisor.checkHang();
    expect(h.gone).toEqual([]);
    now += 1;
    h.supervisor.checkHang();
    expect(h.gone).toEqual([{ reason: 'test worker did not answer for 300 ms (limit 300 ms)', kind: 'hang' }]);
  });

  it('leaves a worker that is still starting to the ready timeout, posting nothing to it', async () => {
    let now = 1_000_000;
    const h = track(harness({ spawn: () => startTestWorker({ silent: true }), now: () => now, readyTimeoutMs: 300 }));
    const starting = h.supervisor.start();
    h.supervisor.busy(now);
    now += 60_000;
    h.supervisor.checkHang();
    expect(h.gone).toEqual([]);
    expect(h.supervisor.running).toBe(false);
    await expect(echo(h.supervisor, 'early')).rejects.toThrow('the test worker is not running');
    await expect(starting).rejects.toThrow('did not start in time');
  });

  it('fails start when the worker reports it cannot start, without scheduling a restart', async () => {
    const h = track(harness({ spawn: () => startTestWorker({ failStart: true }) }));
    await expect(h.supervisor.start()).rejects.toThrow('cannot start');
    expect(h.supervisor.running).toBe(false);
    await sleep(100);
    expect(h.restarted).toEqual([]);
    expect(h.gone).toEqual([]);
  });

  it('fails start when the worker never says it is ready', async () => {
    const h = track(harness({ spawn: () => startTestWorker({ silent: true }), readyTimeoutMs: 100 }));
    await expect(h.supervisor.start()).rejects.toThrow('the test worker did not start in time');
    expect(h.supervisor.running).toBe(false);
  });

  it('stop() fails pending requests and never restarts', async () => {
    const h = track(harness());
    await h.supervisor.start();
    h.supervisor.post({ type: 'hang' });
    const waiting = echo(h.supervisor, 'pending');
    await h.supervisor.stop('shutting down');
    await expect(waiting).rejects.toThrow('shutting down');
    await sleep(100);
    expect(h.gone).toEqual([]);
    expect(h.spawns).toEqual([false]);
    await expect(echo(h.supervisor, 'after')).rejects.toThrow('shutting down');
  });
});
