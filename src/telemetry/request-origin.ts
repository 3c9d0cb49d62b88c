import type { FastifyRequest } from 'fastify';
import type { RequestOrigin } from './listing/render-listing.js';

/** Where a request was addressed (scheme and host, and its path without the query): links are built on it. */
export function requestOrigin(request: FastifyRequest): RequestOrigin {
  return { origin: `${request.protocol}://${request.host}`, path: request.url.split('?', 1)[0] };
}
