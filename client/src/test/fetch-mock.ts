import { vi } from 'vitest';

export interface RecordedCall {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export type Route = (call: RecordedCall) => Response | Promise<Response> | undefined;

/** Replaces fetch with a router over the given handlers and records every call. */
export function mockFetch(...routes: Route[]): RecordedCall[] {
  const calls: RecordedCall[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const call: RecordedCall = {
      url: input,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    calls.push(call);
    if (init.signal?.aborted) throw new DOMException('aborted', 'AbortError');
    for (const route of routes) {
      const response = await route(call);
      if (response) return response;
    }
    return json(404, { statusCode: 404, code: 'ROUTE_NOT_FOUND', message: `no mock for ${call.url}` });
  });
  return calls;
}

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export interface EventStreamMock {
  response: Response;
  send: (event: string, data: unknown) => void;
  close: () => void;
}

/** An open text/event-stream response the test writes events into. */
export function eventStream(): EventStreamMock {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (controller = c) });
  const encoder = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    send: (event, data) => controller.enqueue(encoder.encode(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)),
    close: () => controller.close(),
  };
}

export function path(call: RecordedCall): string {
  return new URL(call.url, 'http://localhost').pathname;
}
