import { htmlToText } from './html-text.js';

/** 256 KB of one unclosed construct: what blocked the event loop for 19.6 s with the old regular expressions. */
const PATHOLOGICAL: readonly [string, string][] = [
  ['unclosed comments', '<!--'],
  ['unclosed scripts', '<script'],
  ['unclosed anchors', '<a'],
  ['unclosed scripts with a body', '<script>x'],
  ['half references', '&#1'],
];

describe(htmlToText.name, () => {
  it('drops scripts, styles and comments, decodes entities and keeps block breaks', () => {
    const html = '<head><style>p{}</style></head><script>steal()</script><!-- x --><h1>Energy&nbsp;audits</h1><p>Every 4&#160;years &amp; above 10&nbsp;TJ</p>';
    expect(htmlToText(html)).toBe('Energy audits\n\nEvery 4 years & above 10 TJ');
  });

  it('keeps text after a closed head and decodes hexadecimal references', () => {
    expect(htmlToText('<html><head><title>t</title></head><body><p>Art&#x00E9;&eacute; 11 &sect; 2</p></body></html>')).toBe('Arté&eacute; 11 § 2');
  });

  it('refuses a numeric reference beyond Unicode or to a surrogate with COMPLIANCE_HTML_INVALID', () => {
    for (const html of ['<p>&#99999999;</p>', '<p>&#x110000;</p>', '<p>&#xD800;</p>', '<p>&#0;</p>', `<p>&#${'9'.repeat(40)};</p>`]) {
      expect(() => htmlToText(html)).toThrow(expect.objectContaining({ code: 'COMPLIANCE_HTML_INVALID', status: 400 }));
    }
  });

  it.each(PATHOLOGICAL)('reads 256 KB of %s in linear time (under 500 ms, and 4x the input under 8x the time)', (_label, unit) => {
    const timed = (bytes: number): number => {
      const input = unit.repeat(Math.ceil(bytes / unit.length));
      const started = performance.now();
      htmlToText(input);
      return performance.now() - started;
    };
    timed(16 * 1024);
    const small = timed(256 * 1024);
    const large = timed(1024 * 1024);
    expect(small).toBeLessThan(500);
    // Quadratic code takes 16x as long on 4x the input; allow noise from a busy machine, not that.
    expect(large).toBeLessThan(Math.max(8 * small, 400));
  });
});
