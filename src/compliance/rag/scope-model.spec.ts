import { devScopeExamples } from '../../../tools/scope-model/dev-examples.js';
import { judgedOffTopic, offTopicProbability, placeFeatures, scopeFeatures, scopeModel, trainScopeModel, vouchedInScope, type ScopeExample } from './scope-model.js';

const dev = devScopeExamples();

describe('scope model', () => {
  it('reads stemmed words and adjacent pairs, the unit of a figure without the figure, and no word of the kind of fact asked', () => {
    expect(scopeFeatures('Do 85 TJ enterprises need energy audits?')).toEqual(['tj', 'enterpris', 'need', 'energy', 'audit', 'tj enterpris', 'enterpris need', 'need energy', 'energy audit']);
    expect(scopeFeatures('What maximum share of the emissions?')).toEqual(['emission']);
  });

  it("leaves a message's framing out of the scope model's words, and keeps it for the article router's", () => {
    expect(scopeFeatures('Quick question, thanks: do 85 TJ enterprises need audits?')).toEqual(scopeFeatures('Do 85 TJ enterprises need audits?'));
    expect(placeFeatures('Quick question: do 85 TJ enterprises need audits?')).toEqual(expect.arrayContaining(['quick', 'question']));
  });

  it('vouches for in-scope questions at the edge the grown dev split moved, and not for near misses the rules leave open', () => {
    const model = scopeModel();
    expect(vouchedInScope(model, 'I advise consumers, and one client is fighting an ESCO over savings that never materialised. Is there an out-of-court route for this kind of dispute?')).toBe(true);
    expect(vouchedInScope(model, 'How do we tell whether our installation cost-benefit study has a positive result?')).toBe(true);
    expect(vouchedInScope(model, 'What is the current day-ahead electricity price in Germany?')).toBe(false);
  });

  it('does not take a lead-in that frames the message as a sign of an off-topic question', () => {
    const model = scopeModel();
    for (const question of ['What must national regulators include in their annual report about energy efficiency?', 'Do newly installed heat cost allocators have to be remotely readable?']) {
      expect(offTopicProbability(model, `Quick question from our energy team: ${question}`)).toBeLessThanOrEqual(offTopicProbability(model, question) + 0.05);
    }
  });

  it('learns which words mark each side, the same way every time', () => {
    const examples: ScopeExample[] = [
      ...['When is the energy audit due?', 'Who pays for the energy audit?', 'Which firms need an energy audit?', 'How often is an audit repeated?'].map((question) => ({ question, offTopic: false })),
      ...['How long do I bake a cake?', 'Which flour suits a sponge cake?', 'Can a cake be frozen?', 'What oven heat for a cake?'].map((question) => ({ question, offTopic: true })),
    ];
    const model = trainScopeModel(examples, { epochs: 30, learningRate: 0.1, l2: 1e-4, minCount: 2 });
    expect(offTopicProbability(model, 'Is a cake allowed?')).toBeGreaterThan(0.8);
    expect(offTopicProbability(model, 'Is an energy audit allowed?')).toBeLessThan(0.2);
    expect(trainScopeModel(examples)).toEqual(trainScopeModel(examples));
  });

  it('is the model the dev split trains today (run npm run gate:train after changing the dev split)', () => {
    const committed = scopeModel();
    const trained = trainScopeModel(dev);
    expect(Math.abs(committed.bias - trained.bias)).toBeLessThanOrEqual(2e-4);
    const features = new Set([...Object.keys(committed.weights), ...Object.keys(trained.weights)]);
    const drift = [...features].filter((feature) => Math.abs((committed.weights[feature] ?? 0) - (trained.weights[feature] ?? 0)) > 2e-4);
    expect(drift).toEqual([]);
  });

  // Bounds: the model alone, without the gate's similarity condition, within the 2 % of false refusals. Every
  // tenth question of each dev list is held out, a sample of every batch: the last tenth had become the three hardest
  // near-miss batches alone (N4, N5, N6, written to name the directive's own articles), which the rules refuse and a bag
  // of words cannot (46 % caught there; `npm run gate:cv` reports every fold).
  it('refuses most off-topic questions it never saw and almost no in-scope ones (every tenth of each dev list held out)', () => {
    const inScope = dev.filter((example) => !example.offTopic);
    const offTopic = dev.filter((example) => example.offTopic);
    const tenth = (_: ScopeExample, index: number) => index % 10 === 9;
    const held = [...inScope.filter(tenth), ...offTopic.filter(tenth)];
    const model = trainScopeModel(dev.filter((example) => !held.includes(example)));
    const refusedShare = (examples: ScopeExample[]) => examples.filter(({ question }) => judgedOffTopic(model, question)).length / examples.length;
    expect(refusedShare(held.filter((example) => example.offTopic))).toBeGreaterThanOrEqual(0.7);
    expect(refusedShare(held.filter((example) => !example.offTopic))).toBeLessThanOrEqual(0.02);
  });
});
