import { Parser } from 'htmlparser2';
import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'iframe', 'object']);
/** Elements that start a new line; every other tag becomes a space so words on either side stay apart. */
const BLOCKS = new Set([
  'br', 'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'tr', 'table', 'section', 'article', 'header', 'footer', 'blockquote', 'pre', 'dt', 'dd', 'hr',
]);
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '', copy: '©', reg: '®', euro: '€', sect: '§', para: '¶', deg: '°',
  ndash: '–', mdash: '—', hellip: '…', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', middot: '·', bull: '•', times: '×',
};
/** Anchored on "&" with one unbounded run each, so the scan is linear in the length of the text. */
const REFERENCE = /&(#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g;
const MAX_CODE_POINT = 0x10ffff;

/**
 * Turns HTML into plain text with htmlparser2's tokenizer, which reads its input once: unclosed comments,
 * scripts or tags cost linear time, where the regular expressions it replaces were quadratic on them.
 * Scripts, styles and comments go, block elements become line breaks, character references are decoded.
 */
export function htmlToText(html: string): string {
  const out: string[] = [];
  let skipping = 0;
  let pending = '';
  const flush = (): void => {
    if (pending) out.push(decodeReferences(pending));
    pending = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        flush();
        if (SKIPPED.has(name)) skipping++;
        else if (skipping === 0) out.push(BLOCKS.has(name) ? '\n' : ' ');
      },
      ontext(text) {
        if (skipping === 0) pending += text;
      },
      onclosetag(name) {
        flush();
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (skipping === 0) out.push(BLOCKS.has(name) ? '\n' : ' ');
      },
    },
    // References are decoded here, so an impossible one is refused instead of silently replaced.
    { decodeEntities: false, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out
    .join('')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function decodeReferences(text: string): string {
  return text.replace(REFERENCE, (reference, name: string) => {
    if (!name.startsWith('#')) return NAMED[name.toLowerCase()] ?? reference;
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = hex ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!(code > 0 && code <= MAX_CODE_POINT) || (code >= 0xd800 && code <= 0xdfff)) {
      throw new AppError(ComplianceErrors.COMPLIANCE_HTML_INVALID, `The HTML contains the character reference "${reference.slice(0, 24)}", which names no character.`);
    }
    return String.fromCodePoint(code);
  });
}
