import type { FastifyReply } from 'fastify';
import { clientErrorResponse, handleFrameworkError } from './client-error-handler.js';

function parse(raw: string): { status: number; body: unknown; length: number } {
  const [head, body] = raw.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body), length: Number(/Content-Length: (\d+)/.exec(head)?.[1]) };
}

describe('clientErrorResponse', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'REQUEST_HEADERS_TOO_LARGE'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'REQUEST_TIMEOUT'],
    ['HPE_INVALID_METHOD', 400, 'REQUEST_MALFORMED'],
    [undefined, 400, 'REQUEST_MALFORMED'],
  ])('answers %s with %i and the standard error shape', (code, status, errorCode) => {
    const response = parse(clientErrorResponse(code));
    expect(response.status).toBe(status);
    expect(response.body).toEqual({ statusCode: status, code: errorCode, message: expect.any(String) });
    expect(response.length).toBe(Buffer.byteLength(JSON.stringify(response.body)));
  });
});

describe('handleFrameworkError', () => {
  it('writes a router refusal (bad percent-encoding) in the standard shape without an error field', () => {
    const sent: { status?: number; headers: Record<string, string>; payload?: string } = { headers: {} };
    const reply = {
      code(status: number) { sent.status = status; return reply; },
      header(name: string, value: string) { sent.headers[name] = value; return reply; },
      headers(values: Record<string, string>) { Object.assign(sent.headers, values); return reply; },
      send(payload: string) { sent.payload = payload; return reply; },
    };
    const error = Object.assign(new Error("'/api/x/%E0%A4%A' is not a valid url component"), { code: 'FST_ERR_BAD_URL', statusCode: 400 });
    handleFrameworkError(error, reply as unknown as FastifyReply);
    expect(sent.status).toBe(400);
    expect(JSON.parse(sent.payload ?? '')).toEqual({ statusCode: 400, code: 'REQUEST_VALIDATION_FAILED', message: expect.stringContaining('not a valid url') });
  });
});
