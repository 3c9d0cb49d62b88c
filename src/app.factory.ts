import { Logger, type LogLevel as NestLogLevel } from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import type { AppConfig, LogLevel } from './config/app-config.js';
import { AppExceptionFilter } from './common/errors/app-exception.filter.js';
import { applyRouteBodyLimits } from './common/http/body-limit.js';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { MetricsService } from './ops/metrics.service.js';

/** Default JSON body limit; routes that take more (reading batches, documents) raise it per route. */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const LEVELS: readonly NestLogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export function logLevelsFrom(level: LogLevel): NestLogLevel[] {
  return LEVELS.slice(0, LEVELS.indexOf(level) + 1);
}

/** Builds the whole application the same way for `main.ts`, the e2e tests and the spec generator. */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: DEFAULT_BODY_LIMIT, trustProxy: true });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: logLevelsFrom(config.logLevel),
    abortOnError: false,
  });
  app.setGlobalPrefix('api', { exclude: ['metrics'] });
  app.useGlobalFilters(new AppExceptionFilter(app.get(HttpAdapterHost)));
  // In a container node is PID 1, where the kernel ignores a signal that has no handler: Nest's default
  // re-raise of SIGTERM after shutdown would be dropped, so exit explicitly (0 after a clean close).
  app.enableShutdownHooks([], { useProcessExit: true });
  installFastifyHooks(app);
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'api/openapi.json',
    swaggerOptions: { persistAuthorization: false },
    customSiteTitle: 'PowerGrid API',
  });
  if (config.security.apiKeys.length === 0) {
    new Logger('Security').warn('API_KEYS is not set: the API is open to anyone who can reach it.');
  }
  return app;
}

function installFastifyHooks(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  applyRouteBodyLimits(fastify);
  const metrics = app.get(MetricsService);
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.routeOptions.url ?? 'unmatched';
    metrics.httpDuration.observe(
      { method: request.method, route, status_code: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
    done();
  });
}
