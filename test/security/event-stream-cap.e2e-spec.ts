import { get as httpGet, type ClientRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventStreams } from '../../src/common/http/event-stream.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { until } from '../support/wait-for.js';

/** Opens the summary stream and resolves with the response head; the request stays open until destroyed. */
function openStream(port: number): Promise<{ request: ClientRequest; response: IncomingMessage; body: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const request = httpGet({ port, host: '127.0.0.1', path: '/api/energy/stream' }, (response) => {
      const body = new Promise<string>((done) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => done(text));
        response.on('close', () => done(text));
      });
      resolve({ request, response, body });
    });
    request.on('error', (error) => {
      if (!request.destroyed) reject(error);
    });
  });
}

describe('server-sent-event streams are capped per client address (audit: 5,000 were accepted from one address)', () => {
  let app: TestApp;
  let port: number;
  const open: ClientRequest[] = [];
  beforeAll(async () => {
    app = await startTestApp({ EVENT_STREAMS_PER_ADDRESS: '3' });
    await app.app.listen(0, '127.0.0.1');
    port = (app.app.getHttpServer().address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const request of open) request.destroy();
    await app?.close();
  });

  it('refuses the stream past the cap with 429 EVENT_STREAM_LIMIT, and takes one again once a stream closes', async () => {
    for (let i = 0; i < 3; i++) {
      const stream = await openStream(port);
      expect(stream.response.statusCode).toBe(200);
      open.push(stream.request);
    }
    const refused = await openStream(port);
    expect(refused.response.statusCode).toBe(429);
    expect(JSON.parse(await refused.body)).toEqual({ statusCode: 429, code: 'EVENT_STREAM_LIMIT', message: expect.stringContaining('At most 3') });

    const streams = app.app.get(EventStreams);
    open.shift()?.destroy();
    await until(() => streams.openCount('127.0.0.1') === 2, 5000);
    expect(streams.openCount('127.0.0.1')).toBe(2);
    const again = await openStream(port);
    expect(again.response.statusCode).toBe(200);
    open.push(again.request);
  });
});
