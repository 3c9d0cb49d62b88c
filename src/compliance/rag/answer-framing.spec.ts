import { askedUnderTheDirective, withoutAnswerFraming, withoutDirectiveFrame } from './answer-framing.js';

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

  it('drops the directive named as where to look, before or after what is asked', () => {
    expect(withoutAnswerFraming('According to the EED, what should I feed a 10-year-old cat?')).toBe('what should I feed a 10-year-old cat?');
    expect(withoutAnswerFraming('Under Directive (EU) 2023/1791, how do we apply for a gas connection?')).toBe('how do we apply for a gas connection?');
    expect(withoutAnswerFraming('In the recast EED, who drafted the recast?')).toBe('who drafted the recast?');
    expect(withoutAnswerFraming('As the EED puts it, what are the rules of padel tennis?')).toBe('what are the rules of padel tennis?');
    expect(withoutAnswerFraming('What is the difference between a crocodile and an alligator under the Energy Efficiency Directive?')).toBe(
      'What is the difference between a crocodile and an alligator?',
    );
    expect(withoutAnswerFraming('Does the EED say anything on this? What size of boiler do I need?')).toBe('What size of boiler do I need?');
  });

  it('keeps the directive asked about, and a closing "does the EED say anything about this?" that turns a scene into a question', () => {
    for (const question of [
      'What is new in the EED?',
      'Which companies does the directive cover?',
      'Does the EED say anything about splitting heating costs in a block of flats?',
      'Our housing cooperative argues about how to split the cost of heating the stairwells. Does the EED say anything about this?',
    ]) {
      expect(withoutAnswerFraming(question)).toBe(question);
    }
    // The gate's evidence reads the question without that closing sentence.
    expect(withoutDirectiveFrame('What size of boiler do I need? What does the directive say?')).toBe('What size of boiler do I need?');
  });

  it('drops a tracking reference, a request for the language, a request to help and a signature block (probe families)', () => {
    expect(withoutAnswerFraming('[TICKET-4821] From what date must energy audits be carried out?')).toBe('From what date must energy audits be carried out?');
    expect(withoutAnswerFraming('Ticket #4821: when is the first audit due?')).toBe('when is the first audit due?');
    expect(withoutAnswerFraming('[Article 8] What is the rate?')).toBe('[Article 8] What is the rate?');
    expect(withoutAnswerFraming('When is the first audit due? (Please answer in German.)')).toBe('When is the first audit due?');
    expect(withoutAnswerFraming('Could you check this for me? When is the first audit due?')).toBe('When is the first audit due?');
    expect(withoutAnswerFraming('Could you check whether audits are due in 2026?')).toBe('Could you check whether audits are due in 2026?');
    expect(withoutAnswerFraming('Hi,\n\nWhen is the first audit due?\n\nBest regards,\nMarta Kowalska\nEnergy Manager')).toBe('When is the first audit due?');
  });

  it('drops a closing "Am I right that it is in the directive?" after a question, and keeps it after a scene', () => {
    expect(withoutAnswerFraming('When is the first audit due? Am I right that it is in the directive?')).toBe('When is the first audit due?');
    expect(withoutAnswerFraming('How do I feed a cat? Is that what the EED says?')).toBe('How do I feed a cat?');
    expect(withoutAnswerFraming('Our cooperative argues about the stairwell heating costs. Is that covered by the EED?')).toBe(
      'Our cooperative argues about the stairwell heating costs. Is that covered by the EED?',
    );
    expect(withoutDirectiveFrame('what lumens per watt do led lamps need Am I right that it is in the directive?')).toBe('what lumens per watt do led lamps need');
  });

  it('returns a message that is nothing but framing as it was written', () => {
    expect(withoutAnswerFraming('Please cite the article.')).toBe('Please cite the article.');
  });
});

describe(askedUnderTheDirective.name, () => {
  it('keeps a question that closes on the directive as where to look, and none labelled or led by it', () => {
    const closing = 'For a new town hall tender, can we ask bidders to disclose embodied-carbon information under the EED?';
    expect(askedUnderTheDirective(closing)).toBe(closing);
    expect(askedUnderTheDirective('Regarding the EED: what does the EPBD require, under the EED?')).toBeUndefined();
    expect(askedUnderTheDirective('According to the EED, what does the EPBD require under the EED?')).toBeUndefined();
    expect(askedUnderTheDirective('What does the EPBD require for new buildings?')).toBeUndefined();
  });
});
