import fc from 'fast-check';

/** Ids that try to leave their directory or confuse a decoder; sent as-is in the path (already URL-safe). */
export const TRAVERSAL_IDS: readonly string[] = [
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '%252e%252e%252fetc%252fpasswd',
  '..%5C..%5Cwindows%5Cwin.ini',
  '....%2F%2F....%2F%2Fetc%2Fpasswd',
  '..',
  '.',
  '%2e%2e',
  '%00',
  'note-article-11%00.md',
  '%ff%fe',
  '%c0%ae%c0%ae%c0%af',
  '%',
  '%zz',
  '%F0%9F%92%A9',
  '..%252f..%252f',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('/etc/passwd'),
  encodeURIComponent('C:\\Windows\\System32'),
];

/** Paths that really contain slashes: they route elsewhere (404) and must still get the error shape. */
export const RAW_TRAVERSAL_PATHS: readonly string[] = ['../../etc/passwd', '..\\..\\etc\\passwd', './/..//', '%2e%2e/%2e%2e/etc/passwd'];

/** Numbers a parser gets wrong: as query text and as JSON numbers (NaN and Infinity become null in JSON). */
export const HOSTILE_NUMBER_TEXT: readonly string[] = [
  'NaN', 'Infinity', '-Infinity', '-1', '0', '-0', '1e308', '-1e308', '1e309', '5e-324', '0x10', '0b11', '1.5', '',
  ' 1', '1 ', '+1', '1e3', '9007199254740993', '00001', '1_000', 'null', 'undefined', 'true', '[]', '{}', '١٢',
];
export const HOSTILE_NUMBERS: readonly number[] = [-1, 0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 0.1, 2 ** 31, -(2 ** 53), NaN, Infinity];

const CONTROL = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code));
const SPECIALS = fc.constantFrom('\u0000', '\u202e', '\ufeff', '\ud800', '\udfff', '\u2028', '<script>alert(1)</script>', '"; DROP TABLE x; --', '${7*7}', '{{7*7}}', '%s%n', '\\u0000', '💩', 'ǅ', 'İ', '\r\n\r\n');

/** Strings with control characters, lone surrogates, markup and format specifiers mixed in. */
export function hostileString(maxLength = 64): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.array(fc.oneof(CONTROL, SPECIALS, fc.string({ maxLength: 4 })), { maxLength: 12 }).map((parts) => parts.join('')),
    fc.constantFrom(...TRAVERSAL_IDS.map((id) => decodeURIComponentSafe(id))),
  );
}

/** Long but bounded, so the suite stays fast: up to ~200 KB, below every route's body limit. */
export const hugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(2_001, 10_000, 65_537, 200_000), fc.constantFrom('a', 'é', '💩', '\u0000', ' '))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

/** Any JSON value of the wrong kind for a field. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(...HOSTILE_NUMBERS),
  hostileString(),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);

/** JSON text nested thousands of levels deep (built as text: JSON.stringify would recurse). */
export const deepJson: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(64, 1_000, 20_000), fc.constantFrom('array', 'object', 'readings'))
  .map(([depth, shape]) => {
    if (shape === 'array') return '['.repeat(depth) + ']'.repeat(depth);
    if (shape === 'object') return '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    return '{"readings":[{"meterId":' + '['.repeat(depth) + ']'.repeat(depth) + ',"timestamp":"2026-11-27T02:30:00Z","powerKw":1}],"question":' + '{"q":'.repeat(depth) + '1' + '}'.repeat(depth) + '}';
  });

/** Bytes that are not valid UTF-8, or valid but full of control characters. */
export const rawBytes: fc.Arbitrary<Buffer> = fc.oneof(
  fc.uint8Array({ maxLength: 256 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(
    Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
    Buffer.from([0x7b, 0x22, 0x71, 0x75, 0x65, 0x73, 0x74, 0x69, 0x6f, 0x6e, 0x22, 0x3a, 0x22, 0xc0, 0x80, 0xed, 0xa0, 0x80, 0x22, 0x7d]),
    Buffer.from('{"question":"\u0000\u0001\u0002\u001b[31m"}'),
    Buffer.from('{"readings":[{"meterId":"\u0000","timestamp":"\u0007","powerKw":1}]}'),
    Buffer.from('\ufeff{"question":"BOM first"}'),
    Buffer.from('{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}'),
    Buffer.from('{"question": 1e999999}'),
    Buffer.from('{"a":1,"a":2,"question":"dup","question":"keys"}'),
    Buffer.from([0xef, 0xbb, 0xbf, 0x5b, 0x5d]),
    Buffer.alloc(0),
  ),
);

/** Content types a client might get wrong, plus the right one most of the time. */
export const contentType: fc.Arbitrary<string | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      undefined, 'text/plain', 'application/json; charset=latin1', 'application/json; charset=utf-16le', 'APPLICATION/JSON',
      'application/x-www-form-urlencoded', 'application/octet-stream', 'application/xml', 'multipart/form-data',
      'multipart/form-data; boundary=', 'multipart/form-data; boundary=zzz', 'text/event-stream', 'image/png',
      'application/vnd.api+json', '*/*', ';;;', 'application/json;;charset=', 'a'.repeat(300), 'text/html',
    ),
  },
);

export function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
