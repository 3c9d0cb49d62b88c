import {
  candidatePhrases,
  definedTerms,
  extractFacts,
  missingFacts,
  missingTerms,
  normaliseForMatch,
  paragraphCoverage,
  sectionFrequencies,
  splitOfficialSections,
  termsOfArt,
} from './note-facts.js';

const OFFICIAL = [
  '(12) Recital text about Article 11 that is not enacting law.',
  'Article 1',
  'Subject matter and scope',
  '1. This Directive establishes a framework.',
  'Article 2',
  'Definitions',
  '(1) ‘energy’ means energy products;',
  '(32) ‘energy audit’ means a systematic procedure;',
  '(33) ‘energy performance contracting’ means a contractual arrangement;',
  'Article 11',
  'Energy management systems and energy audits',
  '1. Enterprises above 85 TJ shall implement an energy management system by 11 October 2027.',
  '2. Enterprises above 10 TJ shall undergo an energy audit every four years, and submit it within three months, and every year thereafter;',
  'the surplus counts towards the following three years;',
  'the rate of 1,3 % applies to buildings over 250 m^2 by 2030, as listed in Annex I to Directive 2003/87/EC and Annex VI.',
  'ANNEX VI',
  'MINIMUM CRITERIA FOR ENERGY AUDITS',
  'Energy performance contracting is reported annually.',
].join('\n');

describe('note facts', () => {
  const sections = splitOfficialSections(OFFICIAL);
  const terms = definedTerms(sections.find((section) => section.file === 'article-02.md')!.text);
  const article11 = sections.find((section) => section.file === 'article-11.md')!;

  it('splits the enacting terms into one section per article and annex, named as the notes are', () => {
    expect(sections.map((section) => section.file)).toEqual(['article-01.md', 'article-02.md', 'article-11.md', 'annex-06.md']);
    expect(sections[0].text).not.toContain('Recital');
  });

  it('takes the defined terms of Article 2, leaving out the ones every note uses', () => {
    expect(terms).toEqual(['energy audit', 'energy performance contracting']);
  });

  it('extracts dates, figures with units, frequencies, durations, target years, annexes and defined terms', () => {
    const facts = extractFacts(article11.text, terms).map((fact) => `${fact.kind}:${fact.text}`);
    expect(facts).toEqual(
      expect.arrayContaining([
        'date:11 October 2027',
        'figure:85 TJ',
        'figure:10 TJ',
        'figure:1,3 %',
        'figure:250 m2',
        'frequency:every four years',
        'frequency:every year thereafter',
        'frequency:following three years',
        'duration:three months',
        'year:2030',
        'annex:Annex VI',
        'term:energy audit',
      ]),
    );
    expect(facts).not.toContain('annex:Annex I');
    expect(extractFacts(sections[3].text, terms).map((fact) => fact.text)).toEqual(expect.arrayContaining(['annually', 'energy performance contracting']));
  });

  it('compares as the eval does: case, spaces and decimal commas do not matter', () => {
    expect(normaliseForMatch('1,3 % of 250 m²')).toBe(normaliseForMatch('1.3% of 250 m2'));
    const facts = extractFacts(article11.text, terms);
    const note = 'Above 85TJ an energy management system is due by 11 October 2027; above 10 TJ an Energy Audit every four years. 1.3% a year.';
    expect(missingFacts(facts, note).map((fact) => fact.text)).toEqual(expect.arrayContaining(['250 m2', 'three months', '2030', 'Annex VI']));
    expect(missingFacts(facts, note).map((fact) => fact.text)).not.toEqual(expect.arrayContaining(['85 TJ']));
    expect(missingFacts(facts, note).map((fact) => fact.text)).not.toEqual(expect.arrayContaining(['1,3 %']));
  });

  it('measures per numbered paragraph how many of its content words the note uses', () => {
    const coverage = paragraphCoverage(article11.text, 'Enterprises above 85 TJ implement an energy management system.');
    const second = coverage.find((entry) => entry.paragraph === '2')!;
    expect(second.missingWords).toEqual(expect.arrayContaining(['undergo', 'submit']));
    expect(coverage.find((entry) => entry.paragraph === '1')?.coverage ?? 1).toBeGreaterThan(second.coverage);
  });

  describe('terms of art', () => {
    const LAW = [
      { text: 'Member States shall ensure that energy consumption is measured by heat cost allocators under Article 8(1).' },
      { text: 'Final customers shall have access to ombudsman services or alternative dispute resolution on energy consumption.' },
      { text: 'The energy consumption of buildings, as referred to in Annex VI, shall include cooking purposes.' },
      { text: 'Energy consumption in Member States is reported on energy consumption.' },
    ];
    const frequencies = sectionFrequencies(LAW);
    const terms = (index: number) => termsOfArt(LAW[index].text, frequencies, LAW.length).map((term) => term.text);

    it('takes runs of content words between function words, and keeps two runs joined by one "or", "of", "and" or "for" whole', () => {
      expect(candidatePhrases(LAW[1].text).map((words) => words.join(' '))).toEqual(
        expect.arrayContaining(['Final customers', 'ombudsman services or alternative dispute resolution']),
      );
      expect(candidatePhrases('shall use heat meters (a) or sub-meters').map((words) => words.join(' '))).not.toContain('heat meters or sub-meters');
    });

    it('keeps phrases with a word rare across sections, never cross-references or phrases every section uses', () => {
      expect(terms(0)).toContain('heat cost allocators');
      expect(terms(1)).toContain('ombudsman services or alternative dispute resolution');
      expect(terms(2)).toContain('cooking purposes');
      expect([...terms(0), ...terms(2)].join(' | ')).not.toMatch(/Article|Annex|8\(1\)/);
      expect(terms(3)).toEqual([]);
    });

    it('lists a term only once: a term inside a better-ranked one is left out', () => {
      expect(terms(1).filter((term) => term.includes('alternative dispute resolution'))).toHaveLength(1);
    });

    it('reports the terms a note does not state in the law wording, compared as the eval compares', () => {
      const found = termsOfArt(LAW[0].text, frequencies, LAW.length);
      expect(missingTerms(found, 'Consumption is read with Heat  Cost allocators.')).toEqual([]);
      expect(missingTerms(found, 'Consumption is read with devices on each radiator.').map((term) => term.text)).toContain('heat cost allocators');
    });
  });
});
