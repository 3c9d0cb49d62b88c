import { devRouterExamples } from '../../../tools/article-router/dev-examples.js';
import { articleRouter, placeOdds, trainArticleRouter, type RouterExample } from './article-router.js';

const dev = devRouterExamples();

describe('article router', () => {
  const examples: RouterExample[] = [
    ...['We plan to cut off a customer in arrears. What must we tell them?', 'How much notice before we cut off heat supply?', 'Can the heat supplier cut off a household in winter?'].map((question) => ({ question, place: 'Article 21' })),
    ...['Which tyres may the council buy for its fleet?', 'What label must the tyres of our buses have?', 'Do the tyres rules bind the council fleet?'].map((question) => ({ question, place: 'Annex IV' })),
  ];

  it("learns each place's everyday words, and says nothing of a question whose words it never saw", () => {
    const router = trainArticleRouter(examples, { alpha: 0.1, minCount: 2 });
    const [first, second] = placeOdds(router, 'Our utility wants to cut off a flat. Is there a rule?');
    expect(first[0]).toBe('Article 21');
    expect(first[1]).toBeGreaterThan(0.9);
    expect(first[1] + second[1]).toBeCloseTo(1, 6);
    expect(placeOdds(router, 'Which tyres suit the fleet?')[0][0]).toBe('Annex IV');
    expect(placeOdds(router, 'Is the weather nice?')).toEqual([]);
  });

  it('counts only features seen in at least two training questions, the same way every time', () => {
    const router = trainArticleRouter(examples, { alpha: 0.1, minCount: 2 });
    expect(router.places.map((p) => p.place)).toEqual(['Annex IV', 'Article 21']);
    expect(router.places[1].counts['cut']).toBe(3);
    expect(router.places[1].counts['arrear']).toBeUndefined();
    expect(trainArticleRouter(examples)).toEqual(trainArticleRouter(examples));
  });

  it('is the router the dev split trains today (run npm run router:train after changing the dev split)', () => {
    expect(articleRouter()).toEqual(expect.objectContaining(trainArticleRouter(dev)));
  });

  // Bound: the ten-fold figure (npm run router:cv) is 0.95; the retriever acts on the first guess only at p >= 0.8.
  it('guesses the place of most dev questions it never saw (the last tenth held out)', () => {
    const held = dev.slice(Math.floor(dev.length * 0.9));
    const router = trainArticleRouter(dev.slice(0, Math.floor(dev.length * 0.9)));
    const right = held.filter(({ question, place }) => placeOdds(router, question)[0]?.[0] === place).length;
    expect(right / held.length).toBeGreaterThanOrEqual(0.9);
  });
});
