import { get as httpGet, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WriterHostService } from '../../src/telemetry/writer-host.service.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { sseFrameReader } from '../support/sse-frames.js';
import { until } from '../support/wait-for.js';

interface SummaryEvent {
  tick: number;
  history: { tick: number }[];
  meterCount: number;
}

/** Reads `count` summary events from a live stream, then disconnects. */
function readEvents(port: number, count: number): Promise<{ events: SummaryEvent[]; response: IncomingMessage; firstEventMs: number }> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = httpGet({ port, path: '/api/energy/stream' }, (response) => {
      let firstEventMs = -1;
      const events: SummaryEvent[] = [];
      response.setEncoding('utf8');
      response.on(
        'data',
        sseFrameReader(({ event, data }) => {
          if (event !== 'summary') return;
          if (firstEventMs < 0) firstEventMs = Date.now() - started;
          events.push(JSON.parse(data) as SummaryEvent);
          if (events.length === count) {
            req.destroy();
            resolve({ events, response, firstEventMs });
          }
        }),
      );
    });
    req.on('error', (error) => {
      if (!req.destroyed) reject(error);
    });
  });
}

describe('GET /api/energy/stream', () => {
  let testApp: TestApp;
  let port: number;

  beforeAll(async () => {
    testApp = await startTestApp({ METER_COUNT: '200', TICK_MS: '100' });
    await new Promise<void>((resolve) => testApp.server.listen(0, '127.0.0.1', resolve));
    port = (testApp.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('sends a summary at once and then one per tick, each with only the newest history point', async () => {
    const host = testApp.app.get(WriterHostService);
    const listenersBefore = host.ticks.listenerCount('tick');
    const { events, response, firstEventMs } = await readEvents(port, 3);
    expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(firstEventMs).toBeLessThan(1000);
    expect(events[1].tick).toBeGreaterThan(events[0].tick);
    expect(events[2].tick).toBeGreaterThan(events[1].tick);
    for (const event of events) {
      expect(event.meterCount).toBe(200);
      expect(event.history).toHaveLength(1);
      expect(event.history[0].tick).toBe(event.tick);
    }
    // The server notices the disconnect and stops writing to the client.
    await until(() => host.ticks.listenerCount('tick') <= listenersBefore, 2000);
    expect(host.ticks.listenerCount('tick')).toBe(listenersBefore);
  });
});
