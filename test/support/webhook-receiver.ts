import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Delivery {
  body: string;
  json: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  receivedAt: number;
  /** Whatever the test records at the moment of receipt (the app's tick, for instance). */
  mark?: unknown;
}

export interface WebhookReceiver {
  url: string;
  deliveries: Delivery[];
  /** Status codes to answer with, in order; 200 once they run out. 0 holds the request unanswered (a hung receiver). */
  answers: number[];
  onDelivery?: (delivery: Delivery) => void;
  close(): Promise<void>;
}

/** A local HTTP endpoint standing in for a flow's callback URL: records every POST and answers as told. */
export async function startWebhookReceiver(path = '/hooks/flow-1'): Promise<WebhookReceiver> {
  const receiver: WebhookReceiver = {
    url: '',
    deliveries: [],
    answers: [],
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Held requests would keep close() waiting for ever.
        server.closeAllConnections();
      }),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const delivery: Delivery = { body, json: JSON.parse(body) as Record<string, unknown>, headers: request.headers, receivedAt: Date.now() };
      receiver.onDelivery?.(delivery);
      receiver.deliveries.push(delivery);
      const status = receiver.answers.shift() ?? 200;
      if (status === 0) return;
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end('ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return receiver;
}
