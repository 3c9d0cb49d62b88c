import { compose, contextOf, saidTerms } from './answer-composition.js';
import { intentOf } from './answer-intent.js';
import { scoreOf, sentencesOf, type Query } from './answer-scoring.js';
import { contentTerms } from '../embeddings/text-terms.js';
import type { RetrievedChunk } from './rag-types.js';

const paragraph = (text: string): RetrievedChunk => ({
  text,
  metadata: { documentId: 'eed', title: 'EED', article: 'Article 11', articleTitle: 'Energy management systems and energy audits', paragraph: '11(1)', chunkIndex: 40, source: 'official' },
  similarity: 0.5,
  score: 0.5,
});

const OPENING = 'Member States shall ensure that enterprises with an average annual consumption higher than 85 TJ of energy over the previous three years implement an energy management system.';
const CERTIFIED = 'The energy management system shall be certified by an independent body.';
const DEADLINE = 'Member States shall ensure that the enterprises referred to in the first subparagraph have an energy management system in place at the latest by 11 October 2027.';

describe(contextOf.name, () => {
  const all = sentencesOf([paragraph(`${OPENING} ${CERTIFIED} ${DEADLINE}`)], () => 1);
  const deadline = all.find((s) => s.text.startsWith('Member States shall ensure that the enterprises referred to'));

  it('brings the opening sentence of the subparagraph a chosen sentence refers to, not only the sentence before it', () => {
    expect(deadline).toBeDefined();
    expect(contextOf(deadline!, all, intentOf('By when?')).map((s) => s.text)).toEqual([OPENING, DEADLINE]);
  });

  it('leaves the sentence alone where the opening would not fit the room left', () => {
    expect(contextOf(deadline!, all, intentOf('By when?'), DEADLINE.length + 10).map((s) => s.text)).toEqual([DEADLINE]);
  });
});

describe(compose.name, () => {
  const PLAN = 'The enterprises concerned shall draw up a concrete and feasible Action Plan on the basis of the recommendations arising from those energy audits.';
  const MEASURES = 'The Action Plan shall identify measures to implement each audit recommendation, where it is technically or economically feasible.';
  const MANAGEMENT = 'The Action Plan shall be submitted to the management of the enterprise.';
  const PUBLISHED = "Member States shall ensure that the Action Plans and the recommendation implementation rate are published in the enterprise's annual report.";
  const question = 'What must we do with the audit recommendations, and does anything have to go into our annual report?';
  const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
  const all = sentencesOf([paragraph(`${PLAN} ${MEASURES} ${MANAGEMENT} ${PUBLISHED}`)], (s) => scoreOf(s, query));

  it('quotes a passage whole between its first and last chosen sentences: one skipped sentence goes back in', () => {
    expect(all.find((s) => s.text === MANAGEMENT)?.score).toBe(0);
    expect(compose(all, query).map((s) => s.text)).toEqual([PLAN, MEASURES, MANAGEMENT, PUBLISHED]);
  });
});

describe('compose: the sentence that goes on with the best one', () => {
  const FORECAST = 'The assessment must give a forecast of trends in heating and cooling demand over the next 30 years in GWh.';
  const GOES_ON = 'It takes into account in particular the projections for the next 10 years and the change in demand in buildings.';
  const MAP = 'The national heat assessment must include a map of the entire national territory showing heat demand points, the existing heat supply, district heating networks, planned heat supply installations and industrial sites whose waste heat could be used for the national heat demand.';
  const OVERVIEW = 'Annex X lists what each national heat assessment must include and be based on: an overview of heat demand and supply, the national objectives and policies for heat, an analysis of the economic potential of heat efficiency, and the measures the national heat assessment proposes.';
  const question = 'How far into the future must the demand forecast in the national heat assessment look?';
  const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
  const all = sentencesOf([paragraph(`${OVERVIEW} ${MAP} ${FORECAST} ${GOES_ON}`)], (s) => scoreOf(s, query));

  it('comes with it: "It takes into account ..." says no more than "it" of the subject, but it is the same rule', () => {
    const picked = compose(all, query).map((s) => s.text);
    expect(picked).toContain(FORECAST);
    expect(picked).toContain(GOES_ON);
  });
});

