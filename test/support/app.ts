import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp, type CreateAppOptions } from '../../src/app.factory.js';
import { loadConfig } from '../../src/config/load-config.js';

export interface TestApp {
  app: NestFastifyApplication;
  /** The HTTP server to hand to supertest. */
  server: ReturnType<NestFastifyApplication['getHttpServer']>;
  dataDir: string;
  close(options?: { keepData?: boolean }): Promise<void>;
}

/**
 * Boots the real application (Fastify adapter, filters, Swagger) with the given environment on top of
 * quiet test defaults, in a fresh temporary DATA_DIR unless one is given.
 */
export async function startTestApp(env: Record<string, string> = {}, options: CreateAppOptions = {}): Promise<TestApp> {
  const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'powergrid-test-'));
  const config = loadConfig({ LOG_LEVEL: 'error', METER_COUNT: '500', TICK_MS: '100000', ...env, DATA_DIR: dataDir });
  const app = await createApp(config, options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  return {
    app,
    server: app.getHttpServer(),
    dataDir,
    async close(options = {}) {
      await app.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
