/**
 * Lists, per article and annex, the facts of the official text its bundled note does not state.
 * Usage: npx tsx tools/note-facts/report-note-facts.ts [official.txt] [--notes DIR] [--only article-11.md] [--summary] [--paragraphs]
 * Each section also lists, ranked and capped at TERMS_CAP (12), the terms of art the note does not use in the law's
 * wording (termsOfArt in note-facts.ts); --summary counts them per section and in total.
 * --paragraphs also lists the numbered paragraphs whose content words the note mostly leaves out (named duties, lists).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { definedTerms, extractFacts, missingFacts, missingTerms, paragraphCoverage, sectionFrequencies, splitOfficialSections, termsOfArt } from './note-facts.js';

const args = process.argv.slice(2);
const officialPath = resolve(args.find((arg) => arg.endsWith('.txt')) ?? join(process.cwd(), '..', 'shared', 'corpus', 'eed-2023-1791.txt'));
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const summary = args.includes('--summary');
const paragraphs = args.includes('--paragraphs');
const TERMS_CAP = Number(process.env.TERMS_CAP ?? 12);
const LOW_COVERAGE = Number(process.env.LOW_COVERAGE ?? 0.5);
const notesDir = resolve(args.includes('--notes') ? args[args.indexOf('--notes') + 1] : join(process.cwd(), 'src', 'compliance', 'corpus', 'notes'));

const sections = splitOfficialSections(readFileSync(officialPath, 'utf8'));
const terms = definedTerms(sections.find((section) => section.file === 'article-02.md')?.text ?? '');
const frequencies = sectionFrequencies(sections);
let termsTotal = 0;
let termsMissingTotal = 0;
let total = 0;
let missingTotal = 0;
const byKind: Record<string, number> = {};
for (const section of sections) {
  if (only && section.file !== only) continue;
  const notePath = join(notesDir, section.file);
  const note = existsSync(notePath) ? readFileSync(notePath, 'utf8') : '';
  const facts = extractFacts(section.text, terms);
  const missing = missingFacts(facts, note);
  total += facts.length;
  missingTotal += missing.length;
  const artTerms = termsOfArt(section.text, frequencies, sections.length);
  const missingArt = missingTerms(artTerms, note);
  termsTotal += artTerms.length;
  termsMissingTotal += missingArt.length;
  for (const fact of missing) byKind[fact.kind] = (byKind[fact.kind] ?? 0) + 1;
  if (paragraphs) {
    for (const entry of paragraphCoverage(section.text, note).filter((e) => e.coverage < LOW_COVERAGE)) {
      console.log(`${section.file} paragraph ${entry.paragraph}: ${Math.round(entry.coverage * 100)} % of its words; missing ${entry.missingWords.slice(0, 20).join(' ')}`);
    }
  }
  if (missing.length === 0 && missingArt.length === 0 && !summary) continue;
  const label = `${section.file}${note ? '' : ' (NO NOTE)'}: ${missing.length}/${facts.length} facts, ${missingArt.length}/${artTerms.length} terms of art missing`;
  const lines = [
    ...missing.map((fact) => `[${fact.kind}] ${fact.text}`),
    ...missingArt.slice(0, TERMS_CAP).map((term) => `[term of art ${term.score}] ${term.text}`),
  ];
  console.log(summary ? label : [label, ...lines].join('\n  '));
}
console.log(`TOTAL ${missingTotal} of ${total} facts missing; by kind ${JSON.stringify(byKind)}`);
console.log(`TERMS OF ART ${termsMissingTotal} of ${termsTotal} missing`);
