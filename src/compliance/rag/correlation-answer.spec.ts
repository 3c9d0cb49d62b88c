import { asksMoreThanPlace, asksWholeOfNewPlace, correlationLines, oldPlacesAsked, tableRows, withNewTitle } from './correlation-answer.js';
import type { RetrievedChunk } from './rag-types.js';

const table = (text: string, source: 'official' | 'bundled', chunkIndex = 0): RetrievedChunk => ({
  text,
  metadata: { documentId: source, title: 'EED', article: 'Annex XVII', chunkIndex, source },
  similarity: 0.5,
  score: 0.5,
});

describe(oldPlacesAsked.name, () => {
  it('names the old provisions when the question asks where they went', () => {
    expect(oldPlacesAsked('Our procedures cite Article 8 of the old 2012/27 directive. Where is that now?')).toEqual(['Article 8']);
    expect(oldPlacesAsked('Our register cites Article 7a of Directive 2012/27/EU. What is the new article number?')).toEqual(['Article 7a']);
    expect(oldPlacesAsked('Which article of the new directive replaces Annex VIII of the old EED?')).toEqual(['Annex VIII']);
    expect(oldPlacesAsked('Where did Annex VIII of the old directive end up?')).toEqual(['Annex VIII']);
    expect(oldPlacesAsked('Where did the old Article 20 provisions on the national energy efficiency fund end up in the 2023 directive?')).toEqual(['Article 20']);
    expect(oldPlacesAsked('Our manual refers to Article 7a(1) of the 2012 Energy Efficiency Directive. What is the new reference?')).toEqual(['Article 7a']);
    expect(oldPlacesAsked('Old national guidance cites Article 14(5) of the 2012 law on the CHP study. Which provision of the new law corresponds to it?')).toEqual(['Article 14']);
    expect(oldPlacesAsked('Old EED Article 14(3) made us run a cost-benefit study. Where does that sit in the recast?')).toEqual(['Article 14']);
    // The provisions named between the pointer and the verb: "where do those provisions sit", "where do the old audit rules live now".
    expect(oldPlacesAsked('Our audit law cites the first two paragraphs of Article 8 of the 2012 directive. Where do those provisions sit in the recast?')).toEqual(['Article 8']);
    expect(oldPlacesAsked('Where do the old Article 15 grid rules of the 2012 directive live now?')).toEqual(['Article 15']);
    expect(oldPlacesAsked('Old Article 9c on remote reading: where has it moved in the recast?')).toEqual(['Article 9c']);
  });

  it('reads a deadline or threshold that moved as a changed value, not a new place (fresh batch U2)', () => {
    expect(oldPlacesAsked('Old Article 9c gave landlords until 2027 to make existing heat meters and allocators remotely readable. Has that deadline moved in the recast?')).toEqual([]);
    expect(oldPlacesAsked('Old Article 8 set the audit threshold by company size. Has the threshold been moved?')).toEqual([]);
  });

  it('reads replacing equipment as the rule asked about, not as an article replaced, and a clause after a dash as a further question', () => {
    const question = "What used to be Article 9c — what's the cut-off for converting or replacing heat cost allocators that can't be read remotely?";
    expect(asksMoreThanPlace(question)).toBe(true);
    expect(oldPlacesAsked('Old Article 9c on remote reading: which article replaces it?')).toEqual(['Article 9c']);
    expect(asksMoreThanPlace('Old Article 9c on remote reading: which article replaces it?')).toBe(false);
  });

  it('hears a further question that opens on a preposition and "when" (fresh batch H14)', () => {
    expect(asksMoreThanPlace('Our unit relied on Article 13 of the old directive. Which article replaced it, and by when did Member States have to notify their penalty rules?')).toBe(true);
    expect(asksMoreThanPlace('Old Article 13 on penalties: which article replaced it, and from when does it apply?')).toBe(true);
    expect(asksMoreThanPlace('Old Article 13 on penalties, by the way: which article replaced it?')).toBe(false);
  });

  it('leaves alone questions on what the new rule says, and questions that do not name the old directive', () => {
    expect(oldPlacesAsked("2012/27/EU Art. 9c remote reading: what's the deadline now for making heat meters remotely readable?")).toEqual([]);
    expect(oldPlacesAsked('Which article sets the energy audit obligation, Article 8 or Article 11?')).toEqual([]);
    expect(oldPlacesAsked('Old EED Article 8 set audits for large firms. Where is the consumption threshold set now?')).toEqual([]);
    // The move said in the scene, a date asked: Article 39, not the table.
    expect(oldPlacesAsked('Our billing rules follow Article 10 of Directive 2012/27/EU. The recast moved them. From what date do the rules apply?')).toEqual([]);
    expect(oldPlacesAsked('Our rules follow Article 9 of Directive 2012/27/EU, which now sits in Articles 13 to 20. When do those new articles apply?')).toEqual([]);
  });
});

describe(asksMoreThanPlace.name, () => {
  it('tells a question that also asks what the new rule says from one that asks only where the old provision went', () => {
    expect(asksMoreThanPlace('Our procedures cite Article 8 of the old 2012/27 directive for audits. Where is that now?')).toBe(false);
    expect(asksMoreThanPlace('Where is old Article 7a now?')).toBe(false);
    expect(asksMoreThanPlace('What happened to Article 7 of the 2012 directive? Which article of the recast covers it?')).toBe(false);
    expect(asksMoreThanPlace('Old EED Article 6 only covered central government purchasing. Which article replaced it, and who does the obligation apply to now?')).toBe(true);
    expect(asksMoreThanPlace('What replaced Article 15 of Directive 2012/27/EU? In particular, does the regulator still report on it?')).toBe(true);
    expect(asksMoreThanPlace('Old Article 9 of Directive 2012/27/EU covered gas metering. Where is that now, and in which cases must a customer get a meter?')).toBe(true);
    expect(asksMoreThanPlace('Article 20 of the 2012 directive set up the fund. Where is that now, is setting up a fund mandatory, and can auction revenues go into it?')).toBe(true);
  });
});

