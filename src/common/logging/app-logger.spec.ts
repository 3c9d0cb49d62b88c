import { logLevelsFrom, resolveLogFormat } from './app-logger.js';
import { requestIdFrom } from './request-id.js';

describe(resolveLogFormat.name, () => {
  it('is pretty only on a terminal unless LOG_FORMAT says otherwise', () => {
    expect(resolveLogFormat('auto', true)).toBe('pretty');
    expect(resolveLogFormat('auto', false)).toBe('json');
    expect(resolveLogFormat('json', true)).toBe('json');
    expect(resolveLogFormat('pretty', false)).toBe('pretty');
  });
});

describe(logLevelsFrom.name, () => {
  it('enables the level and every more severe one', () => {
    expect(logLevelsFrom('warn')).toEqual(['fatal', 'error', 'warn']);
    expect(logLevelsFrom('verbose')).toHaveLength(6);
  });
});

describe(requestIdFrom.name, () => {
  it('keeps one plain token of up to 128 characters', () => {
    for (const id of ['0f8fad5b-d9cb-469f-a165-70867728950e', '01HZX3J8T9', 'Root=1-5759e988-bd862e3fe1be46a994272793', 'a'.repeat(128)]) {
      expect(requestIdFrom(id)).toBe(id);
    }
  });

  it('replaces a missing, repeated, over-long or odd id with a new UUID', () => {
    const uuid = /^[0-9a-f-]{36}$/;
    for (const header of [undefined, '', ['a', 'b'], 'a'.repeat(129), 'id with spaces', 'x\u0007', '{"level":"fatal"}', '-flag']) {
      expect(requestIdFrom(header)).toMatch(uuid);
    }
    expect(requestIdFrom(undefined)).not.toBe(requestIdFrom(undefined));
  });
});
