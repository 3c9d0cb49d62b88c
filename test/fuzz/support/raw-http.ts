import { connect } from 'node:net';

export interface RawRequest {
  label: string;
  bytes: Buffer;
  /** Set when the exact status is known (Node's own parser refusals are 400). */
  expectStatus?: number;
}

const HOST = 'Host: localhost\r\nConnection: close\r\n';
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** Requests that only a raw socket can send: broken UTF-8 in the path, lying lengths, smuggling headers. */
export const RAW_REQUESTS: readonly RawRequest[] = [
  { label: 'invalid UTF-8 in the path', bytes: bytes('GET /api/energy/meters/', [0xff, 0xfe, 0xc0, 0xaf], ` HTTP/1.1\r\n${HOST}\r\n`) },
  { label: 'invalid UTF-8 in the query', bytes: bytes('GET /api/energy/telemetry?search=', [0xed, 0xa0, 0x80], `&top=1 HTTP/1.1\r\n${HOST}\r\n`) },
  { label: 'a percent-encoded NUL in the id', bytes: bytes(`GET /api/energy/meters/MTR%00-1 HTTP/1.1\r\n${HOST}\r\n`) },
  { label: 'invalid percent-encoding in the id', bytes: bytes(`DELETE /api/compliance/documents/%E0%A4%A HTTP/1.1\r\n${HOST}\r\n`) },
  { label: 'a control character in a header', bytes: bytes(`GET /api/health HTTP/1.1\r\n${HOST}X-Api-Key: a\u0001b\r\n\r\n`), expectStatus: 400 },
  {
    label: 'invalid UTF-8 and control bytes in a JSON body',
    bytes: bytes(`POST /api/compliance/ask HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 18\r\n\r\n{"question":"`, [0xff, 0x00, 0x1b], '"}'),
  },
  {
    label: 'a body shorter than its Content-Length',
    bytes: bytes(`POST /api/energy/readings HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"readings":[`),
  },
  {
    label: 'a bad chunk size',
    bytes: bytes(`POST /api/energy/readings HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`),
    expectStatus: 400,
  },
  {
    label: 'Content-Length together with Transfer-Encoding (smuggling)',
    bytes: bytes(`POST /api/compliance/ask HTTP/1.1\r\n${HOST}Content-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /metrics HTTP/1.1\r\n\r\n`),
    expectStatus: 400,
  },
  { label: 'a 64 KB header', bytes: bytes(`GET /api/health HTTP/1.1\r\n${HOST}X-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`), expectStatus: 431 },
  { label: 'an unknown method', bytes: bytes(`FOO /api/health HTTP/1.1\r\n${HOST}\r\n`), expectStatus: 400 },
  { label: 'HTTP/1.0 without Host', bytes: bytes('GET /api/energy/summary?historyPoints=1e308 HTTP/1.0\r\n\r\n') },
  { label: 'a request line of garbage', bytes: bytes([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03], '\r\n\r\n'), expectStatus: 400 },
];

/**
 * Writes the bytes, half-closes, and returns the status of the first answer (undefined when the server
 * just closed the connection, which is an acceptable refusal). Gives up after 5 s.
 */
export function sendRaw(port: number, payload: Buffer): Promise<RawAnswer | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(statusOf(received));
    }, 5_000);
    socket.on('connect', () => socket.end(payload));
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE') return;
      clearTimeout(timer);
      reject(error);
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(statusOf(received));
    });
  });
}

export interface RawAnswer {
  status: number;
  contentType: string;
  body: string;
}

/** The first answer on the connection (its body cut at Content-Length), or undefined when there was none. */
function statusOf(received: string): RawAnswer | undefined {
  const match = /^HTTP\/1\.[01] (\d{3})/.exec(received);
  if (!match) return undefined;
  const split = received.indexOf('\r\n\r\n');
  const head = split < 0 ? received : received.slice(0, split);
  const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
  const rest = split < 0 ? '' : Buffer.from(received.slice(split + 4), 'latin1');
  const body = Buffer.isBuffer(rest) ? (Number.isFinite(length) ? rest.subarray(0, length) : rest).toString('utf8') : '';
  return { status: Number(match[1]), contentType: /\r\ncontent-type: *([^\r]*)/i.exec(head)?.[1] ?? '', body };
}
