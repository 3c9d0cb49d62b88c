import { outlineAnswer, outlineAsked, outlineLines, romanValue } from './act-outline.js';
import type { RetrievedChunk } from './rag-types.js';

const passage = (article: string, articleTitle: string, source: 'official' | 'bundled' = 'bundled'): RetrievedChunk => ({
  text: `${article} sets out ${articleTitle.toLowerCase()}.`,
  metadata: { documentId: `doc-${source}`, title: source === 'official' ? 'Directive (EU) 2023/1791' : 'Notes', chunkIndex: 0, source, article, articleTitle },
  similarity: 0.2,
  score: 1,
});

describe(outlineAsked.name, () => {
  it.each([
    ['What are the annexes of the directive?', 'annexes'],
    ['List the annexes', 'annexes'],
    ['Which annexes does the EED have?', 'annexes'],
    ['How many annexes does the directive have?', 'annexes'],
    ['How is the EED structured?', 'chapters'],
    ['Table of contents', 'chapters'],
    ['How many articles does the directive have?', 'chapters'],
    ['What are the chapters of the recast directive?', 'chapters'],
  ])('reads "%s" as the %s asked for', (question, asked) => {
    expect(outlineAsked(question)).toBe(asked);
  });

  it.each([
    'List the annexes on metering',
    'Which annex covers energy audits?',
    'What does Annex VI require?',
    'Which articles apply to SMEs?',
    'What are the annexes of the Renewable Energy Directive about?',
    'How many articles of the directive mention data centres?',
  ])('leaves "%s" to retrieval', (question) => {
    expect(outlineAsked(question)).toBeUndefined();
  });
});

describe(romanValue.name, () => {
  it('reads an annex numeral, subtractive forms included', () => {
    expect(['Annex I', 'Annex IV', 'Annex IX', 'Annex XIV', 'Annex XVII'].map(romanValue)).toEqual([1, 4, 9, 14, 17]);
  });
});

describe(outlineLines.name, () => {
  it("lists the annexes in the act's order, each once, with a capitalised title in sentence case and a long one cut at a word", () => {
    const chunks = [
      passage('Annex X', 'Potential for efficiency in heating and cooling'),
      passage('Annex II', 'MINIMUM REQUIREMENTS FOR BILLING AND BILLING INFORMATION BASED ON ACTUAL CONSUMPTION OF NATURAL GAS', 'official'),
      passage('Annex X', 'A second passage of Annex X'),
      passage('Annex IX', 'Minimum requirements for billing'),
      passage('Article 8', 'Energy savings obligation'),
    ];
    const { lead, lines } = outlineLines('annexes', chunks);
    expect(lead).toBe('The directive has 3 annexes.');
    expect(lines.map((l) => l.text)).toEqual([
      'Annex II: Minimum requirements for billing and billing information…',
      'Annex IX: Minimum requirements for billing',
      'Annex X: Potential for efficiency in heating and cooling',
    ]);
  });

  it('lists only the chapters whose first article was retrieved, with the articles each holds', () => {
    const { lines } = outlineLines('chapters', [passage('Article 1', 'Subject matter and scope'), passage('Article 8', 'Energy savings obligation')]);
    expect(lines.map((l) => l.text)).toEqual([
      'Chapter I, Articles 1 to 4: subject matter, scope, definitions and the energy efficiency targets',
      'Chapter III, Articles 8 to 20: efficiency in energy use: the savings obligation, audits, data centres, metering and billing',
    ]);
  });
});

describe(outlineAnswer.name, () => {
  it('cites each listed place with its own passage, and answers nothing where no place was retrieved', () => {
    const result = outlineAnswer('annexes', [passage('Annex I', 'National contributions'), passage('Annex IV', 'Energy efficiency requirements for public procurement')]);
    expect(result?.answer).toBe('The directive has 2 annexes. Annex I: National contributions [1]; Annex IV: Energy efficiency requirements for public procurement [2].');
    expect(result?.citations.map((c) => c.article)).toEqual(['Annex I', 'Annex IV']);
    expect(outlineAnswer('annexes', [passage('Article 8', 'Energy savings obligation')])).toBeUndefined();
  });
});
