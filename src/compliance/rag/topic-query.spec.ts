import { topicOf, withoutDegreeWords, withoutDirectiveName } from './topic-query.js';

describe(topicOf.name, () => {
  it('drops the addressee words expansion appended after the question', () => {
    expect(topicOf('Can a town hall use an EPC contract? energy service providers public bodies local administrative units population energy performance contracting')).toBe(
      'Can a town hall use an EPC contract? energy service providers energy performance contracting',
    );
    expect(topicOf('We run a small print shop. Where must the state give us advice? SMEs microenterprises enterprises')).toBe('We run a small print shop. Where must the state give us advice?');
  });

  it("keeps the question's own words and a question without expansion as it is", () => {
    expect(topicOf('Must public bodies renovate their buildings? public bodies buildings')).toBe('Must public bodies renovate their buildings?');
    expect(topicOf('Which public bodies must renovate their buildings?')).toBe('Which public bodies must renovate their buildings?');
    expect(topicOf('town hall renovation public bodies')).toBe('town hall renovation');
  });
});

describe(withoutDegreeWords.name, () => {
  it('drops the adjective of a how-phrase and keeps the same words elsewhere', () => {
    expect(withoutDegreeWords('How large a part of our savings, and how long may it take?')).toBe('How a part of our savings, and how may it take?');
    expect(withoutDegreeWords('Do large buildings need long-term contracts?')).toBe('Do large buildings need long-term contracts?');
  });
});

describe(withoutDirectiveName.name, () => {
  it("drops the directive's short name, which says nothing of the article that answers, and keeps every other word", () => {
    expect(withoutDirectiveName('audit repeat frequency eed')).toBe('audit repeat frequency  ');
    expect(withoutDirectiveName("What does the EED's Article 11 need?")).toBe("What does the   Article 11 need?");
    expect(withoutDirectiveName('Does the deed of the freed building count?')).toBe('Does the deed of the freed building count?');
  });
});
