import { spawnSync } from 'node:child_process';

describe('configuration validated at boot', () => {
  it('exits non-zero and lists every bad variable in one message', () => {
    const result = spawnSync(process.execPath, ['dist/main.js'], {
      env: { PATH: process.env.PATH, PORT: '99999', METER_COUNT: 'lots', TICK_MS: '0', LOG_LEVEL: 'chatty' },
      encoding: 'utf8',
      timeout: 20000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Invalid configuration');
    for (const name of ['PORT', 'METER_COUNT', 'TICK_MS', 'LOG_LEVEL']) expect(result.stderr).toContain(name);
  });
});
