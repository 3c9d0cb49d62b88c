/**
 * Official Journal layout noise that is not law: footnotes ("(35) Regulation (EU) 2021/1119 ... (OJ L 243,
 * 9.7.2021, p. 1).") printed between paragraphs, and their tails when a footnote runs over a page break.
 * Removed before chunking so they never reach an answer, an excerpt or a prompt.
 */
const FOOTNOTE_START = /^\(\d{1,3}\)\s+(Regulation|Directive|Decision|Commission|Council|Recommendation|Communication|OJ|Judgment|Proposal)\b/;
const FOOTNOTE_END = /\bp\.\s*\d+\)?\.?\s*$|\)\.\s*$/;
const OJ_REFERENCE = /\(OJ [LC]\s*[\dI]+/;

export function withoutFootnotes(lines: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const trimmed = lines[i].trim();
    if (FOOTNOTE_START.test(trimmed)) {
      // A footnote cites the Official Journal within a few lines; a recital that starts "(1) Directive ..." does not.
      const end = lines.slice(i, i + 5).findIndex((line) => OJ_REFERENCE.test(line) || /^\(\d{1,3}\)\s+OJ\b/.test(line.trim()));
      if (end !== -1) {
        let last = i + end;
        while (last < lines.length - 1 && !FOOTNOTE_END.test(lines[last].trim()) && last < i + 5) last++;
        i = last;
        continue;
      }
    }
    // The tail of a footnote continued from the previous page: a line that ends in an OJ reference.
    if (OJ_REFERENCE.test(trimmed) && FOOTNOTE_END.test(trimmed) && !/\b(shall|may|must)\b/.test(trimmed)) continue;
    kept.push(lines[i]);
  }
  return kept;
}

/** Markdown markup that must not show in answers or excerpts (headings, emphasis, code ticks, bullets). */
export function withoutMarkdown(text: string): string {
  return text
    .replace(/^\s{0,3}#{1,6}\s+/gm, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`+/g, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/^\s*>\s?/gm, '');
}

/** Official-text paragraph fingerprint: letters and digits only, so line wrapping and spacing do not matter. */
export function paragraphKey(text: string): string {
  return text.toLowerCase().normalize('NFKC').replace(/[^a-z0-9]/g, '');
}
