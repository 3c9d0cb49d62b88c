import { isShouted, unshouted } from './shouted-text.js';

describe(unshouted.name, () => {
  it('reads a question typed in capitals in lower case', () => {
    expect(unshouted('EFFICIENT DISTRICT HEATING FROM 2028 - HOW MUCH HIGH-EFFICIENCY CHP HEAT IS ENOUGH')).toBe('efficient district heating from 2028 - how much high-efficiency chp heat is enough');
    expect(isShouted('DATA CENTRE REPORTING DEADLINE?')).toBe(true);
  });

  it('leaves acronyms and a shouted word inside an ordinary sentence as written', () => {
    for (const question of ['Does the EED require a CHP plant to report to the NRA?', 'URGENT: when is the first audit due?', 'PUE, WUE, ERF: which KPIs must a DC publish?', '2028: 50 % RES?']) {
      expect(isShouted(question)).toBe(false);
      expect(unshouted(question)).toBe(question);
    }
  });
});
