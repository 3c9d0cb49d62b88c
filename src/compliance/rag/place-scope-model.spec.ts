import { devScopeExamples } from '../../../tools/scope-model/dev-examples.js';
import { asksAPlacesRule, placeExamples, placeJudgedOffTopic, placeModelView, placeScopeModel, PLACE_OFF_TOPIC_PROBABILITY } from './place-scope-model.js';
import { offTopicProbability, trainScopeModel, type ScopeExample } from './scope-model.js';

const dev = devScopeExamples();

describe('place scope model', () => {
  it('reads what is asked: the question sentences, places without their numbers, every country as one word', () => {
    expect(placeModelView('Our Dutch subsidiary uses 14 TJ. What fine does the Netherlands impose under Article 11(2)?')).toBe('What fine does the  xcountry  impose under  ?');
    expect(placeModelView('Which Irish one-stop shop of Article 22 and Annex XIV should I call?')).toBe('Which  xcountry  one-stop shop of   and   should I call?');
    expect(placeModelView('Do the US rules differ from Annex VII? Tell us.')).toContain('xcountry');
    expect(placeModelView('Do the US rules differ from Annex VII? Tell us.')).toContain('Tell us');
    // English as a language is no country (fresh batch W4: "Article 26(2) in plain English please" read as another country's question).
    expect(placeModelView('Article 26(2) in plain English please.')).not.toContain('xcountry');
    expect(placeModelView('Do English councils have to publish heat plans under Article 25?')).toContain('xcountry');
  });

  it('leaves a place asked to be put in other words to its own rules, whatever its topic words (fresh batch W4)', () => {
    const sure = { bias: 9, weights: {} };
    expect(asksAPlacesRule('Article 26(2) in plain English please - the emissions-based route for district heating.')).toBe(true);
    expect(placeJudgedOffTopic(sure, 'Article 26(2) in plain English please - the emissions-based route for district heating.')).toBe(false);
    expect(asksAPlacesRule('Annex V explained for an obligated party that counts savings from heat pumps')).toBe(true);
    expect(asksAPlacesRule('Art. 9 in a nutshell, for our board of directors')).toBe(true);
    // A place named in passing, not put in other words, is still judged.
    expect(placeJudgedOffTopic(sure, 'Which Irish one-stop shop of the kind described in Article 22 should I contact, simply for a grant?')).toBe(true);
  });

  it('judges only questions naming the directive or a place of it, and not those asking nothing but the place', () => {
    const sure = { bias: 9, weights: {} };
    expect(placeJudgedOffTopic(sure, 'Which Irish one-stop shop of the kind in Article 22 should I contact for a grant?')).toBe(true);
    expect(placeJudgedOffTopic(sure, 'Which Irish one-stop shop should I contact for a grant?')).toBe(false);
    expect(placeJudgedOffTopic(sure, 'What is the collective EU target for cutting final energy consumption by 2030?')).toBe(false);
    expect(placeJudgedOffTopic(sure, 'Explain Annex XIV.')).toBe(false);
    expect(placeJudgedOffTopic(sure, 'What does Article 11 say?')).toBe(false);
    expect(placeJudgedOffTopic({ bias: -9, weights: {} }, 'Which Irish one-stop shop of the kind in Article 22 should I contact for a grant?')).toBe(false);
  });

  it("leaves a question sentence asking what one of the directive's own places sets to the rules, not to the model", () => {
    const sure = { bias: 9, weights: {} };
    expect(asksAPlacesRule("Luxembourg's ministry asks: under Article 28, when must the first assessment of the schemes be done?")).toBe(true);
    expect(asksAPlacesRule('Newspapers quote different numbers. Which limits does Art. 4(1) set for 2030?')).toBe(true);
    expect(asksAPlacesRule('Could France name fuel station chains? Which companies may be designated under Article 9(3)?')).toBe(true);
    expect(placeJudgedOffTopic(sure, 'Could France name fuel station chains? Which companies may be designated under Article 9(3)?')).toBe(false);
    expect(asksAPlacesRule('I work for an energy company in Malta. Which annual savings rate applies to Malta under the derogation in Article 8(1)?')).toBe(true);
    // A place named in the scene, or in passing beside another ask, or another act's article: the model judges.
    expect(asksAPlacesRule('Article 22 sets up one-stop shops. Which Irish one-stop shop should I contact for a grant?')).toBe(false);
    expect(asksAPlacesRule('Which Irish one-stop shop of the kind described in Article 22 should I contact?')).toBe(false);
    expect(asksAPlacesRule('What does Article 9 of the EPBD require for solar roofs?')).toBe(false);
    // A rule verb that describes the scene ("the criteria that apply from 2028", "starts to apply"), or a statement before the question.
    expect(asksAPlacesRule('Which Danish networks already meet the efficient district heating criteria that apply from 2028 under Article 26?')).toBe(false);
    expect(asksAPlacesRule('Article 7 of the EED applies to contracts above the thresholds in Directive 2014/24/EU. What are the current euro values?')).toBe(false);
    expect(asksAPlacesRule('annex vii points to en 50600-4 for data centre kpis. how is that factor calculated, and which part covers it?')).toBe(false);
    expect(asksAPlacesRule('Our town of 38 000 is out of the count. Under Art. 5(3), when must we start to count?')).toBe(true);
  });

  it('leaves a question sentence asking what the directive itself requires to the rules too, not what follows a turn from it', () => {
    const sure = { bias: 9, weights: {} };
    expect(asksAPlacesRule('Our Estonian ministry keeps the inventory. What does the directive require it to list for each building?')).toBe(true);
    expect(asksAPlacesRule('How often must a Portuguese town hall meter its heat under the EED?')).toBe(true);
    expect(asksAPlacesRule("For Sweden's savings obligation as the directive sets it, which sectors count?")).toBe(true);
    expect(placeJudgedOffTopic(sure, 'How often must a Portuguese town hall meter its heat under the EED?')).toBe(false);
    expect(asksAPlacesRule('Summarise the consumption targets in the EED, with both figures.')).toBe(true);
    expect(asksAPlacesRule('List what a Danish heat network must publish under the directive.')).toBe(true);
    // What the directive lists or gives, and what a thing is in it (fresh batch I1).
    expect(asksAPlacesRule('If the Commission finds too little progress, how quickly must extra measures be in place, and what options does the directive list?')).toBe(true);
    expect(asksAPlacesRule('What is the headline EU 2030 target in the recast EED? I need both figures for a board briefing.')).toBe(true);
    expect(asksAPlacesRule('Which Irish consultancy should I hire? What is the typical fee in the EED world?')).toBe(false);
    // A place asked for what it is, beside what the asker says of themselves (fresh batch J4).
    expect(asksAPlacesRule("What is Article 11? We're a manufacturer using roughly 120 TJ a year.")).toBe(true);
    expect(asksAPlacesRule("What's in Annex VI? Our auditor is new.")).toBe(true);
    // The directive named in what the asker knows, before the turn to their own ask, or only as the scene: the model judges.
    expect(asksAPlacesRule('I know the EED says meters must respect privacy, but can our council sell the readings to a start-up?')).toBe(false);
    expect(asksAPlacesRule('The EED requires audits. Which Irish consultancy gives the cheapest audit?')).toBe(false);
    expect(placeJudgedOffTopic(sure, 'The EED requires audits. Which Irish consultancy gives the cheapest audit for a hotel?')).toBe(true);
  });

  it('learns a country asked about as any country', () => {
    const examples: ScopeExample[] = [
      ...['What fine does Spain impose under Article 32?', 'Which agency in France enforces Article 11?', 'What fine has Italy set under Article 32?', 'Which Polish body runs the Article 28 schemes?'].map((question) => ({ question, offTopic: true })),
      ...['What must the penalties under Article 32 be like?', 'Which enterprises must have an audit under Article 11?', 'Who must run the certification schemes of Article 28?', 'By when must penalties under Article 32 be notified?'].map((question) => ({ question, offTopic: false })),
    ];
    const model = trainScopeModel(placeExamples(examples));
    expect(offTopicProbability(model, placeModelView('What fine does Latvia impose under Article 32?'))).toBeGreaterThan(0.5);
    expect(offTopicProbability(model, placeModelView('What must the penalties under Article 32 be like?'))).toBeLessThan(0.5);
  });

  it('is the model the dev split trains today (run npm run gate:train after changing the dev split)', () => {
    const committed = placeScopeModel();
    const trained = trainScopeModel(placeExamples(dev));
    expect(Math.abs(committed.bias - trained.bias)).toBeLessThanOrEqual(2e-4);
    const features = new Set([...Object.keys(committed.weights), ...Object.keys(trained.weights)]);
    expect([...features].filter((feature) => Math.abs((committed.weights[feature] ?? 0) - (trained.weights[feature] ?? 0)) > 2e-4)).toEqual([]);
  });

  // Bounds on every tenth question of each list held out: the gate's edge keeps in-scope refusals near the main model's rate
  // (`npm run gate:cv` reports ten contiguous folds: alone at 0.96 it refuses 5 of 1,457 in-scope questions and catches 340 of 852;
  // of the 951 and 51 the gate asks it about, it refuses 2 and catches 20).
  it('refuses a share of the off-topic questions naming a place it never saw and almost no in-scope ones', () => {
    const naming = placeExamples(dev);
    const inScope = naming.filter((example) => !example.offTopic);
    const offTopic = naming.filter((example) => example.offTopic);
    const tenth = (_: ScopeExample, index: number) => index % 10 === 9;
    const held = [...inScope.filter(tenth), ...offTopic.filter(tenth)];
    const model = trainScopeModel(naming.filter((example) => !held.includes(example)));
    const refusedShare = (examples: ScopeExample[]) => examples.filter(({ question }) => offTopicProbability(model, question) >= PLACE_OFF_TOPIC_PROBABILITY).length / examples.length;
    expect(refusedShare(held.filter((example) => example.offTopic))).toBeGreaterThanOrEqual(0.3);
    expect(refusedShare(held.filter((example) => !example.offTopic))).toBeLessThanOrEqual(0.01);
  });
});
