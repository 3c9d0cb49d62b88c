import { answeredKinds, kindsOf, statedFigures } from './answer-scoring.js';

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
});
