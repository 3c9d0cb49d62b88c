import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type CreateAppOptions } from '../app.factory.js';
import { loadConfig } from '../config/load-config.js';
import { serializeDocument } from './canonical-document.js';
import { buildOpenApiDocument } from './openapi-document.js';

/**
 * Renders openapi.json from the application's metadata without opening a port: the app is created (routes
 * registered, providers constructed) but neither initialised nor listening, so no worker, tick or index
 * build starts. The configuration is the default one, fixed here, so the output depends on the code alone.
 */
export async function renderOpenApiJson(options: CreateAppOptions = {}): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'powergrid-openapi-'));
  try {
    const app = await createApp(loadConfig({ LOG_LEVEL: 'error', DATA_DIR: dataDir }), options);
    try {
      return serializeDocument(buildOpenApiDocument(app));
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
