import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';

interface BodyLimitConfig {
  bodyLimit?: number;
}

/** Raises or lowers Fastify's body limit for one route; oversize bodies get 413 REQUEST_BODY_TOO_LARGE. */
export const BodyLimit = (bytes: number): MethodDecorator => RouteConfig({ bodyLimit: bytes } satisfies BodyLimitConfig);

/** Must be installed before the routes are registered (that is, before app.init()). */
export function applyRouteBodyLimits(fastify: FastifyInstance): void {
  fastify.addHook('onRoute', (route) => {
    const limit = (route.config as BodyLimitConfig | undefined)?.bodyLimit;
    if (typeof limit === 'number') route.bodyLimit = limit;
  });
}
