import type { DatabaseAuth, DatabaseSettings } from './app-config.js';
import type { EnvReader } from './env-reader.js';

const DATABASE_AUTHS: readonly DatabaseAuth[] = ['password', 'azure-managed-identity'];

/** DATABASE_URL switches the process to database mode; the other DATABASE_* variables only matter then. */
export function readDatabase(read: EnvReader): DatabaseSettings | undefined {
  const url = read.optionalString('DATABASE_URL');
  const poolMax = read.int('DATABASE_POOL_MAX', 10, 2, 200);
  const auth = read.oneOf('DATABASE_AUTH', DATABASE_AUTHS, 'password');
  const readingsRetentionHours = read.int('READINGS_RETENTION_HOURS', 48, 1, 24 * 366);
  if (url === undefined) return undefined;
  if (!isPostgresUrl(url)) {
    read.problems.push('DATABASE_URL must be a postgres:// or postgresql:// URL with a host and a database name');
    return undefined;
  }
  return { url, poolMax, auth, identity: auth === 'azure-managed-identity' ? readIdentity(read) : undefined, readingsRetentionHours };
}

/** App Service sets IDENTITY_ENDPOINT and IDENTITY_HEADER for a web app with a managed identity. */
function readIdentity(read: EnvReader): DatabaseSettings['identity'] {
  const url = read.optionalString('IDENTITY_ENDPOINT');
  const header = read.optionalString('IDENTITY_HEADER');
  if (url === undefined || header === undefined) {
    read.problems.push('DATABASE_AUTH=azure-managed-identity needs IDENTITY_ENDPOINT and IDENTITY_HEADER (set by App Service for a managed identity)');
    return undefined;
  }
  return { url, header, clientId: read.optionalString('DATABASE_AZURE_CLIENT_ID') };
}

function isPostgresUrl(raw: string): boolean {
  try {
    const parsed = new URL(raw);
    const database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
    return (parsed.protocol === 'postgres:' || parsed.protocol === 'postgresql:') && parsed.hostname !== '' && database !== '';
  } catch {
    return false;
  }
}

/** The URL with its password masked, for logs and health details. */
export function redactDatabaseUrl(raw: string): string {
  try {
    const parsed = new URL(raw);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparsable)';
  }
}
