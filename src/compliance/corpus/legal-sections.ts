/** One article, annex or the text before the first of them (recitals, a preface). */
export interface LegalSection {
  /** "Article 11", "Annex VI"; absent for text outside any article. */
  article?: string;
  articleTitle?: string;
  lines: string[];
}

const MARKDOWN_HEADING = /^#{1,4}\s*(article|annex)\s+([0-9]+[a-z]?|[ivxlc]+)\b\s*[—–:.-]*\s*(.*)$/i;
/** "Article 3 - Title" on one line, as plain-text and PDF documents often write it. */
const DASHED_HEADING = /^\s*(Article|ARTICLE|Annex|ANNEX)\s+([0-9]+[a-z]?|[IVXLC]+)\s+[—–-]\s+(\S.*)$/;
const OFFICIAL_ARTICLE = /^Article\s+(\d+[a-z]?)\s*$/;
const OFFICIAL_ANNEX = /^ANNEX\s+([IVXLC]+)\s*$/;
const CHAPTER = /^(CHAPTER|SECTION|TITLE)\s+[IVXLC0-9]+\s*$/;

function isUpperTitle(line: string): boolean {
  return /[A-Z]/.test(line) && line === line.toUpperCase() && !/^\(?\d/.test(line);
}

function isTitleLine(line: string | undefined): line is string {
  return line !== undefined && line.trim().length > 0 && !/^(\(?\d|\([a-z]+\)|-|•)/.test(line.trim());
}

/**
 * Splits a legal text into articles and annexes. Understands our notes (`# Article 11 — Title`) and the
 * Official Journal layout (`Article 11` then a title line; `ANNEX VI` then upper-case title lines).
 * Official headings must number upwards, so a wrapped cross-reference that happens to start a line
 * ("Article 28" alone) is not mistaken for a heading.
 */
export function splitLegalSections(text: string): LegalSection[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const sections: LegalSection[] = [{ lines: [] }];
  let lastArticle = 0;
  let sawAnnex = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    const markdown = MARKDOWN_HEADING.exec(line) ?? DASHED_HEADING.exec(line);
    if (markdown) {
      const kind = markdown[1].toLowerCase() === 'article' ? 'Article' : 'Annex';
      const number = kind === 'Annex' ? markdown[2].toUpperCase() : markdown[2];
      sections.push({ article: `${kind} ${number}`, articleTitle: markdown[3].trim() || undefined, lines: [] });
      continue;
    }
    const official = OFFICIAL_ARTICLE.exec(line);
    if (official && !sawAnnex && parseInt(official[1], 10) > lastArticle && isTitleLine(lines[i + 1])) {
      lastArticle = parseInt(official[1], 10);
      sections.push({ article: `Article ${official[1]}`, articleTitle: lines[i + 1].trim(), lines: [] });
      i += 1;
      continue;
    }
    const annex = OFFICIAL_ANNEX.exec(line);
    if (annex && isTitleLine(lines[i + 1])) {
      sawAnnex = true;
      const title: string[] = [];
      while (i + 1 < lines.length && isUpperTitle(lines[i + 1].trim()) && title.length < 4) title.push(lines[++i].trim());
      sections.push({ article: `Annex ${annex[1]}`, articleTitle: title.join(' ') || undefined, lines: [] });
      continue;
    }
    if (CHAPTER.test(line.trim())) {
      if (isUpperTitle(lines[i + 1]?.trim() ?? '')) i += 1;
      continue;
    }
    sections[sections.length - 1].lines.push(line);
  }
  return sections.filter((section) => section.article !== undefined || section.lines.some((l) => l.trim().length > 0));
}
