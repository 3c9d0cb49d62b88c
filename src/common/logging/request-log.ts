import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { REQUEST_ID_HEADER } from './request-id.js';

export interface RequestLogLine {
  requestId: string;
  method: string;
  /** The route pattern (`/api/energy/meters/:meterId`), never the URL: ids and query strings stay out. */
  route: string;
  status: number;
  durationMs: number;
}

export interface RequestLogger {
  log(message: string, fields: RequestLogLine): void;
}

export function requestLogLine(request: FastifyRequest, reply: FastifyReply): RequestLogLine {
  return {
    requestId: request.id,
    method: request.method,
    route: request.routeOptions.url ?? '(unmatched)',
    // The raw response's status is the one sent, also for hijacked replies (server-sent events).
    status: reply.raw.statusCode,
    durationMs: Math.round(reply.elapsedTime * 10) / 10,
  };
}

/**
 * Echoes the request id on every answer and logs one line per request when it ends. The header is set on
 * the raw response so that it also reaches hijacked streams and the error filter's answers.
 */
export function installRequestLog(fastify: FastifyInstance, logger: RequestLogger): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    reply.raw.setHeader(REQUEST_ID_HEADER, request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    logger.log('request completed', requestLogLine(request, reply));
    done();
  });
}
