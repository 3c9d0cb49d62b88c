import { parseIsoTimestamp } from './iso-timestamp.js';

describe(parseIsoTimestamp.name, () => {
  it.each([
    '2026-11-27T02:30:00Z',
    '2026-11-27T02:30Z',
    '2026-11-27T02:30:00.5Z',
    '2026-11-27T02:30:00.123Z',
    '2026-11-27T02:30:00.123456789Z',
    '2026-11-27T03:30:00+01:00',
    '2026-11-26T21:00:00-05:30',
    '2024-02-29T00:00:00Z',
  ])('agrees with Date.parse on %s', (text) => {
    expect(parseIsoTimestamp(text)).toBe(Date.parse(text));
  });

  it.each([
    '2026-11-27T02:30:00',
    '2026-11-27 02:30:00Z',
    '2026-02-30T00:00:00Z',
    '2025-02-29T00:00:00Z',
    '2026-13-01T00:00:00Z',
    '2026-11-27T24:00:00Z',
    '2026-11-27T02:60:00Z',
    '2026-11-27T02:30:00.Z',
    '2026-11-27T02:30:00Zjunk',
    '2026-11-27T02:30:00+0100',
    'yesterday at noon',
    '',
  ])('rejects %j', (text) => {
    expect(parseIsoTimestamp(text)).toBeNaN();
  });
});