describe('compose: a list whose points do not all fit', () => {
  const filler = 'and any other installation of that kind that the national assessment of heating and cooling potentials identifies in the territory of the Member State concerned';
  const LEAD = 'The assessment shall identify the following sources of waste heat and cold:';
  const POINTS = [
    `(a) district heating networks and their extensions, ${filler};`,
    `(b) waste incineration plants and their heat recovery units, ${filler};`,
    `(c) industrial sites with process heat that could be reused, ${filler};`,
    `(d) thermal power generation installations that can supply waste heat, ${filler}, with a total thermal input exceeding 50 MW;`,
    `(e) data centres and their cooling systems, ${filler};`,
    `(f) wastewater treatment plants and sewage systems, ${filler};`,
    `(g) renewable installations such as geothermal plants, ${filler};`,
    `(h) cold sources such as liquefied natural gas terminals, ${filler}.`,
  ];
  const question = 'Which sources of waste heat must the assessment identify, and what size cut-offs apply?';
  const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
  const all = sentencesOf([paragraph([LEAD, ...POINTS].join('\n'))], (s) => scoreOf(s, query));

  it('keeps the point that carries the asked size whole and clips the others', () => {
    expect(query.intent.list && query.intent.amount).toBe(true);
    const answer = compose(all, query).map((s) => s.text).join(' ');
    expect(answer).toContain('total thermal input exceeding 50 MW');
    expect(answer.length).toBeLessThanOrEqual(1200);
  });
});

describe('compose: the asked kind looked for with the words of the ask that wants it', () => {
  const pad = (words: string, times: number) => Array.from({ length: times }, () => words).join(', ');
  const CONSIDER = `The evaluation must also consider whether public building renovation at 3 % continues after 2030, ${pad('alongside the renovation rate of public buildings after 2030 and the 3 % public building renovation rate', 6)}.`;
  const REVIEW = `The Commission must review the implementation of the Directive by 28 February 2027 and every five years thereafter, ${pad('covering its overall effectiveness, the administrative burden it places on the bodies concerned and the coherence of its instruments', 2)}.`;
  const ASSESS = 'By 31 October 2032 the renovation rate of public buildings after 2030 must be assessed.';
  const question = 'When must the Commission review the Directive? And will it consider whether the 3 % public building renovation rate continues after 2030?';
  const parts = ['When must the Commission review the Directive?', 'And will it consider whether the 3 % public building renovation rate continues after 2030?'].map((part) => ({
    terms: new Set(contentTerms(part)),
    intent: intentOf(part),
  }));
  const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question), parts };
  const all = sentencesOf([paragraph(`${CONSIDER} ${ASSESS} ${REVIEW}`)], (s) => scoreOf(s, query));

  it("gives the review's date the first ask wants, not a later assessment's date that shares the second ask's words", () => {
    expect(CONSIDER.length + REVIEW.length + ASSESS.length).toBeGreaterThan(1200);
    expect(compose(all, query).map((s) => s.text)).toContain(REVIEW);
  });
});

describe('compose: the asked kind of fact from another paragraph', () => {
  const inParagraph = (text: string, paragraphLabel: string, chunkIndex: number): RetrievedChunk => ({ ...paragraph(text), metadata: { ...paragraph(text).metadata, article: 'Article 8', paragraph: paragraphLabel, chunkIndex } });
  const SHARE = 'Member States shall establish and achieve a share of the required amount of cumulative end-use energy savings among people affected by energy poverty, vulnerable customers, people in low-income households and, where applicable, people living in social housing.';
  const PROPORTION = 'This share shall at least be equal to the proportion of households in energy poverty as assessed in their national energy and climate plans established in accordance with Article 3(3), point (d), of Regulation (EU) 2018/1999, with the indicators used to assess that share.';
  const SURPLUS = 'Where a Member State has achieved savings above the required level by the end of an obligation period, it may carry no more than 10 % of such surplus into the next period.';
  const question = 'How large must the share of savings among energy-poor and low-income households be?';
  // Rare words weigh more: every passage of the article speaks of savings.
  const query: Query = { terms: new Set(contentTerms(question)), weight: (term) => (term.startsWith('saving') ? 0.1 : 1), intent: intentOf(question), focus: [new Set(contentTerms('share energy poverty low-income households'))] };
  const all = sentencesOf([inParagraph(`${SHARE} ${PROPORTION}`, '8(3)', 10), inParagraph(SURPLUS, '8(13)', 20)], (s) => scoreOf(s, query));

  it('takes no figure from another paragraph that speaks of another subject and scores far below the chosen sentences', () => {
    expect(query.intent.percent || query.intent.amount).toBe(true);
    const picked = compose(all, query).map((s) => s.text);
    expect(picked).toContain(SHARE);
    expect(picked).not.toContain(SURPLUS);
  });
});