describe(asksWholeOfNewPlace.name, () => {
  it('reads "and what does it require?" as asking for the new provision as a whole, a narrower question as not', () => {
    expect(asksWholeOfNewPlace('Our manual cites Article 8 of Directive 2012/27/EU. Where is that rule now and what does it require?')).toBe(true);
    expect(asksWholeOfNewPlace('Old Article 7 of 2012/27/EU: what replaced it, and what does it say now?')).toBe(true);
    expect(asksWholeOfNewPlace('Old Article 7 of 2012/27/EU: what replaced it, and what savings rate does it set for 2028?')).toBe(false);
    expect(asksWholeOfNewPlace('Where is old Article 7a now?')).toBe(false);
  });
});

describe(tableRows.name, () => {
  it('pairs the cells of a block of the official table, a "-" marking a provision without counterpart', () => {
    expect(tableRows('Directive 2012/27/EU This Directive Article 8(1) and (2) Article 11(5), (6) and (7) Article 8(3) and (4) - - Article 11(8)')).toEqual([
      { old: 'Article 8(1) and (2)', current: 'Article 11(5), (6) and (7)' },
      { old: 'Article 8(3) and (4)', current: '-' },
      { old: '-', current: 'Article 11(8)' },
    ]);
  });

  it("reads the old directive's lettered articles out of a block whose cells cannot be paired, and no other row of it", () => {
    const block = 'Article 7(10) Article 8(2) Article 7(11) - Article 8(11), (12) and (13) Article 7a (1) Article 9(1) Article 7a(2) Article 9(3) - Article 9(2)';
    expect(tableRows(block)).toEqual([
      { old: 'Article 7a (1)', current: 'Article 9(1)' },
      { old: 'Article 7a(2)', current: 'Article 9(3)' },
    ]);
  });

  it('reads the published typo "Artice" as meant and skips a block whose cells cannot be paired', () => {
    expect(tableRows('Article 8(6) Artice 11(11)\n\nArticle 12(2), points (i) Article 22(2) Article 22(3)')).toEqual([{ old: 'Article 8(6)', current: 'Article 11(11)' }]);
  });
});

describe(correlationLines.name, () => {
  it("reads out the official rows of the asked article, then our notes' sentence that names it where a clause begins", () => {
    const official = table('Article 7a (4) and (5) Article 9(8) and (9) Article 7b (1) and (2) Article 10(1) and (2)', 'official');
    const note = table('Article 7 corresponds to Article 8; Article 7a (obligation schemes) corresponds to Article 9, and Article 7b corresponds to Article 10. Article 9 is new in part.', 'bundled');
    expect(correlationLines(['Article 7a'], [note, official]).map((l) => l.text)).toEqual([
      'Article 7a (4) and (5) of Directive 2012/27/EU corresponds to Article 9(8) and (9) of this Directive.',
      'Article 7a (obligation schemes) corresponds to Article 9, and Article 7b corresponds to Article 10.',
    ]);
  });

  it('does not report as dropped a provision that the table places elsewhere', () => {
    const rows = table('Article 7(1), second subparagraph -\n\nArticle 7(1), second subparagraph Article 8(5)', 'official');
    expect(correlationLines(['Article 7'], [rows]).map((l) => l.text)).toEqual(['Article 7(1), second subparagraph of Directive 2012/27/EU corresponds to Article 8(5) of this Directive.']);
  });
});

describe(withNewTitle.name, () => {
  const article13: RetrievedChunk = { text: 'Member States shall ensure ...', metadata: { documentId: 'eed', title: 'EED', article: 'Article 13', articleTitle: 'Metering for natural gas', chunkIndex: 40, source: 'official' }, similarity: 0.5, score: 0.5 };

  it("adds the new place's title where a passage gives it, after the place and before 'of this Directive'", () => {
    expect(withNewTitle('Article 9 of Directive 2012/27/EU corresponds to Article 13 of this Directive.', [article13])).toBe(
      'Article 9 of Directive 2012/27/EU corresponds to Article 13 (Metering for natural gas) of this Directive.',
    );
    expect(withNewTitle('Article 9 of Directive 2012/27/EU (metering of natural gas) corresponds to Article 13;', [article13])).toBe(
      'Article 9 of Directive 2012/27/EU (metering of natural gas) corresponds to Article 13 (Metering for natural gas);',
    );
  });

  it('leaves an entry alone where no passage gives the title, or the entry already says it', () => {
    expect(withNewTitle('Article 9 of Directive 2012/27/EU corresponds to Article 14 of this Directive.', [article13])).toBe('Article 9 of Directive 2012/27/EU corresponds to Article 14 of this Directive.');
    expect(withNewTitle('Article 9 (metering for natural gas) corresponds to Article 13.', [article13])).toBe('Article 9 (metering for natural gas) corresponds to Article 13.');
    expect(withNewTitle('Article 8(3) of Directive 2012/27/EU has no counterpart in this Directive.', [article13])).toBe('Article 8(3) of Directive 2012/27/EU has no counterpart in this Directive.');
  });
});

