import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { serverEnvironment } from './config/env-file.js';
import { ConfigError, loadConfig } from './config/load-config.js';
import { DataDirLockedError } from './common/storage/data-dir-lock.js';

/** Below the 10 s a container orchestrator usually allows between SIGTERM and SIGKILL. */
const SHUTDOWN_DEADLINE_MS = 9000;

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig(serverEnvironment());
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  // Loaded once the configuration is valid: a bad variable is reported at once, not after Nest, LangChain and
  // the rest of the application have been imported (seconds on a busy machine).
  const { createApp } = await import('./app.factory.js');
  let app;
  try {
    app = await createApp(config);
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  await app.listen(config.port, config.host);
  // Shutdown drains requests, then snapshots; if something hangs, an orchestrator's SIGKILL would come anyway.
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      setTimeout(() => {
        new Logger('Bootstrap').error(`shutdown did not finish within ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
        process.exit(1);
      }, SHUTDOWN_DEADLINE_MS).unref();
    });
  }
  new Logger('Bootstrap').log(`PowerGrid listening on http://${config.host}:${config.port} (docs at /docs)`);
}

bootstrap().catch((error: unknown) => {
  new Logger('Bootstrap').fatal(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
