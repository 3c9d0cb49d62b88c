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

  it("refuses choosing or sizing one's own equipment as advice, and keeps the directive's questions on equipment", () => {
    for (const question of ['What size of boiler do I need for a three-bedroom house?', 'Which heat pump brand is the most efficient for a bakery?', 'How big a battery should we put in the cellar?']) {
      expect([question, outOfScope(question)]).toEqual([question, 'advice']);
    }
    expect(outOfScope('Which model contracts must Member States provide for energy performance contracting?')).toBeUndefined();
    expect(outOfScope('From what size must a heat pump subsidy stop counting towards the savings obligation?')).toBeUndefined();
  });

  it("refuses another act's instruments asked about without its name, and keeps what this directive does with them", () => {
    for (const question of [
      'How many free emission allowances does a steel plant receive?',
      'What price ceiling applies to allowances for heating fuels from 2027?',
      'Which energy label class does a new dishwasher need?',
      'What efficiency must a pump reach before it can be sold?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('May the national energy efficiency fund be financed from allowance auction revenues?')).toBeUndefined();
    expect(outOfScope('Must public bodies buy products in the highest energy efficiency class?')).toBeUndefined();
  });
});
