import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import { Logger } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Paths that belong to the server: they never fall back to the SPA, so unknown ones keep their JSON 404. */
const SERVER_PREFIXES = ['/api', '/docs', '/metrics'];
/** Vite puts content-hashed bundles here: a changed file gets a new name, so they can be cached for a year. */
const HASHED_ASSETS_DIR = 'assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** client/dist from the project root: dist/static/spa.js (and src/static/spa.ts in tests) -> ../../client/dist. */
export function defaultClientDistPath(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'client', 'dist');
}

/**
 * Serves the bundled dashboard at `/` with an SPA fallback (index.html for browser navigations to
 * client-side routes such as /meters/MTR-1). Returns false, after a warning, when the bundle is missing:
 * the API must keep working when only the server was built.
 */
export async function serveClient(app: NestFastifyApplication, clientDistPath: string): Promise<boolean> {
  const logger = new Logger('Dashboard');
  const indexPath = join(clientDistPath, 'index.html');
  if (!existsSync(indexPath)) {
    logger.warn(`No dashboard bundle at ${clientDistPath}; run "npm run build:client" to serve it at /. The API is unaffected.`);
    return false;
  }
  const fastify = app.getHttpAdapter().getInstance();
  await fastify.register(fastifyStatic, {
    root: clientDistPath,
    prefix: '/',
    // Swagger registers @fastify/static for /docs too: no reply decorators and no '/*' wildcard route
    // from either registration, so the two never collide and the fallback below owns unknown paths.
    decorateReply: false,
    wildcard: false,
    cacheControl: false,
    setHeaders: (reply: FastifyReply, filePath: string) => {
      const inDist = isAbsolute(filePath) ? relative(clientDistPath, filePath) : filePath.replace(/^\/+/, '');
      const hashed = inDist.split(sep).join('/').startsWith(HASHED_ASSETS_DIR);
      reply.header('cache-control', hashed ? IMMUTABLE : REVALIDATE);
    },
  });
  // Unknown /api paths keep an /api route pattern, so hooks keyed on the pattern (the API-key gate, the
  // metrics labels) treat them as API requests rather than as the SPA's catch-all.
  fastify.get('/api/*', (_request: FastifyRequest, reply: FastifyReply) => reply.callNotFound());
  fastify.get('/*', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!wantsSpaShell(request)) return reply.callNotFound();
    const html = await readFile(indexPath, 'utf8');
    return reply.header('cache-control', REVALIDATE).type('text/html; charset=utf-8').send(html);
  });
  logger.log(`Serving the dashboard from ${clientDistPath}`);
  return true;
}

export function wantsSpaShell(request: Pick<FastifyRequest, 'url' | 'headers'>): boolean {
  const path = request.url.split('?')[0] ?? '/';
  if (SERVER_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`))) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
