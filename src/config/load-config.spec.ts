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
