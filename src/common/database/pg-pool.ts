import pg from 'pg';
import type { DatabaseSettings } from '../../config/app-config.js';
import { ManagedIdentityToken } from './managed-identity-token.js';

/** Short enough that a write during an outage answers 503 quickly instead of holding the client's request. */
const CONNECT_TIMEOUT_MS = 3000;

/** Connection options shared by the pool and the LISTEN connection. */
export function connectionOptions(settings: DatabaseSettings): pg.ClientConfig {
  const token = settings.identity ? new ManagedIdentityToken(settings.identity) : undefined;
  return {
    connectionString: settings.url,
    ...(token ? { password: () => token.get() } : {}),
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    keepAlive: true,
    application_name: 'powergrid',
  };
}

/**
 * The pool every query goes through. pg emits 'error' on an idle client when the server goes away; unhandled,
 * that event would end the process, so it is reported and the client is dropped (the pool opens a new one).
 */
export function createPool(settings: DatabaseSettings, onIdleError: (error: Error) => void): pg.Pool {
  const pool = new pg.Pool({ ...connectionOptions(settings), max: settings.poolMax, idleTimeoutMillis: 30_000 });
  pool.on('error', onIdleError);
  return pool;
}

export async function connectClient(options: pg.ClientConfig): Promise<pg.Client> {
  const client = new pg.Client(options);
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}
