import { answeredKinds, kindsOf, scoreOf, sentencesOf, statedFigures, type Query } from './answer-scoring.js';
import { intentOf } from './answer-intent.js';
import { placeNumbers } from './article-mentions.js';
import type { RetrievedChunk } from './rag-types.js';
import { askedQuantities } from './threshold-fit.js';
import { contentTerms } from '../embeddings/text-terms.js';

describe(statedFigures.name, () => {
  it('matches the figures a question states with their units, in either decimal notation, and no year or reference', () => {
    const stated = statedFigures('Is the public-sector 1.9 % target of Article 5(1) binding for 2025?');
    expect('reduced by at least 1,9 % each year when compared to 2021'.replace(stated!, '#')).toBe('reduced by at least # each year when compared to 2021');
    expect('Article 5(1) applies from 2025'.replace(stated!, '#')).toBe('Article 5(1) applies from 2025');
    expect(statedFigures('When is the first energy audit due?')).toBeUndefined();
  });
});

describe(answeredKinds.name, () => {
  it('does not count the figure the asker already gave as an answer to "how much" or "what size"', () => {
    const stated = statedFigures('Is there a minimum building size for the 3 % renovation rule?');
    expect(kindsOf('Member States may choose which buildings to include in the 3 % renovation requirement.').has('amount')).toBe(true);
    expect(answeredKinds('Member States may choose which buildings to include in the 3 % renovation requirement.', stated).has('amount')).toBe(false);
    expect(answeredKinds('The rate of at least 3 % is calculated on buildings with a total useful floor area over 250 m2.', stated).has('amount')).toBe(true);
  });
});

describe(kindsOf.name, () => {
  it('tells where a thing is reported or published: a reporting verb and the document or platform it goes in', () => {
    expect(kindsOf('Each Member State shall report such barriers and the measures taken in its long-term renovation strategy.').has('place')).toBe(true);
    expect(kindsOf('Monitoring and reporting of those measures shall be undertaken in the framework of the existing reporting requirements.').has('place')).toBe(true);
    expect(kindsOf('They shall publish that information in the respective notices on Tenders Electronic Daily (TED).').has('place')).toBe(true);
    expect(kindsOf('Member States shall report to the Commission every two years.').has('place')).toBe(false);
  });

  it('reads a day that recurs each year as a date, and a day with no year or recurrence as none', () => {
    expect(kindsOf('Member States shall submit to the Commission before 30 April each year statistics on cogeneration.').has('date')).toBe(true);
    expect(kindsOf('The report is due by 15 March of every year.').has('date')).toBe(true);
    expect(kindsOf('The first audit is due by 11 October 2026.').has('date')).toBe(true);
    expect(kindsOf('The Pillar was proclaimed on 17 November.').has('date')).toBe(false);
  });

  it('tells a document the directive relies on, named by title or number, from a rule that names none', () => {
    expect(kindsOf('Member States shall apply the detailed Guidelines established by Commission Decision 2008/952/EC.').has('source')).toBe(true);
    expect(kindsOf('Model contracts shall take into account the Eurostat guide to the statistical treatment of energy performance contracts.').has('source')).toBe(true);
    expect(kindsOf('Member States shall establish transparent minimum criteria for energy audits based on Annex VI.').has('source')).toBe(false);
  });
});

