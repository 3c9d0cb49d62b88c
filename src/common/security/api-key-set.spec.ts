import { ApiKeySet } from './api-key-set.js';

describe(ApiKeySet.name, () => {
  const keys = new ApiKeySet(['first-key-123', 'second-key-456']);

  it('accepts any configured key and nothing else', () => {
    expect(keys.matches('first-key-123')).toBe(true);
    expect(keys.matches('second-key-456')).toBe(true);
    expect(keys.matches('first-key-12')).toBe(false);
    expect(keys.matches('first-key-1234')).toBe(false);
    expect(keys.matches('FIRST-KEY-123')).toBe(false);
  });

  it('rejects missing, empty and repeated header values', () => {
    expect(keys.matches(undefined)).toBe(false);
    expect(keys.matches('')).toBe(false);
    expect(keys.matches(['first-key-123', 'first-key-123'])).toBe(false);
  });

  it('is disabled when no key is configured', () => {
    expect(new ApiKeySet([]).enabled).toBe(false);
    expect(keys.enabled).toBe(true);
  });
});
