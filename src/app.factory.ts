import type { IncomingMessage } from 'node:http';
import { Logger } from '@nestjs/common';
import type { DynamicModule, Type } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import type { AppConfig } from './config/app-config.js';
import { createAppLogger, resolveLogFormat } from './common/logging/app-logger.js';
import { requestIdFrom, REQUEST_ID_HEADER } from './common/logging/request-id.js';
import { installRequestLog } from './common/logging/request-log.js';
import { AppExceptionFilter } from './common/errors/app-exception.filter.js';
import { handleClientError, handleFrameworkError } from './common/errors/client-error-handler.js';
import { applyRouteBodyLimits } from './common/http/body-limit.js';
import { installSecurity } from './common/security/install-security.js';
import { DataDirLock } from './common/storage/data-dir-lock.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { MetricsService } from './ops/metrics.service.js';
import { defaultClientDistPath, serveClient } from './static/spa.js';

/** Default JSON body limit; routes that take more (reading batches, documents) raise it per route. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

export interface CreateAppOptions {
  /** Where the built dashboard lives; tests point it at a fixture. */
  clientDistPath?: string;
  /** Extra modules beside AppModule; only tests use it (the connector fixture routes). */
  readonly extraModules?: readonly (Type | DynamicModule)[];
}

/** Builds the whole application the same way for `main.ts`, the e2e tests and the spec generator. */
export async function createApp(config: AppConfig, options: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  // Before anything reads or writes DATA_DIR: a second process there would corrupt the log, snapshot and index.
  const lock = DataDirLock.acquire(config.dataDir, { purpose: 'server' });
  if (lock.unlockedReason) new Logger('Storage').warn(`DATA_DIR is not locked: ${lock.unlockedReason}.`);
  try {
    const app = await buildApp(config, options);
    // Released only after every shutdown hook (the final snapshot) has run. Nest's app is a Proxy whose set
    // trap ignores assignments, hence defineProperty; a signal-triggered exit releases it in the lock's exit hook.
    const prototype = Object.getPrototypeOf(app) as NestFastifyApplication;
    Object.defineProperty(app, 'close', {
      configurable: true,
      writable: true,
      value: async () => {
        try {
          await prototype.close.call(app);
        } finally {
          lock.release();
        }
      },
    });
    return app;
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function buildApp(config: AppConfig, options: CreateAppOptions): Promise<NestFastifyApplication> {
  // Trusting every X-Forwarded-For would let a client pick its own address and dodge the per-address limits.
  const trustProxy = config.security.trustedProxies.length > 0 ? config.security.trustedProxies.join(',') : false;
  const adapter = new FastifyAdapter({
    bodyLimit: DEFAULT_BODY_LIMIT,
    trustProxy,
    clientErrorHandler: handleClientError,
    // Our genReqId reads the header itself, so that only a sane incoming id is kept.
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => requestIdFrom(request.headers[REQUEST_ID_HEADER]),
    frameworkErrors: (error: Error, _request: unknown, reply: unknown) => handleFrameworkError(error, reply as FastifyReply),
  });
  const app = await NestFactory.create<NestFastifyApplication>(rootModule(config, options), adapter, {
    logger: createAppLogger(config.logLevel, resolveLogFormat(config.logFormat, process.stdout.isTTY === true)),
    abortOnError: false,
  });
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalFilters(new AppExceptionFilter(app.get(HttpAdapterHost)));
  // Exit 0 once shutdown completes; Nest's default re-raises the signal, which ends the process with 143.
  app.enableShutdownHooks([], { useProcessExit: true });
  await installSecurity(app, config);
  installFastifyHooks(app);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    swaggerOptions: { persistAuthorization: false },
    customSiteTitle: 'PowerGrid API',
  });
  await serveClient(app, options.clientDistPath ?? defaultClientDistPath());
  if (config.security.apiKeys.length === 0) {
    new Logger('Security').warn('API_KEYS is not set: the API is open to anyone who can reach it.');
  }
  if (config.security.adminApiKeys.length === 0 && config.security.apiKeys.length > 0) {
    new Logger('Security').warn('ADMIN_API_KEYS is not set: documents cannot be added or deleted through the API.');
  }
  return app;
}

function rootModule(config: AppConfig, options: CreateAppOptions): DynamicModule {
  const root = AppModule.forRoot(config);
  if (!options.extraModules?.length) return root;
  return { module: class TestRootModule {}, imports: [root, ...options.extraModules] };
}

function installFastifyHooks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  applyRouteBodyLimits(fastify);
  installRequestLog(fastify, new Logger('HTTP'));
  const metrics = app.get(MetricsService);
  // A keep-alive connection whose request was in flight at shutdown would otherwise idle on for the keep-alive
  // timeout, holding the server open: answer it, then close it.
  let closing = false;
  fastify.addHook('preClose', (done) => {
    closing = true;
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
