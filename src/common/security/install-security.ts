import cors from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '../../config/app-config.js';
import { CommonErrors } from '../errors/common-errors.js';
import type { ErrorDefinition } from '../errors/app-error.js';
import { RateLimiter } from '../http/rate-limiter.js';
import { AccessKeys, type AdminRouteConfig } from './access-keys.js';
import { decide } from './request-gate.js';
import { staticSecurityHeaders } from './security-headers.js';
import { API_KEY_HEADER } from './public-routes.js';

/**
 * Same-origin only: the dashboard and Swagger UI load their scripts from this server. Swagger UI and React
 * set inline style attributes and Swagger UI draws icons from data: URIs, hence those two allowances.
 * No upgrade-insecure-requests: it would break the plain-HTTP local run.
 */
const CONTENT_SECURITY_POLICY = {
  directives: {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    formAction: ["'self'"],
    upgradeInsecureRequests: null,
  },
};

/**
 * Security headers, CORS and the API-key and rate-limit gate, as Fastify onRequest hooks: they run before
 * routing to Nest and before any body is parsed, so a refused request costs no parsing. Must run before
 * app.init(); plugins are awaited so their hooks come first and 401/429 replies carry their headers too.
 */
export async function installSecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const securityHeaders = staticSecurityHeaders({ contentSecurityPolicy: CONTENT_SECURITY_POLICY });
  // Before the key gate's hook, so refusals carry the headers too.
  app.getHttpAdapter().getInstance().addHook('onRequest', (_request, reply, done) => {
    void reply.headers(securityHeaders);
    done();
  });
  if (config.security.corsOrigins.length > 0) {
    await app.register(cors, {
      origin: [...config.security.corsOrigins],
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['content-type', API_KEY_HEADER],
      exposedHeaders: ['retry-after'],
      maxAge: 600,
    });
  }
  const keys = new AccessKeys(config.security.apiKeys, config.security.adminApiKeys);
  const limiter = new RateLimiter(config.security.rateLimitPerMinute, 60_000);
  app.getHttpAdapter().getInstance().addHook('onRequest', (request, reply, done) => {
    const decision = decide(
      {
        method: request.method,
        url: request.url,
        ip: request.ip,
        headers: request.headers,
        route: request.routeOptions.url,
        adminOnly: (request.routeOptions.config as AdminRouteConfig | undefined)?.adminOnly === true,
      },
      keys,
      limiter,
    );
    if (decision.outcome === 'pass') return done();
    if (decision.outcome === 'limited') {
      void reply.header('retry-after', String(decision.retryAfterSeconds));
      return sendError(reply, CommonErrors.RATE_LIMITED);
    }
    if (decision.outcome === 'forbidden') return sendError(reply, CommonErrors.AUTH_ADMIN_KEY_REQUIRED);
    sendError(reply, CommonErrors.AUTH_API_KEY_INVALID);
  });
}

function sendError(reply: { code(status: number): { send(body: unknown): unknown } }, error: ErrorDefinition): void {
  void reply.code(error.status).send({ statusCode: error.status, code: error.code, message: error.message });
}