describe('compose: a short answer goes on with its article', () => {
  const RULE =
    'Each Member State shall ensure that at least 3 % of the total floor area of heated and/or cooled buildings that are owned by public bodies is renovated each year to be transformed into at least nearly zero-energy buildings or zero-emission buildings, and that the rate is calculated on the total floor area of buildings with a total useful floor area of over 250 m2 that are owned by public bodies and that, on 1 January 2024, are not nearly zero-energy buildings, counting only the buildings that the public bodies heat or cool themselves and not those they let to others.';
  const SURPLUS = 'Until 31 December 2026, a Member State may count any surplus towards the annual rate of any of the following three years.';
  const question = 'How much of the floor area of public buildings must be renovated each year, and can we carry a surplus over?';
  const query: Query = { terms: new Set(contentTerms('How much of the floor area of public buildings must be renovated each year?')), weight: () => 1, intent: intentOf(question) };
  const all = sentencesOf([paragraph(`${RULE} ${SURPLUS}`)], (s) => scoreOf(s, query));

  it("adds its paragraph's further sentence that shares a word with the question while the answer is under 700 characters", () => {
    expect(RULE.length).toBeGreaterThan(500);
    expect(compose(all, query).map((s) => s.text)).toEqual([RULE, SURPLUS]);
  });
});

describe(saidTerms.name, () => {
  it("leaves out a list's lead-in: it announces what the points answer, it answers no ask itself", () => {
    const lead = 'For the purpose of this Directive, high-efficiency cogeneration shall fulfil the following criteria:';
    const point = '— direct emissions of carbon dioxide are less than 270 gCO2 per 1 kWh of energy output;';
    const [leadIn, emissions] = sentencesOf([paragraph(`${lead}\n${point}`)], () => 1);
    const said = saidTerms([leadIn, emissions]);
    expect(said.has('dioxid')).toBe(true);
    expect(saidTerms([leadIn]).size).toBe(0);
  });
});

describe('contextOf: the sentence that gives the figure of what the chosen one names', () => {
  const NAMES = 'For savings in kWh electricity, Member States shall apply a coefficient in order to accurately calculate the resulting primary energy consumption savings.';
  const FIGURE = 'Member States shall apply a default coefficient of 1,9 unless they use their discretion to define a different coefficient based upon justified national circumstances.';
  const OTHER = 'Member States shall apply a reporting threshold of 2,5 % for enterprises.';
  const intent = intentOf('Primary energy factor for electricity savings: still 2.5?');

  it('comes with it when it shares one of its own words ("coefficient"), not only the words every provision shares', () => {
    const withFigure = sentencesOf([paragraph(`${NAMES} ${FIGURE}`)], () => 1);
    expect(contextOf(withFigure[0], withFigure, intent).map((s) => s.text)).toEqual([NAMES, FIGURE]);
    const withOther = sentencesOf([paragraph(`${NAMES} ${OTHER}`)], () => 1);
    expect(contextOf(withOther[0], withOther, intent).map((s) => s.text)).toEqual([NAMES]);
  });
});

describe('compose: a definition question answered from the glossary', () => {
  const glossary = (text: string, chunkIndex = 7): RetrievedChunk => ({
    text,
    metadata: { documentId: 'eed', title: 'EED', article: 'Article 2', articleTitle: 'Definitions', chunkIndex, source: 'official' },
    similarity: 0.5,
    score: 0.5,
  });
  const LEAD = 'For the purposes of this Directive, the following definitions apply:';
  const AUTHORITY = '(22) ‘implementing public authority’ means a body governed by public law which is responsible for fiscal incentives, standards and norms;';
  const MEASURE = '(23) ‘policy measure’ means an instrument that creates a requirement or incentive for market actors;';
  const SPLIT = '(54) ‘split incentives’ means the lack of fair and reasonable distribution of financial obligations and rewards among the actors concerned.';
  const EXAMPLES = 'Examples are owners and tenants of building units.';
  const question = "What counts as 'split incentives'?";
  const query: Query = { terms: new Set(contentTerms(question)), weight: () => 1, intent: intentOf(question) };
  const all = sentencesOf([glossary(`${LEAD}\n${AUTHORITY}\n${MEASURE}\n${SPLIT} ${EXAMPLES}`)], (s) => scoreOf(s, { ...query, defined: ['split incentives'], entryAsked: true }));

  it("gives the asked entry and what goes on from it, without the entries before it that share the question's words", () => {
    const texts = compose(all, { ...query, defined: ['split incentives'], entryAsked: true }).map((s) => s.text);
    expect(texts[0]).toMatch(/^\(54\) ‘split incentives’ means/);
    expect(texts.join(' ')).toContain('owners and tenants');
    expect(texts.join(' ')).not.toMatch(/policy measure|implementing public authority|following definitions apply/);
  });

  it('leaves the answer as it was where no picked sentence gives the entry', () => {
    const texts = compose(all, { ...query, defined: ['energy poverty'], entryAsked: true }).map((s) => s.text);
    expect(texts.some((t) => t.includes('policy measure') || t.includes('implementing public authority'))).toBe(true);
  });
});
