import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyReply } from 'fastify';
import type { ErrorDefinition } from './app-error.js';
import { CommonErrors } from './common-errors.js';
import { toErrorBody } from './to-error-body.js';

/** What Node's HTTP parser reports before any route, hook or Nest filter can see the request. */
function definitionFor(code: string | undefined): ErrorDefinition {
  if (code === 'HPE_HEADER_OVERFLOW') return CommonErrors.REQUEST_HEADERS_TOO_LARGE;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return CommonErrors.REQUEST_TIMEOUT;
  return CommonErrors.REQUEST_MALFORMED;
}

/** The raw HTTP answer for a request the parser refused, in the one public error shape. */
export function clientErrorResponse(code: string | undefined): string {
  const definition = definitionFor(code);
  const body = JSON.stringify({ statusCode: definition.status, code: definition.code, message: definition.message });
  return (
    `HTTP/1.1 ${definition.status} ${STATUS_CODES[definition.status]}\r\n` +
    `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`
  );
}

/**
 * Replaces Fastify's default clientErrorHandler, whose `{error, message, statusCode}` body breaks the
 * error contract for URLs over 16 KB, malformed request lines, bad chunking and smuggling attempts.
 * The socket is closed afterwards: after a parse error the byte stream cannot be trusted.
 */
export function handleClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) socket.end(clientErrorResponse(error.code));
  else socket.destroy();
}

/**
 * Fastify's router answers a URL with broken percent-encoding (400) or an over-long parameter (414) before
 * any route, and Nest's default hands that error to Fastify's own serializer, which adds an `error` field
 * and, for the bad URL, no stable code. This writes the one public shape instead.
 */
export function handleFrameworkError(error: Error, reply: FastifyReply): void {
  const { body, headers } = toErrorBody(error);
  void reply.code(body.statusCode).header('content-type', 'application/json; charset=utf-8').headers(headers).send(JSON.stringify(body));
}
