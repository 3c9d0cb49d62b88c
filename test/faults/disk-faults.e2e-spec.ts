import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import request from 'supertest';
import { SNAPSHOT_FILE, WriterHostService } from '../../src/telemetry/writer-host.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { postReadings, spawnApp } from './support/child-app.js';

const NOTES = 'test/fixtures/compliance-notes';
const MEMO = { title: 'Depot subsidy memo', content: 'Our heat pump subsidy covers 40 % of the cost of a heat pump installation at a substation depot.', contentType: 'text/plain' };
const QUESTION = { question: 'What share of a heat pump installation does the subsidy cover?' };
const isRoot = process.getuid?.() === 0;

/** Every file under a folder with a hash of its content: "nothing half-written" means this does not change. */
function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (at: string): void => {
    for (const name of readdirSync(at)) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

function setModes(dir: string, dirMode: number, fileMode: number): void {
  chmodSync(dir, dirMode);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) setModes(path, dirMode, fileMode);
    else chmodSync(path, fileMode);
  }
}

const tempFiles = (dir: string) => Object.keys(tree(dir)).filter((path) => /\.tmp|index\.(tmp|old)-/.test(path));

describe('fault: the disk under DATA_DIR is read-only', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'pg-readonly-'));
  });
  afterAll(() => {
    setModes(dataDir, 0o755, 0o644);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses writes with 503 STORAGE_UNAVAILABLE, keeps serving reads and leaves the files as they were', async () => {
    const env = { DATA_DIR: dataDir, COMPLIANCE_NOTES_DIR: NOTES, SNAPSHOT_MS: '86400000' };
    const at = new Date(Date.now() - 60_000).toISOString();
    const writer = await spawnApp(env);
    expect((await postReadings(writer.base, [{ meterId: 'SM-RO', timestamp: at, powerKw: 6.5 }])).status).toBe(200);
    const added = await fetch(`${writer.base}/api/compliance/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(MEMO) });
    expect(added.status).toBe(201);
    const documentId = ((await added.json()) as { documentId: string }).documentId;
    writer.child.kill('SIGTERM');
    expect((await writer.exited).code).toBe(0);

    // Root ignores file modes, so as root the app runs as nobody, for whom a root-owned folder is read-only.
    setModes(dataDir, 0o555, 0o444);
    const before = tree(dataDir);
    const app = await spawnApp(env, isRoot ? { uid: 65534, gid: 65534 } : {});
    try {
      const meter = (await (await fetch(`${app.base}/api/energy/meters/SM-RO`)).json()) as { latest: { powerKw: number } };
      expect(meter.latest.powerKw).toBe(6.5);
      const ask = await fetch(`${app.base}/api/compliance/ask`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(QUESTION) });
      expect(((await ask.json()) as { citations: { documentId: string }[] }).citations[0].documentId).toBe(documentId);

      const readings = await postReadings(app.base, [{ meterId: 'SM-RO', timestamp: new Date().toISOString(), powerKw: 7 }]);
      expect(readings).toMatchObject({ status: 503, body: { code: 'STORAGE_UNAVAILABLE' } });
      expect(String(readings.body.message)).toMatch(/EACCES|EROFS/);
      const upload = await fetch(`${app.base}/api/compliance/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...MEMO, title: 'Second memo' }) });
      expect(upload.status).toBe(503);
      expect(((await upload.json()) as { code: string }).code).toBe('STORAGE_UNAVAILABLE');
      const removal = await fetch(`${app.base}/api/compliance/documents/${documentId}`, { method: 'DELETE' });
      expect(removal.status).toBe(503);
      const health = (await (await fetch(`${app.base}/api/health`)).json()) as { status: string; components: { simulator: { status: string; detail: string } } };
      expect(health.status).toBe('degraded');
      expect(health.components.simulator.detail).toMatch(/readings log cannot be written/);
      const listed = (await (await fetch(`${app.base}/api/compliance/documents`)).json()) as { value: { documentId: string }[] };
      expect(listed.value.map((d) => d.documentId)).toContain(documentId);
    } finally {
      app.child.kill('SIGTERM');
    }
    expect((await app.exited).code).toBe(0);
    expect(app.output()).toMatch(/final snapshot failed/);
    expect(tree(dataDir)).toEqual(before);
  }, 60_000);
});

