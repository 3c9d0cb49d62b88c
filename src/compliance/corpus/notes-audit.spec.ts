import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseFigures } from './normalise-figures.js';
import { readSharedText } from '../../../test/support/shared-file.js';

/**
 * Audits the bundled knowledge base against the official text of Directive (EU) 2023/1791, which lives
 * beside the project (../shared/corpus) and is never copied into it.
 */
const NOTES_DIR = resolve(process.cwd(), 'src', 'compliance', 'corpus', 'notes');
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII'];
/** Every annex of the Directive, I to XVII: a question on any of them must find a note in notes-only mode. */
const REQUIRED_ANNEXES = ROMAN.slice(1);
const UNITS = '%|TJ|PJ|MW|kW|GW|Mtoe|ktoe|TWh|GWh|MWh|kWh|m2|EUR';
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const COPY_WINDOW = 12;
/** MAX_CHUNK_CHARS of legal-chunker.ts (not imported: it pulls in ESM-only modules this spec need not load). */
const MAX_CHUNK_CHARS = 1200;

/** Every figure, percentage, threshold and date a note states, as it must appear in the official text. */
export function extractFigures(note: string): string[] {
  const body = normaliseFigures(note.split('\n').slice(1).join('\n'));
  const figures = new Set<string>();
  const dates = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, 'g');
  for (const match of body.match(dates) ?? []) figures.add(match);
  const withoutDates = body.replace(dates, ' ');
  const measured = new RegExp(`(?<![\\w.])\\d+(?:\\.\\d+)?(?: ?(?:${UNITS}))(?![\\w])`, 'g');
  for (const match of withoutDates.match(measured) ?? []) figures.add(match.replace(/ ?%$/, '%'));
  const bare = withoutDates.replace(measured, ' ');
  for (const match of bare.match(/(?<![\w.])\d+(?:\.\d+)?(?![\w])/g) ?? []) figures.add(match);
  return [...figures];
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function shingles(tokens: string[], size: number): Set<string> {
  const result = new Set<string>();
  for (let i = 0; i + size <= tokens.length; i++) result.add(tokens.slice(i, i + size).join(' '));
  return result;
}

function hasFigure(official: string, figure: string): boolean {
  if (/^\d+(?:\.\d+)?$/.test(figure)) return new RegExp(`(?<![\\d.])${figure.replace('.', '\\.')}(?![\\d]|\\.\\d)`).test(official);
  const spaced = figure.replace(/^(\d+(?:\.\d+)?)(?=[A-Za-z])/, '$1 ');
  return official.includes(figure) || official.includes(spaced);
}

const officialRaw = readSharedText('corpus', 'eed-2023-1791.txt');
const official = normaliseFigures(officialRaw);
const officialShingles = shingles(words(officialRaw), COPY_WINDOW);
const noteFiles = readdirSync(NOTES_DIR).filter((name) => name.endsWith('.md')).sort();
const notes = noteFiles.map((file) => ({ file, text: readFileSync(join(NOTES_DIR, file), 'utf8') }));

describe('bundled knowledge base', () => {
  it('extracts figures the way the audit expects', () => {
    const figures = extractFigures('# Article 8 — Energy savings obligation\nSavings of 1,9 % a year from 1 January 2028; 85 TJ and 10 per cent; 2030.');
    expect(figures.sort()).toEqual(['1 January 2028', '1.9%', '10%', '2030', '85 TJ'].sort());
  });

  it('reads a floor area the same in a note (m²) and in the official text (m^2)', () => {
    expect(extractFigures('# Article 6 — Public buildings\nAbove 250 m² of floor area.')).toEqual(['250 m2']);
    expect(hasFigure(normaliseFigures('floor area of over 250 m^2 , that are'), '250 m2')).toBe(true);
  });

  it('has a note for every article 1-40 and every annex I-XVII', () => {
    const expected = [
      ...Array.from({ length: 40 }, (_, i) => `article-${String(i + 1).padStart(2, '0')}.md`),
      ...REQUIRED_ANNEXES.map((roman) => `annex-${String(ROMAN.indexOf(roman)).padStart(2, '0')}.md`),
    ];
    expect(expected.filter((file) => !noteFiles.includes(file))).toEqual([]);
  });

  it.each(notes)('$file names its article or annex and its title in the first line', ({ file, text }) => {
    const heading = text.split('\n')[0];
    const match = /^# (Article (\d+)|Annex ([IVX]+)) — (.{3,})$/.exec(heading);
    expect(match).not.toBeNull();
    const number = match![2] !== undefined ? Number(match![2]) : ROMAN.indexOf(match![3]);
    const kind = match![2] !== undefined ? 'article' : 'annex';
    expect(file).toBe(`${kind}-${String(number).padStart(2, '0')}.md`);
  });

  it.each(notes)('$file keeps each paragraph within one chunk, so a provision is never cut from its condition', ({ text }) => {
    const long = text.split(/\n\s*\n/).filter((paragraph) => paragraph.trim().length > MAX_CHUNK_CHARS);
    expect(long.map((paragraph) => paragraph.slice(0, 60))).toEqual([]);
  });

  it.each(notes)('$file states only figures and dates that appear in the official text', ({ text }) => {
    const missing = extractFigures(text).filter((figure) => !hasFigure(official, figure));
    expect(missing).toEqual([]);
  });

  it.each(notes)('$file is written in our own words (no run of 12 words copied from the official text)', ({ text }) => {
    const copied = [...shingles(words(text.split('\n').slice(1).join('\n')), COPY_WINDOW)].filter((run) => officialShingles.has(run));
    expect(copied).toEqual([]);
  });
});
