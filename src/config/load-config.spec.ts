import { ConfigError, loadConfig } from './load-config.js';

describe(loadConfig.name, () => {
  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.telemetry).toMatchObject({ meterCount: 5000, tickMs: 1000, simulator: 'on' });
    expect(config.security.apiKeys).toEqual([]);
    expect(config.compliance.openai).toBeUndefined();
  });

  it('lists every bad variable in one error', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', METER_COUNT: '2000000', SIMULATOR: 'maybe', OPENAI_BASE_URL: 'ftp://x' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    for (const name of ['PORT', 'METER_COUNT', 'SIMULATOR', 'OPENAI_BASE_URL']) expect(problems).toContain(name);
    expect((error as ConfigError).problems).toHaveLength(4);
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ API_KEYS: 'first-key-1, second-key-2' });
    expect(Object.isFrozen(config.security.apiKeys)).toBe(true);
    expect(config.security.apiKeys).toEqual(['first-key-1', 'second-key-2']);
    expect(() => {
      (config.telemetry as { tickMs: number }).tickMs = 5;
    }).toThrow(TypeError);
  });

  it('trusts no proxy unless told which peers to trust', () => {
    expect(loadConfig({}).security.trustedProxies).toEqual([]);
    expect(loadConfig({ TRUSTED_PROXIES: 'loopback, 10.0.0.0/8, ::1' }).security.trustedProxies).toEqual(['loopback', '10.0.0.0/8', '::1']);
    for (const bad of ['yes', '10.0.0.0/33', '300.1.1.1', '10.0.0.0/8/1']) {
      expect(() => loadConfig({ TRUSTED_PROXIES: bad })).toThrow(/TRUSTED_PROXIES/);
    }
  });

  it('requires Azure OpenAI key and endpoint together', () => {
    expect(() => loadConfig({ AZURE_OPENAI_API_KEY: 'abc' })).toThrow(/AZURE_OPENAI_API_KEY and AZURE_OPENAI_ENDPOINT/);
  });
});

describe('database settings', () => {
  it('stays in the embedded mode without DATABASE_URL', () => {
    expect(loadConfig({}).database).toBeUndefined();
  });

  it('reads the database mode from DATABASE_URL with its defaults', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://app@db.example:5432/powergrid' });
    expect(config.database).toEqual({ url: 'postgres://app@db.example:5432/powergrid', poolMax: 10, auth: 'password', identity: undefined, readingsRetentionHours: 48 });
  });

  it('takes the managed identity endpoint that App Service sets in Entra mode', () => {
    const env = { DATABASE_URL: 'postgres://app@db.example/powergrid', DATABASE_AUTH: 'azure-managed-identity' };
    expect(() => loadConfig(env)).toThrow(/IDENTITY_ENDPOINT/);
    const config = loadConfig({ ...env, IDENTITY_ENDPOINT: 'http://169.254.1.1/msi/token', IDENTITY_HEADER: 'h', DATABASE_AZURE_CLIENT_ID: 'c1' });
    expect(config.database?.identity).toEqual({ url: 'http://169.254.1.1/msi/token', header: 'h', clientId: 'c1' });
  });

  it('refuses a URL that is not PostgreSQL or names no database, with the other bad variables', () => {
    for (const bad of ['mysql://db/x', 'postgres://db.example', 'not a url']) {
      expect(() => loadConfig({ DATABASE_URL: bad })).toThrow(/DATABASE_URL/);
    }
    expect(() => loadConfig({ DATABASE_URL: 'postgres://h/db', DATABASE_POOL_MAX: '1', DATABASE_AUTH: 'kerberos' })).toThrow(/DATABASE_POOL_MAX[\s\S]*DATABASE_AUTH/);
  });
});
