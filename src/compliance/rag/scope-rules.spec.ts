import { outOfScope } from './scope-rules.js';

describe(outOfScope.name, () => {
  it('refuses acts that practitioners name by their jargon rather than their title', () => {
    for (const question of [
      'What does REMIT require market participants to disclose about inside information?',
      'Which frequency ranges must a new generator withstand under the RfG network code?',
      'What is the RFNBO sub-target for hydrogen used in industry?',
      'How are emissions shared among countries under the ESR?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
  });

  it('answers what this directive says about network codes, which it mentions itself', () => {
    expect(outOfScope('Must network tariffs take network codes into account?')).toBeUndefined();
    expect(outOfScope('What does the EED say about REMIT?')).toBeUndefined();
  });
});
