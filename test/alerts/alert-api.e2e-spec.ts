import { get as httpGet } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/app.js';
import { sseFrameReader } from '../support/sse-frames.js';
import { waitFor } from '../support/wait-for.js';

const TICK_MS = 200;

interface Frame {
  event: string;
  data: { alertId?: string; value?: unknown[]; meterId?: string; resolvedAt?: string };
}

/** Collects the frames of the alert stream until `done` says enough. */
function readStream(port: number, done: (frames: Frame[]) => boolean): { frames: Frame[]; finished: Promise<void> } {
  const frames: Frame[] = [];
  const finished = new Promise<void>((resolve, reject) => {
    const req = httpGet({ port, path: '/api/alerts/stream' }, (response) => {
      response.setEncoding('utf8');
      response.on(
        'data',
        sseFrameReader(({ event, data }) => {
          frames.push({ event, data: JSON.parse(data) as Frame['data'] });
          if (done(frames)) {
            req.destroy();
            resolve();
          }
        }),
      );
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
  });
  return { frames, finished };
}

describe('alert listing and stream', () => {
  let app: TestApp;
  let port: number;
  const post = (readings: object[]) => request(app.server).post('/api/energy/readings').send({ readings }).expect(200);
  beforeAll(async () => {
    app = await startTestApp({ SIMULATOR: 'off', TICK_MS: String(TICK_MS), REAL_METER_SLOTS: '50' });
    await new Promise<void>((resolve) => app.server.listen(0, '127.0.0.1', resolve));
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => app.close());

  it('streams the active set at once, then each raise and resolve', async () => {
    const stream = readStream(port, (frames) => frames.some((frame) => frame.event === 'resolved'));
    await waitFor('the active frame', async () => stream.frames[0], 5000);
    expect(stream.frames[0]).toEqual({ event: 'active', data: { value: [] } });
    await post([{ meterId: 'STREAM-1', timestamp: new Date().toISOString(), powerKw: 1, status: 'fault' }]);
    await waitFor('the raise', async () => stream.frames.find((frame) => frame.event === 'raised'), 20 * TICK_MS);
    await post([{ meterId: 'STREAM-1', timestamp: new Date(Date.now() + 1).toISOString(), powerKw: 1, status: 'normal' }]);
    await stream.finished;
    const [raised, resolved] = stream.frames.slice(1);
    expect(raised).toMatchObject({ event: 'raised', data: { meterId: 'STREAM-1' } });
    expect(resolved).toMatchObject({ event: 'resolved', data: { alertId: raised.data.alertId, resolvedAt: expect.any(String) } });
  });

  it('pages newest first with nextLink and filters by state and kind', async () => {
    const at = new Date().toISOString();
    await post(Array.from({ length: 7 }, (_, i) => ({ meterId: `PAGE-${i}`, timestamp: at, powerKw: 1, status: 'fault' })));
    await waitFor('seven active faults', async () => ((await request(app.server).get('/api/alerts?state=active&kind=meter-fault')).body.activeCount >= 7 ? true : undefined), 20 * TICK_MS);
    const first = (await request(app.server).get('/api/alerts?state=active&top=4').expect(200)).body as { value: { alertId: string; raisedAt: string }[]; nextLink: string; activeCount: number };
    expect(first.value).toHaveLength(4);
    expect(first.nextLink).toMatch(/^http:\/\/127\.0\.0\.1(:\d+)?\/api\/alerts\?state=active&top=4&skipToken=\d+$/);
    const url = new URL(first.nextLink);
    const second = (await request(app.server).get(`${url.pathname}${url.search}`).expect(200)).body as { value: { alertId: string }[]; nextLink?: string };
    expect(second.value).toHaveLength(3);
    expect(second.nextLink).toBeUndefined();
    const ids = [...first.value, ...second.value].map((alert) => alert.alertId);
    expect(new Set(ids).size).toBe(7);
    const times = first.value.map((alert) => Date.parse(alert.raisedAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect((await request(app.server).get('/api/alerts?state=resolved').expect(200)).body.value.map((alert: { meterId: string }) => alert.meterId)).toEqual(['STREAM-1']);
    expect((await request(app.server).get('/api/alerts?kind=feeder-outage').expect(200)).body.value).toEqual([]);
  });
});
