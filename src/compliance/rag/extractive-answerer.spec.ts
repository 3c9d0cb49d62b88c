import { extractiveAnswer } from './extractive-answerer.js';
import type { RetrievedChunk } from './rag-types.js';

const chunk = (text: string, article = 'Article 11', extra: Partial<RetrievedChunk['metadata']> = {}): RetrievedChunk => ({
  text,
  metadata: { documentId: `note-${article}`, title: article, article, articleTitle: 'Energy management systems and energy audits', chunkIndex: 0, source: 'bundled', ...extra },
  similarity: 0.5,
  score: 0.5,
});

/** The official correlation table's passage holding `rows`, and Article 11's audit paragraph it points to. */
const tableAndAuditArticle = (rows: string): RetrievedChunk[] => [
  chunk(rows, 'Annex XVII', { documentId: 'eed', source: 'official', articleTitle: undefined, paragraph: 'Annex XVII', chunkIndex: 90 }),
  chunk('Member States shall ensure that enterprises above 10 TJ carry out an energy audit at least every four years.', 'Article 11', { documentId: 'eed', source: 'official', chunkIndex: 30, paragraph: '11(2)' }),
];

describe(extractiveAnswer.name, () => {
  it('answers from the paragraph the question names where the best-matching sentences lie in another (fresh batch W4)', () => {
    const official = (text: string, paragraph: string, chunkIndex: number) =>
      chunk(text, 'Article 4', { documentId: 'eed', source: 'official', articleTitle: 'Energy efficiency targets', paragraph, chunkIndex });
    const target = official('Member States shall collectively ensure a reduction of energy consumption of at least 11,7 % in 2030 compared to the projections of the 2020 reference scenario.', '4(1)', 1);
    const contribution = official("Each Member State shall set an indicative national contribution to meet, collectively, the Union's binding target to which the EU is committed.", '4(2)', 2);
    const answer = extractiveAnswer('What does Article 4(1) actually commit the EU to?', [target, contribution]);
    expect(answer.citations[0].paragraph).toBe('4(1)');
    expect(answer.answer).toContain('11,7 %');
    // Named, it is only preferred where the answer took nothing from it: a question on 4(2) keeps 4(2).
    expect(extractiveAnswer('What does Article 4(2) actually commit the EU to?', [target, contribution]).citations[0].paragraph).toBe('4(2)');
  });

  it('answers from the place retrieval leads with because the router was sure of it, over a neighbour sharing a few more words', () => {
    const official = (text: string, article: string, paragraph: string, chunkIndex: number, routerPlace?: boolean): RetrievedChunk => ({
      ...chunk(text, article, { documentId: 'eed', source: 'official', articleTitle: article, paragraph, chunkIndex }),
      ...(routerPlace ? { routerPlace } : {}),
    });
    const question = 'We overshot our savings this year. Can we bank the surplus savings for later years?';
    const banking = (routed: boolean) => official('Member States may allow obligated parties to count savings achieved in a given year as if they had instead been achieved in any of the four following years.', 'Article 9', '9(11)', 2, routed);
    const cumulative = official('Member States shall achieve cumulative savings each year, and a surplus may count towards later periods.', 'Article 8', '8(1)', 1);
    expect(extractiveAnswer(question, [banking(false), cumulative]).citations[0].article).toBe('Article 8');
    expect(extractiveAnswer(question, [banking(true), cumulative]).citations[0].article).toBe('Article 9');
  });

  it("weighs the question sentence's words above those only the setting before it uses", () => {
    const official = (text: string, article: string, articleTitle: string, paragraph: string, chunkIndex: number) =>
      chunk(text, article, { documentId: 'eed', source: 'official', articleTitle, paragraph, chunkIndex });
    const audit = official(
      'Member States shall ensure that enterprises with an average annual consumption higher than 10 TJ of energy carry out an energy audit of their plant at least every four years, and that the audit recommendations for the plant are implemented.',
      'Article 11',
      'Energy audits',
      '11(2)',
      1,
    );
    const wasteHeat = official(
      'Member States shall ensure that an installation level cost-benefit analysis is carried out where an industrial installation with a total thermal input exceeding 8 MW is refurbished, to assess the use of its waste heat in a district heating network.',
      'Article 26',
      'Heating and cooling supply',
      '26(7)',
      2,
    );
    const { citations } = extractiveAnswer(
      'Our plant uses 12 TJ of energy a year and its last energy audit listed recommendations for the plant. We now refurbish a 9 MW furnace. Must we analyse using its waste heat in a district heating network?',
      [audit, wasteHeat],
    );
    expect(citations[0].paragraph).toBe('26(7)');
  });

  it("goes on with the leading article's further sentences when the best ones leave the answer short", () => {
    const official = (text: string, paragraph: string, chunkIndex: number) =>
      chunk(text, 'Article 5', { documentId: 'eed', source: 'official', articleTitle: 'Public sector leading on energy efficiency', paragraph, chunkIndex });
    const { answer } = extractiveAnswer('Is the public-sector 1.9 % target binding straight away?', [
      official('Member States shall ensure that the total final energy consumption of all public bodies combined is reduced by at least 1,9 % each year, when compared to 2021.', '5(1)', 20),
      official('During a transitional period ending on 11 October 2027 the target set out in paragraph 1 shall be indicative. During that transitional period, Member States may use estimated consumption data.', '5(2)', 21),
    ]);
    expect(answer).toContain('1,9 % each year');
    expect(answer).toContain('11 October 2027 the target set out in paragraph 1 shall be indicative');
  });

  it('answers with whole sentences, never with a numbered paragraph heading', () => {
    const { answer } = extractiveAnswer('Which enterprises must implement an energy management system above 85 TJ?', [
      chunk('1. Energy management system above 85 TJ. Enterprises whose average annual energy consumption is higher than 85 TJ must implement an energy management system.'),
    ]);
    expect(answer).toContain('Enterprises whose average annual energy consumption is higher than 85 TJ must implement an energy management system. [1]');
    expect(answer).not.toMatch(/Energy management system above 85 TJ\./);
  });

  it('answers each ask of a two-part question, not only the first one', () => {
    const disclosure = chunk(
      'Contracting authorities may decide to require that tenderers disclose information on the life cycle global warming potential, the use of low carbon materials and the circularity of materials used for a new building. ' +
        'Contracting authorities may make that information publicly available, in particular for new buildings with a floor area larger than 2 000 m2. ' +
        'Member States shall support contracting authorities in the uptake of energy efficiency requirements with rules and guidelines, including methodologies on the assessment of life cycle costs and environmental impacts, competence centres and aggregated procurement. ' +
        'The life cycle global warming potential that tenderers disclose for a new building covers every stage of the building, from the production of its materials and its construction to its use, its renovation and its demolition, and the bidders state the method by which they calculated it. ' +
        'Where a new building is a library, a school or another building open to the public, contracting authorities may compare the disclosed life cycle global warming potential of the bidders for the building among the award criteria, beside the price and the quality offered.',
      'Article 7',
      { articleTitle: 'Public procurement', paragraph: '7(4)', source: 'official' },
    );
    const transparency = chunk(
      'To make the energy efficiency requirements of procurement transparent, Member States shall ensure that contracting authorities and contracting entities make publicly available information on the energy efficiency impact of contracts at or above the thresholds of paragraph 1 by publishing it in the respective notices on Tenders Electronic Daily (TED), in accordance with the procurement directives and the implementing regulation on standard forms.',
      'Article 7',
      { articleTitle: 'Public procurement', paragraph: '7(5)', source: 'official', chunkIndex: 1 },
    );
    // The corpus's words weigh as retrieval's statistics weigh them: the directive's everyday words (energy, efficiency,
    // contract, publish) far less than the rare ones.
    const common = /^(energy|efficiency|public|availabl|make|tender|new|city|contract)$/;
    const { answer } = extractiveAnswer(
      "Our city is tendering a new 2 500 m2 library. Can we make bidders disclose the building's life-cycle global warming potential, and where must we publish the contract's energy efficiency impact?",
      [disclosure, transparency],
      (term) => (common.test(term) ? 0.1 : 1),
    );
    expect(answer).toContain('Tenders Electronic Daily');
    expect(answer).toMatch(/tenderers disclose/);
  });

  it('answers "where do they report it?" with the document the report goes in', () => {
    const splitIncentives = chunk(
      'Member States shall take the necessary measures to remove regulatory and non-regulatory barriers to energy efficiency as regards split incentives between owners and tenants, so that owners are not deterred from efficiency-improving investments by the fact that they will not obtain the full benefits. ' +
        'Such measures may include providing financial incentives, repealing or amending legal or regulatory provisions, adopting guidelines and interpretative communications, or simplifying administrative procedures. ' +
        'Member States shall take appropriate measures to support a multilateral dialogue among owners, tenants and their organisations, with the aim of setting out proposals on jointly accepted measures, incentives and guidelines on split incentives between owners and tenants. ' +
        'Each Member State shall report such barriers and the measures taken in its long-term renovation strategy.',
      'Article 22',
      { articleTitle: 'Information and awareness raising', paragraph: '22(9)', source: 'official' },
    );
    const { answer } = extractiveAnswer('Landlords won\'t insulate because tenants get the lower bills. What must governments do about that, and where do they report it?', [splitIncentives], (term) => (/^(tenant|owner|landlord|insulat|split|incentiv|barrier)/.test(term) ? 1 : 0.2));
    expect(answer).toContain('long-term renovation strategy');
  });

  it('answers a figure asked against a named annex ("how far above the Annex I formula result?") from the article that sets it', () => {
    const annex = chunk(
      'The formula for the national contributions is based on four criteria: the Member State\'s share in the Union\'s final energy consumption, its energy intensity, its gross domestic product per capita and its renewable energy potential. The result of the formula is expressed in Mtoe of final energy consumption.',
      'Annex I',
      { articleTitle: 'Formula for national contributions', paragraph: 'Annex I(1)', source: 'official', documentId: 'eed', chunkIndex: 100 },
    );
    const article = chunk(
      'Each Member State shall set a national contribution of final energy consumption. That contribution may be not more than 2,5 % above the result of the formula set out in Annex I.',
      'Article 4',
      { articleTitle: 'Energy efficiency targets', paragraph: '4(2)', source: 'official', documentId: 'eed', chunkIndex: 10 },
    );
    const { answer, citations } = extractiveAnswer('We use the Annex I formula for our national contribution. How far above the formula result may we go?', [annex, article]);
    expect(citations[0].article).toBe('Article 4');
    expect(answer).toContain('2,5 %');
  });

  it('answers a tacked-on "and by when?" with the date of what the clause before it asks, not of a neighbouring rule', () => {
    const passage = chunk(
      'Enterprises whose consumption is higher than 85 TJ must implement a certified energy management system. Enterprises above 85 TJ must have that management system in place by 11 October 2027. ' +
        'Enterprises above 10 TJ without a management system must undergo an energy audit. The first energy audit is due by 11 October 2026.',
    );
    const { answer } = extractiveAnswer('Our retail firm uses 40 TJ and has no certified management system. Do we need an energy audit, and by when?', [passage]);
    expect(answer).toContain('11 October 2026');
  });

  it("answers a tacked-on \"and since when?\" with the date of the best sentence's own passage, not another passage's", () => {
    const rule = chunk(
      'Operators of data centres with at least 500 kW of installed IT power must publish their energy performance data: the name of the data centre, its owner and operators, the date it began operating, ' +
        'its municipality and region, its floor area in square metres, its installed power, its yearly incoming and outgoing data traffic, the volume of data it stores and processes, and, for the last full ' +
        'calendar year, indicators of its energy consumption, power utilisation, temperature set points, water usage, use of renewable energy and use of waste heat, measured where applicable against the ' +
        'European standard for data centre key performance indicators. The data centre reporting applies from 15 May 2024 and every year after.',
      'Article 12',
      { articleTitle: 'Data centres' },
    );
    // Shares as many of the question's words as the rule's date sentence does, and is read first when passages are ranked alone.
    const review = chunk(
      'By 15 May 2025 the Commission had to review the scheme, consult the industry and the Member States, compare what was reported with the indicators of the European code of conduct, and report to ' +
        'the Parliament and the Council with, where appropriate, legislative proposals for further measures to improve the energy efficiency of the sector, including minimum performance standards for ' +
        'new and existing sites, a timeline for them and the rules for colocation sites and for data centres.',
      'Article 12',
      { articleTitle: 'Data centres', chunkIndex: 1 },
    );
    const { answer } = extractiveAnswer('Which data centres have to publish their energy performance data, and since when?', [rule, review]);
    expect(answer).toContain('15 May 2024');
    expect(answer).not.toContain('15 May 2025');
  });

  it('answers a contents question from the annex that the leading article only points to, and a figure from the article', () => {
    const article = chunk(
      'Operators of data centres with an installed IT power demand of at least 500 kW shall make the information set out in Annex VII publicly available.',
      'Article 12',
      { documentId: 'eed', source: 'official', articleTitle: 'Data centres', paragraph: '12(1)' },
    );
    const annex = chunk(
      'The following minimum information shall be published for each data centre:\n(a) the name of the data centre;\n(b) the floor area;\n(c) the installed power;\n(d) the annual incoming and outgoing data traffic.',
      'Annex VII',
      { documentId: 'eed', chunkIndex: 1, source: 'official', articleTitle: 'Minimum requirements for monitoring and publishing the energy performance of data centres', paragraph: 'Annex VII' },
    );
    const contents = extractiveAnswer('What information must data centre operators publish?', [article, annex]);
    expect(contents.answer).toMatch(/^Annex VII/);
    expect(contents.answer).toContain('data traffic');
    const figure = extractiveAnswer('From what installed IT power must data centre operators publish the information?', [article, annex]);
    expect(figure.answer).toMatch(/^Article 12/);
    expect(extractiveAnswer('Which annex sets what data centre operators publish?', [article, annex]).answer).toMatch(/^Article 12/);
    expect(extractiveAnswer('We run a colocation site. Are we required to publish the information?', [article, annex]).answer).toMatch(/^Article 12/);
  });

  it("compares articles without a note's sentences about another place: an annex's note restating or pointing to its article's rule", () => {
    const note = (text: string, place: string, articleTitle: string) => chunk(text, place, { source: 'bundled', documentId: `note-${place}`, articleTitle });
    // Opening on the article whose duty it restates, in the same words as the article's own note.
    const dataCentres = [
      note('Article 12 applies the publication duty, from 15 May 2024 and every year after that, to data centres with an installed IT power demand of at least 500 kW, and Annex VII lists what they publish.', 'Annex VII', 'Minimum requirements for data centres'),
      note('Under Article 12(1), operators of data centres with an installed IT power demand of at least 500 kW must publish their energy performance by 15 May 2024 and every year after that.', 'Article 12', 'Data centres'),
    ];
    const published = extractiveAnswer('Our colocation site has 650 kW of IT load. Do we have to publish anything, and since when?', dataCentres);
    expect(published.answer).toMatch(/^Article 12/);
    expect(published.citations[0].article).toBe('Article 12');
    expect(published.answer).toContain('15 May 2024');
    // Naming only the article, mid-sentence.
    const tender = [
      note('Related grid provisions are Article 27(9), allowing producers of electricity from high-efficiency cogeneration to issue a call for tender for the connection work.', 'Annex XIV', 'Requirements for grid operators'),
      note('Member States may allow producers of electricity from high-efficiency cogeneration wishing to connect to the grid to issue a call for tender for the connection work.', 'Article 27', 'Energy transformation, transmission and distribution'),
    ];
    expect(extractiveAnswer('We are building a high-efficiency cogeneration plant. May we issue our own call for tender for the grid connection work?', tender).answer).toMatch(/^Article 27/);
  });

  it('answers a time limit from the annex the leading article names, when the article states none', () => {
    const meta = { documentId: 'eed', source: 'official' as const };
    const article = chunk(
      'The grid connection process of a high-efficiency cogeneration producer wishing to be connected to the grid shall follow the requirements set out in Annex XIV.',
      'Article 27',
      { ...meta, articleTitle: 'Energy transformation, transmission and distribution', paragraph: '27(8)' },
    );
    const annex = chunk('The overall grid connection process for a cogeneration producer should be no longer than 24 months.', 'Annex XIV', {
      ...meta,
      chunkIndex: 1,
      articleTitle: 'Energy efficiency requirements for transmission system operators and distribution system operators',
      paragraph: 'Annex XIV',
    });
    const question = 'We are a high-efficiency cogeneration producer. How long should the grid connection process take at most?';
    expect(extractiveAnswer(question, [article, annex]).answer).toMatch(/^Annex XIV.*24 months/);
    // An article that states its own time limit keeps the answer.
    const own = { ...article, text: `${article.text} The grid connection process for a high-efficiency cogeneration producer shall take no longer than 12 months at most.` };
    expect(extractiveAnswer(question, [own, annex]).answer).toMatch(/^Article 27.*12 months/);
  });

  it("reads a leading list point with its lead-in when it looks for the annex the article points to", () => {
    const meta = { documentId: 'eed', source: 'official' as const };
    const article = chunk(
      'Member States shall ensure that a cost-benefit analysis in accordance with Annex XI is carried out where the following installations are planned:\n(a) a thermal electricity generation installation above 10 MW;\n(b) an industrial installation above 8 MW, to assess the utilisation of waste heat on-site and off-site.',
      'Article 26',
      { ...meta, articleTitle: 'Heating and cooling supply', paragraph: '26(7)' },
    );
    const annex = chunk('For the utilisation of waste heat on-site, the analysis shall assess at least heat exchangers, heat pumps and heat to power technologies.', 'Annex XI', {
      ...meta,
      chunkIndex: 1,
      articleTitle: 'Cost-benefit analyses',
      paragraph: 'Annex XI',
    });
    expect(extractiveAnswer('For an industrial installation, which technologies must the analysis of waste heat utilisation on-site and off-site assess?', [article, annex]).answer).toMatch(/^Annex XI.*heat pumps/);
  });

  it('answers "which criteria" from the source that enumerates them, the whole list, over one that paraphrases a few', () => {
    const meta = { article: 'Annex VI', articleTitle: 'Minimum criteria for energy audits' };
    const note = chunk('Annex VI lists the minimum criteria that every energy audit must meet. Under Annex VI, an energy audit must rely on measured and traceable data.', 'Annex VI', { ...meta, documentId: 'note-annex-06' });
    const official = chunk(
      'The energy audits referred to in Article 11 shall:\n(a) be based on measured, traceable operational data and load profiles;\n(b) identify efficiency measures to decrease consumption;\n(c) identify the potential for renewable energy;\n(d) build on life-cycle cost analysis instead of simple payback periods.',
      'Annex VI',
      { ...meta, documentId: 'eed', source: 'official', paragraph: 'Annex VI' },
    );
    const { answer } = extractiveAnswer('What minimum criteria must an energy audit satisfy?', [note, official]);
    expect(answer).toContain('load profiles');
    expect(answer).toContain('life-cycle cost analysis');
  });

  it('reads a lead-in that leans on the sentence before ("Those facilities shall:") with that sentence, and gives its points to a list question', () => {
    const shops = chunk(
      '4. Member States shall establish dedicated one-stop shops for technical, administrative and financial advice on energy efficiency. Those facilities shall:\n(a) advise households on technical and financial solutions;\n(b) provide holistic support, with a focus on the worst performing buildings;\n(c) advise on energy consumption behaviour.',
      'Article 22',
      { source: 'official', paragraph: '22(4)', articleTitle: 'Information and awareness raising' },
    );
    const { answer } = extractiveAnswer('Which services do the one-stop shops offer?', [shops]);
    expect(answer).toContain('Those facilities shall:');
    expect(answer).toContain('worst performing buildings');
    expect(answer.indexOf('dedicated one-stop shops')).toBeLessThan(answer.indexOf('Those facilities shall:'));
  });

  it('answers "what is the maximum time" with the time limit, and "from what date" with the date', () => {
    const connection = chunk(
      'Operators shall give every new producer wishing to be connected to the grid a detailed estimate of the connection costs and a timetable for processing the connection request. ' +
        'Operators shall publish the standard rules on sharing the costs of grid connections and grid reinforcements for new producers. ' +
        'The overall process to become connected to the grid should be no longer than 24 months, bearing in mind what is practicable. ' +
        'The rules on grid connections apply from 12 October 2025 to every new producer.',
      'Annex XIV',
      { source: 'official', paragraph: 'Annex XIV', articleTitle: 'Requirements for grid operators' },
    );
    expect(extractiveAnswer('What is the maximum time a grid connection for a new producer should take?', [connection]).answer).toContain('24 months');
    expect(extractiveAnswer('From what date do the rules on grid connections for new producers apply?', [connection]).answer).toContain('12 October 2025');
  });

  it('gives the whole list when its points tie on the question, not the first point alone', () => {
    const meta = { source: 'official' as const, articleTitle: 'Energy savings obligation' };
    const rates = chunk(
      '1. Member States shall achieve new savings each year from 1 January 2021 to 31 December 2030 of:\n(i) 0,8 % of annual final energy consumption from 1 January 2021 to 31 December 2023;\n(ii) 1,3 % of annual final energy consumption from 1 January 2024 to 31 December 2025;\n(iii) 1,9 % of annual final energy consumption from 1 January 2028 to 31 December 2030.',
      'Article 8',
      { ...meta, paragraph: '8(1)' },
    );
    const later = chunk(
      '9. Member States shall continue to achieve new yearly savings at the rate of the final years for ten-year periods after 2030. Member States shall report the yearly rate of new savings they applied in the final years up to 2030 to the Commission. The yearly rate of new savings that applies after 2030 shall be reviewed by the Commission in the final years of each period.',
      'Article 8',
      { ...meta, paragraph: '8(9)', chunkIndex: 1 },
    );
    const { answer } = extractiveAnswer('What yearly rate of new savings applies in the final years up to 2030?', [rates, later]);
    expect(answer).toMatch(/0,8 %.*1,3 %.*1,9 %/);
  });

  it('includes the sentence carrying a frequency when the question asks how often, in document order', () => {
    const { answer } = extractiveAnswer('How often does an enterprise need an energy audit?', [
      chunk('Enterprises above 10 TJ must undergo an energy audit carried out by qualified experts. Subsequent energy audits must be carried out at least every four years.'),
    ]);
    expect(answer.indexOf('every four years')).toBeGreaterThan(answer.indexOf('qualified experts'));
  });

  it('answers from the leading article only, named up front, when no other article answers half as well', () => {
    const answer = extractiveAnswer('energy audit enterprises', [
      chunk('Enterprises above the threshold must undergo an energy audit every four years.'),
      chunk('Public bodies must publish their energy consumption every year.', 'Article 6'),
    ]);
    expect(answer.answer).toMatch(/^Article 11 \(Energy management systems and energy audits\): /);
    expect(answer.citations.filter((c) => c.used).map((c) => c.article)).toEqual(['Article 11']);
  });

  it('gives the general rates of a list, not the derogation that follows them, when the question is not about the derogation', () => {
    const rates = chunk(
      'Member States shall achieve new savings each year of:\n(i) 0,8 % of annual final energy consumption from 1 January 2021 to 31 December 2023;\n(ii) 1,9 % of annual final energy consumption from 1 January 2028 to 31 December 2030.\nBy way of derogation, Cyprus and Malta shall achieve new savings each year of 0,24 % of annual final energy consumption.',
      'Article 8',
      { source: 'official', paragraph: '8(1)', articleTitle: 'Energy savings obligation' },
    );
    const general = extractiveAnswer('What annual savings rate applies from 2028 to 2030?', [rates]);
    expect(general.answer).toContain('1,9 %');
    expect(general.answer).toContain('Member States shall achieve new savings each year of:');
    expect(general.answer).not.toContain('Cyprus');
    const derogation = extractiveAnswer('Do Cyprus and Malta have a lower savings rate?', [rates]);
    expect(derogation.answer).toContain('0,24 %');
    expect(derogation.citations[0]).toMatchObject({ article: 'Article 8', paragraph: '8(1)', source: 'official' });
  });

  it('prefers the official text over notes and an uploaded document on the same article', () => {
    const official = chunk('Member States shall ensure that enterprises above 10 TJ carry out an energy audit at least every four years.', 'Article 11', { source: 'official', paragraph: '11(2)', documentId: 'eed' });
    const upload = chunk('No enterprise must carry out an energy audit at least every four years.', 'Article 11', { source: 'uploaded', documentId: 'upload', chunkIndex: 3 });
    const result = extractiveAnswer('How often must enterprises carry out an energy audit?', [upload, official]);
    expect(result.answer).toContain('Member States shall ensure');
    expect(result.answer).not.toContain('No enterprise');
    expect(result.citations.filter((c) => c.used).map((c) => c.source)).toEqual(['official']);
  });

  it("answers in the law's words even when the note's paraphrase shares more of the question's words", () => {
    const meta = { article: 'Article 10', articleTitle: 'Alternative policy measures' };
    const note = chunk('When a Member State reports a carbon tax as its savings policy, it must show how the tax design gives an effective price signal to energy users.', 'Article 10', { ...meta, documentId: 'note-article-10' });
    const official = chunk('Member States shall demonstrate the effectiveness of the price signal of an energy or carbon tax they report.', 'Article 10', { ...meta, documentId: 'eed', source: 'official', paragraph: '10(3)' });
    const result = extractiveAnswer('Our ministry reports a carbon tax as its savings policy. What must the tax design show?', [note, official]);
    expect(result.answer).toContain('effectiveness of the price signal');
    expect(result.citations.filter((c) => c.used).map((c) => c.source)).toEqual(['official']);
  });

  it('answers "and how often is it updated?" with the frequency of the updating, not a frequency that merely shares common words', () => {
    const inventory = chunk(
      'Each year at least 3 % of the floor area of public buildings shall be renovated. By 11 October 2025, Member States shall make publicly available an inventory of public buildings. Member States shall update that inventory at least every two years.',
      'Article 6',
      { source: 'official', paragraph: '6(5)', articleTitle: "Exemplary role of public bodies' buildings" },
    );
    const rare = new Set(['inventori', 'inventory', 'updat', 'update']);
    const { answer } = extractiveAnswer('When did the inventory of public buildings have to be published, and how often is it updated?', [inventory], (term) => (rare.has(term) ? 3 : 1));
    expect(answer).toContain('every two years');
  });

  it('never shows Markdown headings or emphasis from an uploaded document', () => {
    const result = extractiveAnswer('What must data centre operators report?', [
      chunk('## Reporting duties\n\n**Data centre operators** must report their energy performance to the authority every year.', 'Article 12', { source: 'uploaded' }),
    ]);
    expect(result.answer).toContain('Data centre operators must report their energy performance');
    expect(result.answer).not.toMatch(/#|\*\*/);
    expect(result.citations[0].excerpt).not.toMatch(/#|\*\*/);
  });

  it('answers a question on one named paragraph ("What exactly does Article 11(2) require?") from that paragraph, in its order', () => {
    const paragraphs = [
      '1. Member States shall ensure that enterprises above 85 TJ implement an energy management system. It shall be certified by an independent body.',
      '2. Member States shall ensure that enterprises above 10 TJ are subject to an energy audit. Audits follow at least every four years after the first one.',
      '3. Member States shall ensure that the audits referred to in paragraph 2 are carried out by qualified experts, and the enterprises shall publish the audit results.',
    ].map((text, i) => chunk(text, 'Article 11', { source: 'official', paragraph: `11(${i + 1})`, chunkIndex: i }));
    const summary = extractiveAnswer('What exactly does Article 11(2) require?', paragraphs).answer;
    expect(summary).toContain('enterprises above 10 TJ are subject to an energy audit. Audits follow at least every four years');
    expect(summary).not.toContain('85 TJ');
    // Not a summary request: the named paragraph's sentences still come first among those that share the question's words.
    const asked = extractiveAnswer('What exactly does Article 11(2) require of enterprises about the audits referred to in that paragraph?', paragraphs).answer;
    expect(asked).toMatch(/^Article 11 \([^)]*\): Member States shall ensure that enterprises above 10 TJ/);
  });

  it("shows another article's best sentence too when it answers half as well as the chosen one's, room allowing", () => {
    const metering = chunk('Where a building is supplied from a district heating system, a meter shall be installed at the heat exchanger or point of delivery of the building.', 'Article 14', {
      articleTitle: 'Metering for heating, cooling and domestic hot water',
      source: 'official',
      paragraph: '14(2)',
      documentId: 'eed',
      chunkIndex: 1,
    });
    const subMetering = chunk('In multi-apartment buildings supplied by district heating, individual meters shall measure the consumption of each building unit.', 'Article 15', {
      articleTitle: 'Sub-metering and cost allocation',
      source: 'official',
      paragraph: '15(1)',
      documentId: 'eed',
      chunkIndex: 2,
    });
    const remote = chunk('Meters installed in buildings supplied by district heating shall be remotely readable devices.', 'Article 16', {
      articleTitle: 'Remote reading requirement',
      source: 'official',
      paragraph: '16(1)',
      documentId: 'eed',
      chunkIndex: 3,
    });
    const { answer } = extractiveAnswer('Our district heating supplies apartment buildings: where must the meter of each building be installed?', [metering, subMetering, remote]);
    expect(answer).toMatch(/^Article 14 .*heat exchanger/);
    expect(answer).toContain('See also Article 15: In multi-apartment buildings');
    // A third article that answers half as well is shown too.
    expect(answer).toContain('See also Article 16: Meters installed');
  });

  it('summarises an article it is asked about: the opening sentence of each paragraph, in order', () => {
    const paragraphs = [
      '1. Member States shall ensure that enterprises above 85 TJ implement an energy management system. It shall be certified.',
      '2. Member States shall ensure that enterprises above 10 TJ are subject to an energy audit. Audits follow every four years.',
    ].map((text, i) => chunk(text, 'Article 11', { source: 'official', paragraph: `11(${i + 1})`, chunkIndex: i }));
    const { answer } = extractiveAnswer('What is Article 11?', [paragraphs[1], paragraphs[0]]);
    expect(answer).toMatch(/^Article 11 \(Energy management systems and energy audits\): Member States shall ensure that enterprises above 85 TJ.*\[1\] Member States shall ensure that enterprises above 10 TJ.*\[2\]$/);
  });

  it('summarises breadth first: a short framing opening is followed by the duty, and a list paragraph brings its lead-in with a point', () => {
    const meta = { articleTitle: 'Energy efficiency first principle' };
    const paragraphs = [
      'Article 3 makes the principle a legal duty. Member States must assess efficiency solutions in planning and in investment decisions above EUR 100 000 000.',
      'The Commission must review the thresholds by 11 October 2027. It must report by 11 October 2028.',
      'What Member States must do under Article 3(4):\n(a) make competent authorities monitor how the principle is applied;\n(b) promote cost-benefit methodologies.',
    ].map((text, i) => chunk(text, 'Article 3', { ...meta, documentId: 'note-article-03', chunkIndex: i }));
    const { answer } = extractiveAnswer('What is Article 3?', paragraphs);
    expect(answer).toContain('EUR 100 000 000');
    expect(answer).toContain('What Member States must do under Article 3(4): (a) make competent authorities monitor');
    expect(answer.indexOf('legal duty')).toBeLessThan(answer.indexOf('EUR 100 000 000'));
    expect(answer.indexOf('11 October 2027')).toBeLessThan(answer.indexOf('Article 3(4)'));
  });

  it('answers a contents question with the lead-in and the points of the list, not with framing sentences that share more words', () => {
    const meta = { source: 'official' as const, articleTitle: 'Basic contractual rights for heating, cooling and domestic hot water' };
    const framing = chunk(
      '1. Final customers with a heating contract shall be given a copy of the heating contract and clear information on the prices of the heating contract. Final customers with a heating contract shall be told of any change of the heating contract in good time.',
      'Article 21',
      { ...meta, paragraph: '21(1)' },
    );
    const list = chunk(
      '2. Final customers shall have the right to a contract with their supplier that specifies:\n(a) the identity and address of the supplier;\n(b) the services provided and the service quality levels included;\n(c) the duration of the contract;\n(d) any compensation and the refund arrangements which apply if quality levels are not met.',
      'Article 21',
      { ...meta, paragraph: '21(2)', chunkIndex: 1 },
    );
    const { answer } = extractiveAnswer('What does the heating contract with a final customer have to spell out?', [framing, list]);
    expect(answer).toMatch(/^Article 21 \([^)]*\): Final customers shall have the right to a contract with their supplier that specifies: \(a\)/);
    expect(answer).toContain('service quality levels');
    expect(answer).toContain('refund arrangements');
  });

  it('clips the longest points of a list too long for the room, so that every point shows its opening words', () => {
    const long = (letter: string, words: string) => `(${letter}) ${words} ${'together with further particulars on the matter set out at length in the plan '.repeat(3).trim()};`;
    const plan = chunk(
      ['6. Member States shall ensure that local authorities prepare local heating and cooling plans. Those plans should at least:', ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((letter) => long(letter, `cover topic ${letter} of the plan`)), '(h) address the worst performing buildings.'].join('\n'),
      'Article 25',
      { source: 'official', paragraph: '25(6)', articleTitle: 'Heating and cooling assessment and planning' },
    );
    const { answer } = extractiveAnswer('What must a local heating and cooling plan cover at a minimum?', [plan]);
    for (const letter of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) expect(answer).toContain(`(${letter}) cover topic ${letter} of the plan`);
    expect(answer).toContain('worst performing buildings');
    expect(answer).toContain('…');
    expect(answer.indexOf('prepare local heating and cooling plans')).toBeLessThan(answer.indexOf('Those plans should at least:'));
  });

  it('reads a lead-in that names its subject only as "such rules" with the sentence before it', () => {
    const rules = chunk(
      '3. Where multi-apartment buildings are supplied from district heating, Member States shall have national rules on the allocation of the cost of heating in such buildings. Where appropriate, such rules shall include guidelines on the manner in which to allocate cost for energy that is used for:\n(a) domestic hot water;\n(b) heating the common areas;\n(c) heating or cooling apartments.',
      'Article 15',
      { source: 'official', paragraph: '15(3)', articleTitle: 'Sub-metering and cost allocation' },
    );
    const meters = chunk('1. In multi-apartment buildings supplied from district heating, individual meters shall be installed to measure the consumption of heating for each building unit.', 'Article 15', { source: 'official', paragraph: '15(1)', articleTitle: 'Sub-metering and cost allocation', chunkIndex: 1 });
    const { answer } = extractiveAnswer('What must the national cost-allocation rules for heating in multi-apartment buildings cover?', [meters, rules]);
    expect(answer).toContain('common areas');
    expect(answer).toContain('national rules on the allocation of the cost of heating');
  });

  it('answers the asked definition, not the first entries of the glossary, when a list question names a defined term', () => {
    const entries = ['energy', 'energy system', 'energy service', 'energy audit', 'energy manager', 'energy carrier', 'energy network'].map(
      (term, i) => `(${i + 1}) ‘${term}’ means ${'a term of art defined at length for the purposes of the rules on energy in this act '.repeat(2).trim()};`,
    );
    const glossary = chunk(
      ['For the purposes of this Directive, the following definitions apply:', ...entries, '(8) ‘energy poverty’ means a household’s lack of access to essential energy services caused by a combination of factors, including at least non-affordability and poor energy efficiency of homes;'].join('\n'),
      'Article 2',
      { source: 'official', paragraph: '2', articleTitle: 'Definitions' },
    );
    const { answer } = extractiveAnswer('Which elements are listed in the definition of energy poverty?', [glossary]);
    expect(answer).toContain('non-affordability');
  });

  it("answers 'where is X defined?' from the glossary, not from an amendment that points at the entry", () => {
    const glossary = chunk(
      'For the purposes of this Directive, the following definitions apply: (52) ‘energy poverty’ means a household’s lack of access to essential energy services that provide basic levels and decent standards of living;',
      'Article 2',
      { source: 'official', paragraph: '2', articleTitle: 'Definitions' },
    );
    const amendment = chunk(
      'In Article 2 of Regulation (EU) 2023/955, point (1) is replaced by the following: ‘(1) “energy poverty” means energy poverty as defined in Article 2, point (52), of Directive (EU) 2023/1791.',
      'Article 37',
      { source: 'official', paragraph: '37', articleTitle: 'Amendment to Regulation (EU) 2023/955', chunkIndex: 40 },
    );
    const { answer, citations } = extractiveAnswer('Where is energy poverty defined in the directive?', [glossary, amendment]);
    expect(citations[0].article).toBe('Article 2');
    expect(answer).toContain('lack of access to essential energy services');
  });

  it('follows a sentence that only points at another paragraph of its article with that paragraph', () => {
    const meta = { source: 'official' as const, articleTitle: 'Energy efficiency targets' };
    const pointer = chunk(
      '2. When setting their indicative national contributions, Member States shall take into account the requirements set out in paragraph 3 of this Article and explain how the contributions have been calculated.',
      'Article 4',
      { ...meta, paragraph: '4(2)' },
    );
    const target = chunk(
      '3. In doing so, they shall take into account:\n(a) the Union target for 2030;\n(b) other circumstances affecting energy consumption, such as GDP and demographic evolution;\n(c) current climate conditions.',
      'Article 4',
      { ...meta, paragraph: '4(3)', chunkIndex: 1 },
    );
    const { answer } = extractiveAnswer('How do Member States explain how their indicative national contributions have been calculated?', [pointer, target]);
    expect(answer).toContain('requirements set out in paragraph 3');
    expect(answer).toContain('GDP and demographic evolution');
  });

  it('answers a list question from the article whose passages hold the list, over one whose sentence names what is listed', () => {
    const annex = chunk(
      'The following minimum information shall be monitored and published with regard to the energy performance of data centres:\n(a) the name of the data centre and the municipality where it is based;\n(b) the floor area, the installed power and the annual incoming and outgoing data traffic;\n(c) the key performance indicators on energy consumption, waste heat utilisation and water usage.',
      'Annex VII',
      { source: 'official', paragraph: 'Annex VII', articleTitle: 'Data centre information' },
    );
    const article = chunk(
      '1. Member States shall require owners and operators of data centres to make the information set out in Annex VII publicly available every year.',
      'Article 12',
      { source: 'official', paragraph: '12(1)', articleTitle: 'Data centres', chunkIndex: 1 },
    );
    const { answer } = extractiveAnswer("What exactly does our data centre's annual publication have to contain?", [annex, article]);
    expect(answer).toMatch(/^Annex VII/);
    expect(answer).toContain('incoming and outgoing data traffic');
  });

  it("answers from the official text's dash points, read with the title of their annex, which announces them", () => {
    const meta = { article: 'Annex XV', articleTitle: 'MINIMUM ITEMS TO BE INCLUDED IN ENERGY PERFORMANCE CONTRACTS', source: 'official' as const, documentId: 'eed' };
    const items = chunk(
      '— Findings and recommendations set out in the energy audits carried out before the contract has been concluded.\n— Guaranteed savings to be achieved by implementing the measures of the contract.\n— The duration and milestones of the contract, terms and period of notice.\n— Provisions on measurement and verification of the guaranteed savings achieved.',
      'Annex XV',
      meta,
    );
    const summary = extractiveAnswer('What is Annex XV?', [items]);
    expect(summary.answer).toContain('— Guaranteed savings to be achieved by implementing the measures of the contract.');
    expect(summary.citations[0]).toMatchObject({ article: 'Annex XV', source: 'official' });
    // The article that only names the annex shares more of the question's words than any point, but not than the title.
    const naming = chunk('Member States shall support public bodies by providing model energy performance contracts which include at least the minimum items listed in Annex XV.', 'Article 29', {
      articleTitle: 'Energy services',
      source: 'official',
      documentId: 'eed',
      chunkIndex: 5,
    });
    const { answer, citations } = extractiveAnswer('What items must an energy performance contract include at a minimum?', [items, naming]);
    expect(citations[0].article).toBe('Annex XV');
    for (const item of ['Findings and recommendations', 'Guaranteed savings', 'period of notice', 'measurement and verification']) expect(answer).toContain(item);
  });

  it('answers a list question from a note with the paragraphs that follow its introduction, not the introduction alone', () => {
    const meta = { articleTitle: 'Minimum requirements for data centres', documentId: 'note-annex-07' };
    const paragraphs = [
      'Annex VII lists the minimum information that data centres must monitor and make public about their energy performance.',
      "Under Annex VII, a data centre's report must identify its name, its owner and operators and its municipality.",
      'Under Annex VII, the report must give key performance indicators on energy consumption, waste heat and water usage.',
    ].map((text, i) => chunk(text, 'Annex VII', { ...meta, chunkIndex: i }));
    const { answer } = extractiveAnswer('What information must data centres monitor and publish at minimum?', paragraphs);
    expect(answer).toContain('waste heat and water usage');
    expect(answer.indexOf('lists the minimum information')).toBeLessThan(answer.indexOf('its municipality'));
  });
  it("keeps to the best sentence's paragraph: its weaker sentence is taken before another paragraph's that shares more words", () => {
    const meta = { documentId: 'eed', source: 'official' as const, article: 'Article 6', articleTitle: "Exemplary role of public bodies' buildings" };
    // A long sentence that shares more of the question's words than the paragraph's second sentence does.
    const long = 'The renovation rate shall be calculated and counted on the floor area of heated and cooled buildings over 250 m2 owned by public bodies, ' + Array.from({ length: 14 }, (_, i) => `with inventory entry ${i + 1} describing the building, its owner, its measured consumption and its certificate`).join(', ') + ', in the years for which the inventory is kept.';
    const general = chunk(long, 'Article 6', { ...meta, chunkIndex: 0, paragraph: '6(1)' });
    const surplus = chunk(
      'A Member State that renovates more than 3 % of the floor area in any year until 31 December 2026 may count the surplus towards the annual renovation rate of any of the following three years. From 1 January 2027 a later carry-forward is limited to the following two years.',
      'Article 6',
      { ...meta, chunkIndex: 1, paragraph: '6(3)' },
    );
    const { answer } = extractiveAnswer('Can the surplus count towards the renovation rate of later years?', [general, surplus]);
    expect(answer).toContain('any of the following three years');
    expect(answer).toContain('limited to the following two years');
    expect(answer).not.toContain('inventory entry');
  });

  it("answers where an old article of Directive 2012/27/EU went with the rows of the correlation table, not with the new article, and names the new article's title", () => {
    const passages = tableAndAuditArticle('Directive 2012/27/EU This Directive Article 7a (4) and (5) Article 9(8) and (9) - Article 9(10)\n\nArticle 8(1) and (2) Article 11(5), (6) and (7) Article 8(3) and (4) - - Article 11(8)');
    const { answer, citations } = extractiveAnswer('Our procedures cite Article 8 of the old 2012/27 directive for audits. Where is that now?', passages);
    expect(answer).toBe(
      'Annex XVII: Article 8(1) and (2) of Directive 2012/27/EU corresponds to Article 11(5), (6) and (7) (Energy management systems and energy audits) of this Directive. Article 8(3) and (4) of Directive 2012/27/EU has no counterpart in this Directive. [1]',
    );
    expect(citations.map((c) => c.article)).toEqual(['Annex XVII', 'Article 11']);
  });

  it('answers where an old article went and "what does it require?" with a summary of the new article, then the table rows', () => {
    const table = chunk('Directive 2012/27/EU This Directive Article 8(1) and (2) Article 11(5), (6) and (7)', 'Annex XVII', { documentId: 'eed', source: 'official', articleTitle: undefined, paragraph: 'Annex XVII', chunkIndex: 90 });
    const meta = { documentId: 'eed', source: 'official' as const };
    const article = [
      chunk('1. Member States shall ensure that enterprises above 85 TJ implement an energy management system.', 'Article 11', { ...meta, chunkIndex: 30, paragraph: '11(1)' }),
      chunk('2. Member States shall ensure that enterprises above 10 TJ without an energy management system are subject to an energy audit.', 'Article 11', { ...meta, chunkIndex: 31, paragraph: '11(2)' }),
      chunk('5. Member States shall promote the availability of high quality energy audits to all final customers.', 'Article 11', { ...meta, chunkIndex: 32, paragraph: '11(5)' }),
    ];
    const { answer } = extractiveAnswer('Our manual cites Article 8 of Directive 2012/27/EU on audits. Where is that rule now and what does it require?', [table, ...article]);
    expect(answer).toMatch(/^Article 11 .*85 TJ.*10 TJ.*high quality energy audits.*See also Annex XVII: Article 8\(1\) and \(2\) of Directive 2012\/27\/EU corresponds to Article 11\(5\)/);
  });

  it('answers where an old article went and what it now requires with the new article first and the table rows after it', () => {
    const passages = tableAndAuditArticle('Directive 2012/27/EU This Directive Article 8(1) and (2) Article 11(5), (6) and (7) Article 8(4) Article 11(2)');
    const { answer, citations } = extractiveAnswer('Old Article 8 of Directive 2012/27/EU made large firms do audits. Which article replaced it, and how often are audits due now?', passages);
    expect(answer).toBe(
      'Article 11 (Energy management systems and energy audits): Member States shall ensure that enterprises above 10 TJ carry out an energy audit at least every four years. [1] ' +
        'See also Annex XVII: Article 8(1) and (2) of Directive 2012/27/EU corresponds to Article 11(5), (6) and (7) of this Directive. Article 8(4) of Directive 2012/27/EU corresponds to Article 11(2) of this Directive. [2]',
    );
    expect(citations.map((c) => c.article)).toEqual(['Article 11', 'Annex XVII']);
  });
  it('answers "how far ahead" with the horizon ("the next 30 years"), not with a sentence that only shares the topic', () => {
    const annex = chunk(
      [1, 2, 3].map((n) => `Section ${n} of the assessment shall contain the forecast heating and cooling demand in the assessment area by sector, the demand forecast for each supply point and installation, ${'and the forecast demand of every district heating network and industrial site, '.repeat(3)}in GWh per year.`).join(' ') +
        ' It shall contain a forecast of trends in the demand for heating and cooling to keep a perspective of the next 30 years, with projections for the next 10 years.',
      'Annex X',
      { documentId: 'eed', source: 'official', articleTitle: 'Potential for efficiency in heating and cooling', paragraph: 'Annex X(6)' },
    );
    const { answer } = extractiveAnswer('How far into the future must the demand forecast in the heating assessment look?', [annex]);
    expect(answer).toContain('next 30 years');
  });
  it("summarises a table (the correlation table) from the notes, whose sentences read, not from its run-together cells", () => {
    const meta = { article: 'Annex XVII', articleTitle: 'Correlation table' };
    const table = chunk('Correlation Table Directive 2012/27/EU This Directive Article 1 Article 1 Article 2, point 1 Article 2, point 1 Article 3 Article 4', 'Annex XVII', { ...meta, documentId: 'eed', source: 'official', chunkIndex: 90 });
    const note = chunk('Annex XVII is the correlation table between the repealed directive and this one. Article 7 of Directive 2012/27/EU corresponds to Article 8, and Article 8 to Article 11.', 'Annex XVII', { ...meta, documentId: 'note-annex-17' });
    const { answer } = extractiveAnswer('What does Annex XVII say?', [table, note]);
    expect(answer).toContain('Article 7 of Directive 2012/27/EU corresponds to Article 8');
    expect(answer).not.toContain('This Directive Article 1 Article 1');
  });

  it('never puts a point into a summary without its lead-in', () => {
    const official = { documentId: 'eed', source: 'official' as const };
    const passages = [
      chunk(`Member States shall ensure that enterprises above 85 TJ implement an energy management system, ${'covering every site, process and fleet of the enterprise, '.repeat(8)}and keep it certified.`, 'Article 11', { ...official, chunkIndex: 1, paragraph: '11(1)' }),
      chunk(
        `Member States shall ensure that enterprises above 10 TJ are subject to an energy audit. Such energy audits shall be either:\n(a) carried out ${'in an independent and cost-effective manner by qualified experts, '.repeat(10)}in accordance with Article 28; or\n(b) implemented and supervised by independent authorities under national legislation.`,
        'Article 11',
        { ...official, chunkIndex: 2, paragraph: '11(2)' },
      ),
    ];
    const { answer } = extractiveAnswer('What is Article 11?', passages);
    expect(answer).toContain('enterprises above 10 TJ are subject to an energy audit');
    expect(answer).not.toContain('(b) implemented and supervised');
  });
  it('summarises a recital from its opening, the "(30)" it starts with being no list point waiting for a lead-in', () => {
    const recital = chunk('(30) The need for the Union to improve its energy efficiency should be expressed in primary and final energy consumption. The 2020 EU Reference Scenario projects 864 Mtoe of final energy consumption in 2030.', 'Article 1', {
      documentId: 'eed',
      source: 'official',
      article: undefined,
      articleTitle: undefined,
      paragraph: 'Recital 30',
    });
    const { answer } = extractiveAnswer('What does recital 30 say?', [recital]);
    expect(answer).toMatch(/^Recital 30: The need for the Union to improve its energy efficiency/);
  });

  it("gives a point of a paragraph cut into pieces with its lead-in and the duty it leans on, from the piece before", () => {
    const meta = { documentId: 'eed', source: 'official' as const, article: 'Article 35', paragraph: '35(7)', articleTitle: 'Review and monitoring of implementation' };
    const head = chunk('7. By 28 February 2027 and every five years thereafter, the Commission shall evaluate the implementation of this Directive and submit a report. That evaluation shall include:\n(a) an assessment of the general effectiveness of this Directive;', 'Article 35', { ...meta, chunkIndex: 3 });
    const tail = chunk('(e) whether Member States are to continue to ensure that at least 3 % of the total floor area of buildings owned by public bodies is renovated each year;\n(f) whether the share of savings among energy poor people continues;', 'Article 35', { ...meta, chunkIndex: 4 });
    const question = 'When is the full evaluation due, and will it look at whether the yearly 3 % renovation of public buildings continues?';
    const { answer } = extractiveAnswer(question, [tail, { ...head, leadInOnly: true }]);
    expect(answer).toContain('at least 3 %');
    expect(answer).toContain('28 February 2027');
    expect(answer.indexOf('That evaluation shall include:')).toBeLessThan(answer.indexOf('(e) whether'));
    // Without the piece before, the point stands alone: the lead-in is what the retriever's piece brings.
    expect(extractiveAnswer(question, [tail]).answer).not.toContain('28 February 2027');
  });

  it('never answers from a piece brought only for its lead-in', () => {
    const head = chunk('The Commission shall publish a report on heat pumps every year. It shall include:', 'Article 35', { documentId: 'eed', source: 'official', paragraph: '35(9)', chunkIndex: 5 });
    const rule = chunk('Member States shall report on heat pumps in public buildings.', 'Article 6', { documentId: 'eed', source: 'official', paragraph: '6(2)', chunkIndex: 1 });
    const { answer } = extractiveAnswer('Which report on heat pumps does the Commission publish every year?', [rule, { ...head, leadInOnly: true }]);
    expect(answer).not.toContain('publish a report on heat pumps every year');
  });

  it("answers a contents question with a numbered annex item's list, which ends the list of the item before", () => {
    const annex = chunk(
      '(1) Member States shall take measures to ensure that:\n(a) the guarantee of origin is accurate, reliable and fraud-resistant;\n(b) the same unit of energy from cogeneration is taken into account only once.\n(2) The guarantee of origin shall contain at least the following information:\n(a) the identity and location of the installation;\n(b) the dates and places of production;\n(c) the lower calorific value of the fuel source;\n(d) the primary energy savings calculated in accordance with Annex III;\n(e) the date and country of issue and a unique identification number.',
      'Annex XII',
      { documentId: 'eed', source: 'official', paragraph: 'Annex XII', articleTitle: 'Guarantee of origin for electricity produced from high-efficiency cogeneration' },
    );
    const { answer } = extractiveAnswer('What information must each guarantee of origin show at a minimum?', [annex]);
    expect(answer).toMatch(/^Annex XII \([^)]*\): The guarantee of origin shall contain at least the following information: \(a\)/);
    expect(answer).toContain('unique identification number');
    expect(answer).toContain('primary energy savings');
  });

  it("gives the asked figure from the sentence that goes on with the chosen one's rule, though it shares none of the question's words", () => {
    const conversion = chunk(
      'For savings in kWh electricity, Member States shall apply a coefficient in order to accurately calculate the resulting primary energy consumption savings. ' +
        'Member States shall apply a default coefficient of 1,9 unless they use their discretion to define a different coefficient based upon justified national circumstances.',
      'Article 31',
      { documentId: 'eed', source: 'official', paragraph: '31(3)', articleTitle: 'Conversion factors and primary energy factors' },
    );
    expect(extractiveAnswer('Which factor is used for electricity savings?', [conversion]).answer).toContain('default coefficient of 1,9');
  });

  it('answers whether something counts under a named article from the annex that article hands its method to', () => {
    const article = chunk('Member States shall calculate the energy savings counted towards the obligation in accordance with Annex V.', 'Article 8', {
      documentId: 'eed', source: 'official', paragraph: '8(5)', articleTitle: 'Energy savings obligation',
    });
    const annex = chunk('Energy savings from policy measures subsidising new gas boilers in homes from 1 January 2024 shall not count towards the obligation.', 'Annex V', {
      documentId: 'eed', source: 'official', paragraph: 'Annex V(2)', chunkIndex: 1, articleTitle: 'Common methods and principles for calculating the impact',
    });
    const { answer, citations } = extractiveAnswer('Our scheme subsidises new gas boilers. Can those savings still count towards the Article 8 obligation?', [article, annex]);
    expect(citations[0].article).toBe('Annex V');
    expect(answer).toContain('1 January 2024');
  });

  it('says a sentence the official text repeats only once', () => {
    const piece = (text: string, chunkIndex: number) => chunk(text, 'Annex V', { documentId: 'eed', source: 'official', paragraph: 'Annex V(2)', chunkIndex, articleTitle: 'Common methods' });
    const { answer } = extractiveAnswer('How must the calculation of energy savings be done for measures on buildings?', [
      piece('(k) measures promoting small-scale renewable energy technologies on buildings may be eligible. The calculation of energy savings shall comply with this Annex;', 0),
      piece('(l) measures promoting solar thermal technologies on buildings may be eligible. The calculation of energy savings shall comply with this Annex;', 1),
    ]);
    expect(answer.match(/The calculation of energy savings shall comply with this Annex/g)).toHaveLength(1);
  });

  it("answers what a document must hold from the list whose lead-in announces its contents, not from another list on the same document", () => {
    const annex = chunk(
      'Member States shall take measures to ensure that:\n' +
        '(a) each guarantee of origin certificate issued for electricity from high-efficiency cogeneration enables producers to demonstrate that the electricity ' +
        'they sell is from high-efficiency cogeneration and is issued at the request of the producer and is accurate, reliable and fraud-resistant, and is ' +
        'transferred and cancelled in the register kept for that purpose by the competent national authority under its own procedures, which it sets out and ' +
        'publishes in advance so that every producer, trader and supplier can rely on it when they buy or sell the energy concerned across borders;\n' +
        '(b) the same unit of electricity from cogeneration is taken into account only once.\n' +
        'The guarantee of origin shall contain at least the following information:\n' +
        '(a) the identity, location, type and capacity (thermal and electrical) of the installation where the energy was produced, with the name of its operator;\n' +
        '(b) the dates and places of production, and the quantity and use of the heat generated together with the electricity;\n' +
        '(c) the primary energy savings calculated in accordance with the harmonised efficiency reference values;\n' +
        '(d) the date and country of issue and a unique identification number.',
      'Annex XII',
      { documentId: 'eed', source: 'official', paragraph: 'Annex XII', articleTitle: 'Guarantee of origin' },
    );
    const question = 'We are the issuing body for guarantee of origin certificates for high-efficiency cogeneration electricity. What data fields must each certificate carry?';
    expect(extractiveAnswer(question, [annex]).answer).toMatch(/^Annex XII \(Guarantee of origin\): The guarantee of origin shall contain at least the following information: \(a\) the identity/);
  });

  it('gives a nested point with the lead-ins it hangs from, not with the lead-ins of the sister list before it', () => {
    const assessment = chunk(
      '2. the identification of current heating and cooling supply:\n' +
        '(a) by technology, in GWh per year, distinguishing between fossil and renewable sources:\n' +
        '(i) provided on-site in residential and service sites by:\n— heat only boilers;\n— heat pumps;\n' +
        '(ii) provided off-site by:\n— waste heat;\n' +
        '(b) the identification of installations that generate waste heat or cold and their potential supply, in GWh per year:\n' +
        '(i) thermal power generation installations that can supply waste heat with a total thermal input exceeding 50 MW;\n' +
        '(ii) waste incineration plants;',
      'Annex X',
      { documentId: 'eed', source: 'official', paragraph: 'Annex X(2)', articleTitle: 'POTENTIAL FOR EFFICIENCY IN HEATING AND COOLING' },
    );
    const { answer } = extractiveAnswer('What thermal input threshold applies to power stations?', [assessment]);
    expect(answer).toContain('(b) the identification of installations that generate waste heat');
    expect(answer).toContain('exceeding 50 MW');
    expect(answer).not.toContain('provided on-site');
    expect(answer).not.toContain('by technology');
  });

  it("gives an annex's title set in capitals in sentence case, so a lead never shouts", () => {
    const annex = chunk('(1) Electricity from cogeneration is counted in full where the unit reaches an annual overall efficiency of at least 75 %.', 'Annex II', {
      documentId: 'eed',
      source: 'official',
      paragraph: 'Annex II',
      articleTitle: 'GENERAL PRINCIPLES FOR THE CALCULATION OF ELECTRICITY FROM COGENERATION IN THE UNION',
    });
    const { answer } = extractiveAnswer('When does all electricity of a unit count as electricity from cogeneration?', [annex]);
    expect(answer).toMatch(/^Annex II \(General principles for the calculation of electricity from cogeneration in the Union\): /);
  });

  it("within the chosen article's notes, leads with the passage retrieval ranked first where the question's words fit two alike", () => {
    const heat = (paragraph: string, chunkIndex: number, score: number, text: string): RetrievedChunk => ({
      ...chunk(text, 'Article 21', { articleTitle: 'Basic contractual rights for heating, cooling and domestic hot water', paragraph, chunkIndex }),
      score,
    });
    // Each sentence alone nearly fills the answer; both share "final customers" and one more word of the question.
    const modification = heat(
      '21(3)',
      3,
      0.2,
      'Final customers shall be given adequate notice of any intention to modify contractual conditions, and suppliers shall notify their final customers in a transparent and comprehensible manner directly of any adjustment in the supply price and of the reasons and preconditions for the adjustment and its scope, at an appropriate time and in any case at least two weeks, or one month in the case of household customers, before the adjustment comes into effect, so that final customers and the final users they supply can look for another supplier, change their installation or reduce their use of heating, cooling or domestic hot water before the new conditions apply to them.',
    );
    const disconnection = heat(
      '21(9)',
      9,
      0.25,
      'In the case of a planned disconnection, the final customers concerned shall be provided with adequate information about alternative measures, such as sources of support to avoid disconnection, prepayment systems, energy audits, energy consultancy services, alternative payment plans, debt management advice or disconnection moratoria, at least one month before the planned disconnection, and they shall receive that information in a form they can read and understand, together with the contact details of the bodies that give such support in their region and of the one-stop shops that advise on energy efficiency in homes, so that no household is cut off from heating or cooling without having been told in good time what it can do.',
    );
    const { answer } = extractiveAnswer('How much notice must final customers get before a disconnection?', [modification, disconnection]);
    expect(answer).toContain('at least one month before the planned disconnection');
    expect(answer).not.toContain('at least two weeks');
  });

  it("answers a question on whether something counts as a defined term with that term's definition", () => {
    const glossary = (text: string, chunkIndex: number): RetrievedChunk =>
      chunk(text, 'Article 2', { documentId: 'eed', source: 'official', articleTitle: 'Definitions', paragraph: '2', chunkIndex });
    const { answer } = extractiveAnswer("Does a city-owned utility company count as a 'public body' under the energy rules?", [
      glossary("(11) ‘energy service’ means the physical benefit, utility or good derived from a combination of energy with energy-efficient technology or with action, which may include the operations, maintenance and control necessary to deliver the service, which is delivered on the basis of a contract and in normal circumstances has proven to result in verifiable and measurable or estimable energy efficiency improvement or primary energy savings.", 1),
      glossary('(12) ‘public bodies’ means national, regional or local authorities and entities directly financed and administered by those authorities but not having an industrial or commercial character.', 2),
      glossary("(16) ‘energy management system’ means a set of interrelated or interacting elements of a plan which sets an energy efficiency objective and a strategy to achieve that objective, including monitoring of actual energy consumption, actions taken to increase energy efficiency and measurement of progress, for a company, a utility or a public body.", 3),
      glossary("(19) ‘obligated party’ means an energy distributor, retail energy sales company or transmission system operator, which is bound by the national energy efficiency obligation schemes, and which may be a company or a utility.", 4),
      glossary("(21) ‘participating party’ means an enterprise or public body that has committed itself to reaching certain objectives under a voluntary agreement, or is covered by a national regulatory policy instrument, as a company or utility would be.", 5),
      glossary("(23) ‘energy distributor’ means a company or utility, a natural or legal person, including a distribution system operator, responsible for the transport of energy with a view to its delivery to final customers or to distribution stations that sell energy to final customers, in a city or a region.", 6),
      glossary("(24) ‘retail energy sales company’ means a company or utility, a natural or legal person who sells energy to final customers in a city or a region, whatever the energy carrier and whatever the contract under which the energy is sold, supplied or delivered to them.", 7),
    ]);
    expect(answer).toContain('not having an industrial or commercial character');
  });

  it("answers the kind of fact the question sentence asks, not one the asker's own figure in the setting suggests", () => {
    const official = (text: string, paragraph: string, chunkIndex: number) =>
      chunk(text, 'Article 6', { documentId: 'eed', source: 'official', articleTitle: 'Public bodies’ buildings', paragraph, chunkIndex });
    const answer = extractiveAnswer('We renovated 4.2% of our public floor area in 2025. Can we bank the extra against later years, and for how long?', [
      official(
        'Each Member State shall ensure that at least 3 % of the total floor area of heated or cooled public buildings is renovated each year to at least the nearly zero-energy level, the rate being calculated on the floor area of public buildings of more than 250 m2 that were not yet nearly zero-energy buildings on 1 January 2024, and counting the whole floor area of each building renovated.',
        '6(1)',
        1,
      ),
      official(
        'To reward early action, a Member State that renovates more than 3 % of the floor area of its public buildings in any year up to 31 December 2026 may put the surplus towards the renovation rate of any of the following three years. A Member State that renovates more than 3 % of the floor area of its public buildings in a year from 1 January 2027 may put the surplus towards the renovation rate of the following two years.',
        '6(3)',
        3,
      ),
      official(
        'Member States may count towards the 3 % renovation rate of public floor area new public buildings that replace public buildings demolished in either of the two previous years, provided the replacement saves more energy over its life cycle than renovating the demolished building to the nearly zero-energy level would have saved, which the Member State shall assess and publish for each building.',
        '6(4)',
        4,
      ),
    ]).answer;
    // The share is the asker's; the period is asked: both of the paragraph's periods, the transitional one with it.
    expect(answer).toContain('following three years');
    expect(answer).toContain('following two years');
  });

  it('brings the condition that qualifies a rule in the sentence after it', () => {
    const note = chunk(
      'Meters that cannot be read remotely must be made remotely readable or replaced by 1 January 2027. This applies to all such devices, save where the Member State shows that doing so is not cost-efficient. Suppliers must make sure that every meter they install can be read remotely, and the installed base of manually read devices must be upgraded or replaced by 1 January 2027.',
      'Article 16',
      { articleTitle: 'Remote reading requirement' },
    );
    const { answer } = extractiveAnswer('We still have walk-by heat meters. By when must they be upgraded or swapped out?', [note]);
    expect(answer).toContain('not cost-efficient');
  });
});