/** A real full disk needs a small file system; only root can mount one, so elsewhere the injected ENOSPC unit tests stand in. */
function mountTmpfs(dir: string, size: string): boolean {
  if (!isRoot) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('fault: the disk under DATA_DIR is full', () => {
  let mountPoint: string;
  let mounted = false;
  let app: TestApp | undefined;
  beforeAll(() => {
    mountPoint = mkdtempSync(join(tmpdir(), 'pg-full-'));
    mounted = mountTmpfs(mountPoint, '4m');
    if (!mounted) process.stdout.write('full-disk e2e skipped: mounting a tmpfs needs root; the ENOSPC unit tests cover the write paths\n');
  });
  afterAll(async () => {
    await app?.close({ keepData: true });
    if (mounted) execFileSync('umount', ['-l', mountPoint]);
    rmSync(mountPoint, { recursive: true, force: true });
  });

  it('refuses writes with 503 STORAGE_UNAVAILABLE, serves reads, leaves no temp file and recovers once space is freed', async () => {
    if (!mounted) return;
    const dataDir = join(mountPoint, 'data');
    mkdirSync(dataDir);
    app = await startTestApp({ DATA_DIR: dataDir, COMPLIANCE_NOTES_DIR: NOTES, METER_COUNT: '200', REAL_METER_SLOTS: '100', SNAPSHOT_MS: '86400000' });
    const host = app.app.get(WriterHostService);
    const at = new Date(Date.now() - 60_000).toISOString();
    await request(app.server).post('/api/energy/readings').send({ readings: [{ meterId: 'SM-FULL', timestamp: at, powerKw: 3.5 }] }).expect(200);
    const documentId = (await request(app.server).post('/api/compliance/documents').send(MEMO).expect(201)).body.documentId;
    await host.snapshot();
    const snapshotBefore = readFileSync(join(dataDir, SNAPSHOT_FILE));

    const filler = openSync(join(mountPoint, 'filler'), 'w');
    for (const size of [1 << 20, 1 << 16, 1 << 12]) {
      try {
        for (;;) writeSync(filler, Buffer.alloc(size));
      } catch (error) {
        expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
      }
    }
    closeSync(filler);

    // 10,000 readings need about 400 KB of log: more than is left.
    // (Newer than the simulator's last tick, so the store accepts every one of them.)
    const soon = new Date(Date.now() + 60_000).toISOString();
    const big = Array.from({ length: 10_000 }, (_, i) => ({ meterId: `MTR-${String((i % 200) + 1).padStart(7, '0')}`, timestamp: soon, powerKw: 1 }));
    const refused = await request(app.server).post('/api/energy/readings').send({ readings: big }).expect(503);
    expect(refused.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    expect(refused.body.message).toContain('ENOSPC');
    const upload = await request(app.server).post('/api/compliance/documents').send({ ...MEMO, title: 'Second memo', content: `${MEMO.content} ${'More text. '.repeat(5000)}` }).expect(503);
    expect(upload.body).toMatchObject({ code: 'STORAGE_UNAVAILABLE' });
    await expect(host.snapshot()).rejects.toThrow(/ENOSPC/);
    expect(tempFiles(dataDir)).toEqual([]);
    expect(readFileSync(join(dataDir, SNAPSHOT_FILE)).equals(snapshotBefore)).toBe(true);
    expect((await request(app.server).get('/api/health').expect(200)).body.components.simulator.status).toBe('degraded');

    expect((await request(app.server).get('/api/energy/meters/SM-FULL').expect(200)).body.latest.powerKw).toBe(3.5);
    const answer = (await request(app.server).post('/api/compliance/ask').send(QUESTION).expect(200)).body;
    expect(answer.citations[0].documentId).toBe(documentId);
    const listed = (await request(app.server).get('/api/compliance/documents').expect(200)).body.value;
    expect(listed.filter((d: { source: string }) => d.source === 'uploaded')).toHaveLength(1);

    rmSync(join(mountPoint, 'filler'));
    expect((await request(app.server).post('/api/energy/readings').send({ readings: big }).expect(200)).body.accepted).toBe(10_000);
    await request(app.server).post('/api/compliance/documents').send({ ...MEMO, title: 'Second memo' }).expect(201);
    await host.snapshot();
    expect((await request(app.server).get('/api/health').expect(200)).body.components.simulator.status).toBe('up');
    expect(tempFiles(dataDir)).toEqual([]);
  }, 60_000);
});
