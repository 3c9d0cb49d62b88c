// Boots the built app (dist/) in this process on a free port, with its state in a temporary DATA_DIR, for the eval scripts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** No simulator, no rate limits, no API keys: only the copilot is measured. `env` adds to or overrides these. */
export async function bootInProcess(root, env = {}) {
  const { createApp } = await import(join(root, 'dist', 'app.factory.js'));
  const { loadConfig } = await import(join(root, 'dist', 'config', 'load-config.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'powergrid-eval-'));
  const app = await createApp(
    loadConfig({ LOG_LEVEL: 'error', METER_COUNT: '100', TICK_MS: '3600000', SIMULATOR: 'off', DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', ASK_RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_MINUTE: '1000000', API_KEYS: '', ...env }),
  );
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  return {
    base: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
