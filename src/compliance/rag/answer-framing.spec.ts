import { withoutAnswerFraming } from './answer-framing.js';

describe(withoutAnswerFraming.name, () => {
  it('drops a label that files the question under the directive', () => {
    expect(withoutAnswerFraming('Regarding the EED: How many nurses does a hospital need per bed?')).toBe('How many nurses does a hospital need per bed?');
    expect(withoutAnswerFraming('Question on the directive - when is the first audit due?')).toBe('when is the first audit due?');
  });

  it('drops a request for the citation, a greeting and a signed-off name', () => {
    expect(withoutAnswerFraming('Which energy label scale applies to heat pumps? Please cite the article.')).toBe('Which energy label scale applies to heat pumps?');
    expect(withoutAnswerFraming('Hi team, when is the first audit due? Cheers, Anna')).toBe('when is the first audit due?');
    expect(withoutAnswerFraming('When is the first audit due? Cite the relevant provisions please.')).toBe('When is the first audit due?');
  });

  it('keeps what is asked, the directive named inside it included', () => {
    for (const question of [
      'Does the EED require an audit every four years?',
      'Regarding heat meters, what must the bill show?',
      'Which article of the directive sets the audit threshold?',
      'Thanks to the new rules, must we publish our PUE?',
    ]) {
      expect(withoutAnswerFraming(question)).toBe(question);
    }
  });

  it('returns a message that is nothing but framing as it was written', () => {
    expect(withoutAnswerFraming('Please cite the article.')).toBe('Please cite the article.');
  });
});
