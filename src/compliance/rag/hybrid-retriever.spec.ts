import type { HnswChunkStore, StoredChunk } from '../index/hnsw-chunk-store.js';
import { retrieveChunks } from './hybrid-retriever.js';
import { LexicalSide } from './lexical-side.js';

/** A store whose dense side finds nothing: the ranking is BM25's, fused with itself where the retriever asks twice. */
function storeOf(passages: [article: string, text: string][]): HnswChunkStore {
  const chunks: [number, StoredChunk][] = passages.map(([article, text], i) => [
    i,
    { pageContent: text, metadata: { documentId: 'eed', title: 'Directive', chunkIndex: i, article, source: 'official' } },
  ]);
  return {
    revision: 1,
    entries: () => chunks,
    similaritySearchVectorWithScore: () => Promise.resolve([]),
    vectorsWhere: () => [],
  } as unknown as HnswChunkStore;
}

async function articlesFor(passages: [string, string][], question: string): Promise<string[]> {
  const store = storeOf(passages);
  const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, topK: 5 });
  return [...new Set(chunks.map((c) => c.metadata.article))] as string[];
}

describe(retrieveChunks.name, () => {
  it("lets the article router's confident guess decide between places the words found alike, never over a named article", async () => {
    const store = storeOf([
      ['Article 8', 'Member States shall tell customers of the alternative options by the planned date of their savings measures.'],
      ['Article 21', 'Where a disconnection is planned, final customers shall be informed of other measures one month before.'],
    ]);
    const ask = async (question: string, odds?: [string, number][]) => {
      const guess = odds ? { odds, paragraphOdds: () => [] } : undefined;
      const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, guess, topK: 5 });
      return chunks[0]?.metadata.article;
    };
    const question = 'We intend to cut off a customer on a planned date. By when must we tell them about alternative options?';
    expect(await ask(question)).toBe('Article 8');
    expect(await ask(question, [['Article 21', 0.97], ['Article 8', 0.03]])).toBe('Article 21');
    // Unsure (below ROUTER_CONFIDENCE), it leaves the ranking alone; a named article outranks it.
    expect(await ask(question, [['Article 21', 0.6], ['Article 8', 0.4]])).toBe('Article 8');
    expect(await ask(`Under Article 8, ${question}`, [['Article 21', 0.99]])).toBe('Article 8');
  });

  it('puts first the paragraph the question names, in a summary too, ahead of the passages its words match better (fresh batch W4)', async () => {
    const paragraph = (n: number, text: string): StoredChunk => ({ pageContent: text, metadata: { documentId: 'eed', title: 'Directive', chunkIndex: n, article: 'Article 5', paragraph: `5(${n})`, source: 'official' } });
    const texts = ['Public bodies shall cut their final energy consumption each year.', 'The public bodies target is indicative until 2026.', 'Small public bodies are left out until 2029.', 'Public bodies shall renovate their buildings.', 'Public bodies shall buy efficient products.', 'Public bodies shall report their consumption.', 'Public bodies shall use energy performance contracts.'];
    const chunks: [number, StoredChunk][] = texts.map((text, i) => [i, paragraph(i + 1, text)]);
    const store = { revision: 1, entries: () => chunks, similaritySearchVectorWithScore: () => Promise.resolve([]), vectorsWhere: () => [] } as unknown as HnswChunkStore;
    const first = async (question: string) => (await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, topK: 3 }))[0]?.metadata.paragraph;
    expect(await first('What is in Article 5(3)?')).toBe('5(3)');
    expect(await first('Under Article 5(6), which public bodies must report their consumption?')).toBe('5(6)');
    expect(await first('Under Article 5, which public bodies must report their consumption?')).toBe('5(6)');
    expect(await first('What is in Article 5?')).toBe('5(1)');
  });

  it("puts first, and marks, the paragraph the router guesses within the place it is sure of", async () => {
    const paragraph = (n: number, text: string): StoredChunk => ({ pageContent: text, metadata: { documentId: 'eed', title: 'Directive', chunkIndex: n, article: 'Article 21', paragraph: `21(${n})`, source: 'official' } });
    const chunks: [number, StoredChunk][] = [
      paragraph(3, 'Suppliers shall notify final customers of any price adjustment one month before it takes effect.'),
      paragraph(9, 'Where a disconnection is planned, final customers shall receive information on alternative measures.'),
    ].map((chunk, i) => [i, chunk]);
    const store = { revision: 1, entries: () => chunks, similaritySearchVectorWithScore: () => Promise.resolve([]), vectorsWhere: () => [] } as unknown as HnswChunkStore;
    const ask = async (place: string) => {
      const guess = { odds: [[place, 0.95]] as [string, number][], paragraphOdds: (p: string) => (p === 'Article 21' ? ([['21(9)', 0.9]] as [string, number][]) : []) };
      return retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: 'How long before the price adjustment must final customers be told?', guess, topK: 5 });
    };
    const sure = await ask('Article 21');
    expect(sure.map((c) => [c.metadata.paragraph, c.guessedParagraph ?? false])).toEqual([['21(9)', true], ['21(3)', false]]);
    // A guess of another place leaves the paragraphs as the words ranked them.
    const unsure = await ask('Article 8');
    expect(unsure.map((c) => [c.metadata.paragraph, c.guessedParagraph ?? false])).toEqual([['21(3)', false], ['21(9)', false]]);
  });

  const savings: [string, string][] = [
    ['Article 9', 'Obligated parties shall achieve their cumulative energy savings; Member States shall calculate the energy savings claimed by obligated parties in accordance with Annex V.'],
    ['Annex V', 'Common methods: deemed savings, metered savings, scaled savings and surveyed savings may be used.'],
  ];

  it('ranks the annex an article refers to above that article for a method question', async () => {
    expect((await articlesFor(savings, 'Which methods can obligated parties use to calculate the energy savings they claim?'))[0]).toBe('Annex V');
  });

  it("lets the router's sure guess lead over the annex-or-article ordering, and leaves that ordering alone when unsure", async () => {
    const store = storeOf(savings);
    const question = 'Which methods can obligated parties use to calculate the energy savings they claim?';
    const first = async (odds: [string, number][]) =>
      (await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, guess: { odds, paragraphOdds: () => [] }, topK: 5 }))[0]?.metadata.article;
    expect(await first([['Article 9', 0.9], ['Annex V', 0.1]])).toBe('Article 9');
    expect(await first([['Article 9', 0.6], ['Annex V', 0.4]])).toBe('Annex V');
    // The led place's passages say that the router put them first, for the answerer to weigh.
    const marked = async (odds: [string, number][]) =>
      (await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, guess: { odds, paragraphOdds: () => [] }, topK: 5 })).map((c) => [c.metadata.article, c.routerPlace ?? false]);
    expect(await marked([['Article 9', 0.9]])).toEqual([['Article 9', true], ['Annex V', false]]);
    expect(await marked([['Article 9', 0.6]])).toEqual([['Annex V', false], ['Article 9', false]]);
  });

  it('ranks the article above the annex it refers to for a question on what someone must do', async () => {
    const passages: [string, string][] = [
      ['Article 4', 'Member States shall collectively ensure a reduction of energy consumption of at least 11.7 %, as set out in Annex I.'],
      ['Annex I', 'The EU-wide reduction of final energy consumption for 2030 is shared out by the following formula.'],
      ['Annex I', 'Each factor of the formula weighs the EU-wide final energy consumption cut for 2030.'],
    ];
    expect((await articlesFor(passages, 'How large is the EU-wide cut in final energy consumption required for 2030?'))[0]).toBe('Article 4');
  });

  it("hands a definition question to the place the term's definition points to, and keeps others in the glossary", async () => {
    const passages: [string, string][] = [
      ['Article 2', "(46) ‘efficient district heating and cooling’ means a district heating or cooling system meeting the criteria laid down in Article 26; (50) ‘substantial refurbishment’ means a refurbishment the cost of which exceeds 50 % of the investment cost for a new comparable unit."],
      ['Article 26', 'Until 31 December 2027, a system using at least 50 % renewable energy or waste heat counts; from 1 January 2028 the shares change.'],
      ['Article 30', 'The fund may support the refurbishment of district heating plants.'],
    ];
    expect((await articlesFor(passages, "From 2028, does our district heating system still count as 'efficient'?"))[0]).toBe('Article 26');
    expect((await articlesFor(passages, "When does a district heating plant's refurbishment count as 'substantial'?"))[0]).toBe('Article 2');
  });

  it("lets the router's sure guess lead over the annex-or-article ordering where a topic route points to the same place", async () => {
    const store = storeOf([
      ['Article 25', 'Local authorities shall prepare local heating and cooling plans that cover the worst performing buildings and the energy efficiency first principle, building on the assessment in Annex X.'],
      ['Annex X', 'The comprehensive assessment of heating and cooling referred to in Article 25 shall cover heating and cooling demand, supply and plans for local heating and cooling supply.'],
    ]);
    const first = async (place: string) =>
      (await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: 'What topics does our local heating and cooling plan need to cover?', guess: { odds: [[place, 0.99]], paragraphOdds: () => [] }, topK: 5 }))[0]?.metadata.article;
    expect(await first('Article 25')).toBe('Article 25');
    expect(await first('Article 7')).toBe('Annex X');
  });

  it("lets the router's sure guess answer a term asked of a situation stated in figures, not a definition asked outright", async () => {
    const store = storeOf([
      ['Article 2', "(47) ‘efficient heating and cooling’ means a heating and cooling option that measurably reduces the input of primary energy needed; (12) ‘small and medium-sized enterprises’ or ‘SMEs’ means enterprises as defined in the Annex to Recommendation 2003/361/EC."],
      ['Article 26', 'A system using at least 80 % of high-efficiency cogenerated heat, or at least 5 % renewable energy, meets the criteria from 1 January 2028.'],
      ['Article 11', 'Enterprises that are not SMEs and consume more than 10 TJ shall carry out an energy audit.'],
    ]);
    const first = async (question: string, place: string) =>
      (await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question, guess: { odds: [[place, 0.99]], paragraphOdds: () => [] }, topK: 5 }))[0]?.metadata.article;
    expect(await first("Our heat network is 60 % gas CHP and 10 % biomass. Will it still count as 'efficient heating and cooling' from 2028?", 'Article 26')).toBe('Article 26');
    // Without figures of its own, or asking which definition applies, the question is the glossary's.
    expect(await first("Does our heat network count as 'efficient heating and cooling'?", 'Article 26')).toBe('Article 2');
    expect(await first('We use about 12 TJ a year. Which definition of small and medium-sized enterprises does the directive rely on?', 'Article 11')).toBe('Article 2');
  });

  it("brings first the glossary passage that defines a quoted term, though other passages share more of the asker's words", async () => {
    const store = storeOf([
      ['Article 2', "(11) ‘energy service’ means the physical benefit, utility or good that a company derives from energy with efficient technology; (16) ‘energy management system’ means a set of elements of a plan that sets an energy efficiency objective for a company or utility."],
      ['Article 2', "(12) ‘public bodies’ means national, regional or local authorities and entities directly financed and administered by those authorities but not having an industrial or commercial character."],
      ['Article 2', "(21) ‘participating party’ means an enterprise or public body that has committed itself to reaching objectives under a voluntary agreement."],
    ]);
    const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: "Does a city-owned utility company count as a 'public body' for the energy rules?", topK: 5 });
    expect(chunks[0].text).toMatch(/^\(12\) ‘public bodies’ means/);
  });

  it('lets the topic outvote the addressee words that expansion appended', async () => {
    const passages: [string, string][] = [
      ['Article 5', 'Public bodies shall reduce their total final energy consumption; Member States may exclude local administrative units with a population below 50 000.'],
      ['Article 29', 'Public bodies shall assess the feasibility of energy performance contracting for the renovation of large non-residential buildings.'],
      ['Article 30', 'The national energy efficiency fund may support public bodies.'],
    ];
    const question = 'Can a town hall use energy performance contracting? public bodies local administrative units population';
    expect((await articlesFor(passages, question))[0]).toBe('Article 29');
  });

  it('does not read the degree a "how large" question asks for as a topic word', async () => {
    const passages: [string, string][] = [
      ['Article 29', 'Large buildings, large renovations and large sites of public bodies.'],
      ['Article 8', 'A share of the cumulative savings shall be achieved among households in energy poverty.'],
    ];
    expect((await articlesFor(passages, 'How large is the share?'))[0]).toBe('Article 8');
  });

  it('ranks first the side of an article-annex pair that states how often, for a how-often question', async () => {
    const billing: [string, string][] = [
      ['Article 17', 'Billing information for natural gas shall be based on actual consumption, in accordance with Annex VIII.'],
      ['Annex VIII', 'Billing on the basis of actual consumption shall take place at least once a year; gas used for cooking may be exempt.'],
    ];
    expect((await articlesFor(billing, 'How often must my gas bill be based on actual consumption and meter readings?'))[0]).toBe('Annex VIII');
    const audits: [string, string][] = [
      ['Article 11', 'Enterprises shall carry out energy audits at least every four years, meeting the criteria of Annex VI.'],
      ['Annex VI', 'Energy audits shall be based on measured, traceable data and on life-cycle cost analysis of energy audits.'],
    ];
    expect((await articlesFor(audits, 'How often are energy audits needed, and what must energy audits be based on?'))[0]).toBe('Article 11');
  });
  it('ranks the correlation table first when a question asks where an old article of Directive 2012/27/EU went', async () => {
    const passages: [string, string][] = [
      ['Article 11', 'Enterprises above 10 TJ shall carry out an energy audit at least every four years.'],
      ['Annex XVII', 'Directive 2012/27/EU This Directive Article 8(1) and (2) Article 11(5), (6) and (7)'],
    ];
    expect(await articlesFor(passages, 'Our procedures cite Article 8 of the old 2012/27 directive on audits. Where is that now?')).toEqual(['Annex XVII', 'Article 11']);
    expect((await articlesFor(passages, 'Old EED Article 8 audits: how often are energy audits due now for firms above 10 TJ?'))[0]).toBe('Article 11');
    // Where it went and what it now requires: the new article leads, the table's rows still come with it.
    expect(await articlesFor(passages, 'Our procedures cite Article 8 of the old 2012/27 directive on audits. Where is that now, and what does it require?')).toEqual(['Article 11', 'Annex XVII']);
  });
  it('ranks the review clause below the rule it reviews unless the question asks about a review', async () => {
    const passages: [string, string][] = [
      ['Article 35', 'The Commission shall evaluate whether Member States are to continue to achieve new annual energy savings rates for ten-year periods after 2030.'],
      ['Article 8', 'Member States shall achieve new annual energy savings of 1,3 % from 2024 to 2025, with higher savings rates afterwards.'],
    ];
    expect((await articlesFor(passages, 'Which annual energy savings rates apply after 2030 for ten-year periods?'))[0]).toBe('Article 8');
    expect((await articlesFor(passages, 'Will the Commission evaluate the annual energy savings rates after 2030?'))[0]).toBe('Article 35');
  });
  it("hands a summary the article's opening passages from each source, however many official passages it has", async () => {
    const official = Array.from({ length: 16 }, (_, i): [number, StoredChunk] => [i, { pageContent: `Article ${i} Article ${i + 1}`, metadata: { documentId: 'eed', title: 'Directive', chunkIndex: i, article: 'Annex XVII', source: 'official' } }]);
    const note: [number, StoredChunk] = [16, { pageContent: 'Annex XVII is the correlation table.', metadata: { documentId: 'note', title: 'Annex XVII', chunkIndex: 0, article: 'Annex XVII', source: 'bundled' } }];
    const store = { revision: 1, entries: () => [...official, note], similaritySearchVectorWithScore: () => Promise.resolve([]), vectorsWhere: () => [] } as unknown as HnswChunkStore;
    const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: 'What does Annex XVII say?', topK: 5 });
    expect(chunks.some((c) => c.metadata.source === 'bundled')).toBe(true);
  });

  it('brings the piece that holds the lead-in of a list a retrieved piece continues, as context that takes no place', async () => {
    const pieces: [number, StoredChunk][] = [
      [0, { pageContent: '1. By 31 October 2025 the Commission shall assess heating and cooling.', metadata: { documentId: 'eed', title: 'Directive', chunkIndex: 0, article: 'Article 35', paragraph: '35(1)', source: 'official' } }],
      [1, { pageContent: '7. By 28 February 2027 and every five years thereafter, the Commission shall evaluate the implementation of this Directive.\n\nThat evaluation shall include:\n(a) an assessment of the general effectiveness of this Directive;', metadata: { documentId: 'eed', title: 'Directive', chunkIndex: 1, article: 'Article 35', paragraph: '35(7)', source: 'official' } }],
      [2, { pageContent: '(e) whether Member States are to continue to ensure that at least 3 % of the total floor area of buildings owned by public bodies is renovated each year;', metadata: { documentId: 'eed', title: 'Directive', chunkIndex: 2, article: 'Article 35', paragraph: '35(7)', source: 'official' } }],
      [3, { pageContent: '8. The Commission shall submit a report on statistics.', metadata: { documentId: 'eed', title: 'Directive', chunkIndex: 3, article: 'Article 35', paragraph: '35(8)', source: 'official' } }],
    ];
    const store = { revision: 1, entries: () => pieces, similaritySearchVectorWithScore: () => Promise.resolve([]), vectorsWhere: () => [] } as unknown as HnswChunkStore;
    const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: 'Will the 3 % renovation of floor area owned by public bodies continue?', topK: 5 });
    const lead = chunks.find((c) => c.metadata.chunkIndex === 1);
    expect(lead?.leadInOnly).toBe(true);
    expect(chunks.find((c) => c.metadata.chunkIndex === 2)?.leadInOnly).toBeUndefined();
  });
  it('brings the piece of a list that lies between two retrieved pieces of it, which ranks too low to be taken on its own (fresh batch W9)', async () => {
    const piece = (n: number, text: string, paragraph = 'Annex V(1)'): [number, StoredChunk] => [n, { pageContent: text, metadata: { documentId: 'eed', title: 'Directive', chunkIndex: n, article: 'Annex V', paragraph, source: 'official' } }];
    const pieces: [number, StoredChunk][] = [
      piece(0, '1. Parties may use the following methods for calculating savings: (a) deemed savings, by reference to earlier results; (b) metered savings.'),
      piece(1, '(c) scaled savings, whereby engineering estimates are used.'),
      piece(2, '(d) surveyed savings, where the response of consumers is determined, another method for calculating savings.'),
      ...Array.from({ length: 14 }, (_, i) => piece(3 + i, `(${String.fromCharCode(101 + i)}) the calculation shall count measure ${i} savings.`, 'Annex V(2)')),
    ];
    const store = { revision: 1, entries: () => pieces, similaritySearchVectorWithScore: () => Promise.resolve([]), vectorsWhere: () => [] } as unknown as HnswChunkStore;
    const chunks = await retrieveChunks({ store, lexical: new LexicalSide().of(store), queryVector: [], question: 'Annex V - which methods for calculating savings may we use?', topK: 5 });
    expect(chunks.map((c) => c.metadata.chunkIndex)).toEqual(expect.arrayContaining([0, 1, 2]));
    expect(chunks.find((c) => c.metadata.chunkIndex === 1)?.leadInOnly).toBeUndefined();
  });
});
