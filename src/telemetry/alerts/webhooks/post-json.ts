import { request as httpRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import type { PinnedCallback } from './callback-url.js';

export interface PostOutcome {
  /** HTTP status, or 0 when no answer came (timeout, refused connection, TLS failure). */
  status: number;
  error?: string;
}

/**
 * POSTs a body to a pinned callback: the socket connects to the checked address (the `lookup` hook returns
 * it without asking DNS again), TLS still verifies the certificate against the URL's host name, redirects are
 * never followed (a 3xx is just a status), and the answer's body is discarded unread.
 */
export function postJson(target: PinnedCallback, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostOutcome> {
  const pinned: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [{ address: target.address, family: target.family }]);
    else callback(null, target.address, target.family);
  };
  const { url } = target;
  const options: RequestOptions = {
    method: 'POST',
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(body)) },
    lookup: pinned,
    agent: false,
    timeout: timeoutMs,
  };
  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(deadline);
      resolve(outcome);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(options, (response: IncomingMessage) => {
      response.resume();
      settle({ status: response.statusCode ?? 0 });
      response.on('error', () => undefined);
    });
    // `timeout` only covers idle sockets; this bounds the whole exchange, slow trickles included.
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => settle({ status: 0, error: error.message }));
    request.end(body);
  });
}