describe(scoreOf.name, () => {
  it("weighs the router's guessed paragraph twice in the official text and one and a half times in our notes", () => {
    const question = 'What energy-efficiency rules govern what a city council may buy above the tender thresholds?';
    const text = 'Contracting authorities shall purchase only products with high energy-efficiency performance above the thresholds.';
    const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
    const chunkOf = (source: 'official' | 'bundled', guessedParagraph: boolean): RetrievedChunk => ({
      text,
      metadata: { documentId: 'd', title: 't', chunkIndex: 0, article: 'Article 7', paragraph: '7(1)', source },
      similarity: 0,
      score: 0,
      guessedParagraph,
    });
    const score = (source: 'official' | 'bundled', guessed: boolean) => scoreOf({ text, terms: new Set(contentTerms(text)), chunk: chunkOf(source, guessed) }, query);
    expect(score('official', true) / score('official', false)).toBeCloseTo(2);
    expect(score('bundled', true) / score('bundled', false)).toBeCloseTo(1.5);
  });

  it("matches the number of a place the question names only where a sentence names that place, not a paragraph or figure of the number", () => {
    const question = 'What are the annual savings rates under Article 8?';
    const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question), placeNumbers: placeNumbers(question) };
    const score = (text: string) => scoreOf({ text, terms: new Set(contentTerms(text)) }, query);
    const options = 'All the options listed in paragraph 8 shall amount to no more than 25 % of the annual savings.';
    const withoutNumber = 'All the options listed in paragraph 9 shall amount to no more than 25 % of the annual savings.';
    expect(score(options)).toBeCloseTo(score(withoutNumber));
    const note = 'Under Article 8, annual savings rates rise to 1,9 % from 2028.';
    expect(score(note)).toBeGreaterThan(score(note.replace('Article 8', 'the obligation')));
    // A list point reads the place in its passage's lead-in: its number matches there.
    const point = '(b) annual savings rates of 1,9 % from 2028.';
    const inPassage = (lead: string) => {
      const chunk: RetrievedChunk = { text: `${lead} ${point}`, metadata: { documentId: 'd', title: 't', chunkIndex: 0, article: 'Article 8', source: 'bundled' }, similarity: 0, score: 0 };
      return scoreOf({ text: point, terms: new Set([...contentTerms(point), '8']), chunk }, query);
    };
    expect(inPassage('Under Article 8, the rates are:')).toBeGreaterThan(inPassage('Under paragraph 8, the rates are:'));
  });

  it("counts a derogation in full when the asker's own figure falls under its threshold", () => {
    const question = "Our municipality has 4 200 inhabitants. Does our town hall's consumption count towards the public bodies' reduction?";
    const derogation = 'The obligation laid down in paragraph 1 shall not include, until 31 December 2029, the energy consumption of public bodies in local administrative units with a population of less than 5 000 inhabitants.';
    const sentence = { text: derogation, terms: new Set(contentTerms(derogation)) };
    const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
    const plain = scoreOf(sentence, query);
    expect(scoreOf(sentence, { ...query, figures: askedQuantities(question) })).toBeGreaterThan(plain * 3);
    expect(scoreOf(sentence, { ...query, figures: askedQuantities('Our city has 60 000 inhabitants.') })).toBeCloseTo(plain);
  });

  it("weighs a sentence of the paragraph the router guessed 1.5 times, unless the question names a paragraph", () => {
    const text = 'Member States shall ensure that final customers are told of alternative measures one month before a disconnection.';
    const chunk = (guessedParagraph?: boolean) => ({ text, similarity: 0, score: 0, metadata: { documentId: 'eed', title: 'EED', chunkIndex: 1, article: 'Article 21', paragraph: '21(9)' }, ...(guessedParagraph ? { guessedParagraph } : {}) });
    const question = 'We intend to cut off a customer. When must we tell them?';
    const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
    const terms = new Set(contentTerms(text));
    const plain = scoreOf({ text, terms, chunk: chunk() }, query);
    expect(scoreOf({ text, terms, chunk: chunk(true) }, query)).toBeCloseTo(plain * 1.5);
    expect(scoreOf({ text, terms, chunk: chunk(true) }, { ...query, paragraph: '21(3)' })).toBeCloseTo(plain);
  });
});

describe(sentencesOf.name, () => {
  it('reads a sentence that takes its case from the one before ("In those cases ...") with that sentence\'s words', () => {
    const text =
      'Member States may exempt individual installations from implementing options whose benefits exceed their costs. In those cases the Member State concerned shall submit a reasoned decision to the Commission within three months. The Commission may issue an opinion.';
    const chunk = { text, similarity: 0, score: 0, metadata: { documentId: 'eed', title: 'EED', chunkIndex: 1, article: 'Article 26', paragraph: '26(10)' } };
    const [exemption, decision, opinion] = sentencesOf([chunk], () => 1);
    expect([...exemption.terms].every((term) => decision.terms.has(term))).toBe(true);
    expect(opinion.terms.has(contentTerms('installations')[0])).toBe(false);
  });
});
