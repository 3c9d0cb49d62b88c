import { createHash } from 'node:crypto';
import { Agent, request as httpRequest, type ClientRequest } from 'node:http';
import type { FuzzRequest } from './fuzz-requests.js';

export interface Answer {
  status: number;
  contentType: string;
  body: string;
}

/** Per-request limit: an answer slower than this counts as a hang. */
export const REQUEST_TIMEOUT_MS = 10_000;

function withTimeout<T>(promise: Promise<T>, label: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS} ms (hang): ${label}`)), REQUEST_TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A fresh connection per request, so a connection the server closes after a refusal cannot fail the next one. */
const agent = new Agent({ keepAlive: false });

/**
 * Sends a request over real HTTP to the listening app (Fastify's inject cannot load under Jest's ESM
 * mode: light-my-request requires an ESM-only package), through every hook, parser and Nest pipe.
 */
export function send(port: number, request: FuzzRequest): Promise<Answer> {
  let req: ClientRequest | undefined;
  const work = new Promise<Answer>((resolve, reject) => {
    // An explicit length: Node sends a GET or DELETE body with neither Content-Length nor chunking, which
    // the server would then read as the next request.
    const headers = request.body === undefined ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
    req = httpRequest({ host: '127.0.0.1', port, agent, method: request.method, path: request.url, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: String(res.headers['content-type'] ?? ''), body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(request.body);
  });
  return withTimeout(work, request.url).catch((error: Error) => {
    req?.destroy();
    throw error;
  });
}

/** Returns why an answer breaks the contract, or undefined when it is a 2xx or a well-formed 4xx. */
export function contractViolation(answer: Answer): string | undefined {
  if (answer.status >= 500) return `server error ${answer.status}: ${answer.body.slice(0, 500)}`;
  if (answer.status < 200 || (answer.status >= 300 && answer.status < 400)) return `unexpected status ${answer.status}`;
  if (answer.status < 400) return undefined;
  let body: unknown;
  try {
    body = JSON.parse(answer.body);
  } catch {
    return `4xx body is not JSON: ${answer.body.slice(0, 200)}`;
  }
  const { statusCode, code, message, ...rest } = body as Record<string, unknown>;
  if (statusCode !== answer.status) return `statusCode ${String(statusCode)} differs from status ${answer.status}`;
  if (typeof code !== 'string' || !/^[A-Z][A-Z0-9_]+$/.test(code)) return `bad code ${JSON.stringify(code)} in ${answer.status} ${answer.body.slice(0, 300)}`;
  if (typeof message !== 'string' || message.length === 0) return 'missing message';
  if (Object.keys(rest).length > 0) return `extra fields in the error: ${Object.keys(rest).join(', ')}`;
  return undefined;
}

/**
 * A digest of everything a rejected request must not change: every meter's latest reading (the simulator is
 * off, so only requests change them), the grid summary, and the corpus with its passage counts.
 */
export async function fingerprint(port: number): Promise<string> {
  const hash = createHash('sha256');
  let url: string | undefined = '/api/energy/telemetry?top=1000';
  while (url) {
    const page = await send(port, { method: 'GET', url, headers: {} });
    if (page.status !== 200) throw new Error(`fingerprint listing answered ${page.status}`);
    hash.update(page.body);
    const next = (JSON.parse(page.body) as { nextLink?: string }).nextLink;
    url = next ? new URL(next).pathname + new URL(next).search : undefined;
  }
  const documents = await send(port, { method: 'GET', url: '/api/compliance/documents', headers: {} });
  hash.update(documents.body);
  const summary = await send(port, { method: 'GET', url: '/api/energy/summary?historyPoints=0', headers: {} });
  hash.update(summary.body.replace(/"(generatedAt|time|timestamp)":"[^"]*"/g, ''));
  return hash.digest('hex');
}

/**
 * Server-sent-event routes never end, so they go over real HTTP: the answer must be an event stream or
 * a well-formed 4xx; the connection is closed as soon as the head (or the error body) has arrived.
 */
export function probeEventStream(port: number, request: FuzzRequest): Promise<Answer> {
  const work = new Promise<Answer>((resolve, reject) => {
    const headers = request.body === undefined ? request.headers : { ...request.headers, 'content-length': String(Buffer.byteLength(request.body)) };
    const req = httpRequest({ host: '127.0.0.1', port, method: request.method, path: request.url, headers }, (res) => {
      const contentType = String(res.headers['content-type'] ?? '');
      const status = res.statusCode ?? 0;
      if (status === 200 && contentType.startsWith('text/event-stream')) {
        res.once('data', () => {
          req.destroy();
          resolve({ status, contentType, body: '' });
        });
        return;
      }
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status, contentType, body }));
    });
    req.on('error', reject);
    req.end(request.body);
  });
  return withTimeout(work, `stream ${request.url}`);
}

/** The 200 of an event-stream route must say so in its content type. */
export function streamViolation(answer: Answer): string | undefined {
  if (answer.status === 200 && !answer.contentType.startsWith('text/event-stream')) return `stream answered 200 with ${answer.contentType}`;
  return contractViolation(answer);
}
