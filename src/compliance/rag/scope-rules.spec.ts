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

  it("refuses the buildings directive's, gas and electricity market's and other fields' instruments, and keeps this directive's duties on them", () => {
    for (const question of [
      'Our new council office block opens in 2029. What does it need to qualify as a zero-emission building?',
      'Our school got a D rating on its energy performance certificate. How do we move up a class?',
      'What filling trajectory must our gas storage site report?',
      'Can our hydro plant sign a two-way contract for difference?',
      'How many fire exits does a renovated hospital need?',
      'How long does planning permission take for a town hall extension?',
      'Which sustainability reporting standard governs how we disclose energy use?',
      'What obligations does the Digital Markets Act impose on gatekeepers?',
      'When does ETS2 start pricing heating fuels?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('Must our renovated town hall reach zero-emission building level?')).toBeUndefined();
    expect(outOfScope('Can the national energy efficiency fund be topped up with ETS2 auction revenue?')).toBeUndefined();
    expect(outOfScope('May carbon market money be spent on insulating low-income homes?')).toBeUndefined();
  });

  it('refuses investment and litigation advice', () => {
    for (const question of ['Is it a good idea to buy shares in a district heating company?', 'The regulator fined us. Should we appeal, and what are our chances of winning?']) {
      expect([question, outOfScope(question)]).toEqual([question, 'advice']);
    }
  });

  it('refuses device set-up and office software questions that mention meters or kWh', () => {
    for (const question of [
      "How do I reconnect my smart meter's display to our new Wi-Fi router?",
      'Which Excel formula totals our monthly kWh readings per site?',
      "Our heat pump's control panel shows error E42. How do I reset it?",
    ]) expect([question, outOfScope(question)]).toEqual([question, 'unrelated']);
    expect(outOfScope('Must smart meters be readable remotely, and from when?')).toBeUndefined();
    expect(outOfScope("What formula sets each Member State's contribution to the 2030 target?")).toBeUndefined();
  });

  it('refuses a national law named by its country, and keeps what the directive asks of a national subsidiary', () => {
    expect(outOfScope('Which measures does the Dutch energy-saving duty list for our office?')).toBe('other_jurisdiction');
    expect(outOfScope("What does Germany's building energy law require of heat pumps?")).toBe('other_jurisdiction');
    expect(outOfScope('Our Dutch subsidiary has 300 staff: must it have an energy audit?')).toBeUndefined();
  });

  it('refuses live readings asked for this moment', () => {
    expect(outOfScope('How many grams of CO2 per kWh is the power grid emitting at this moment?')).toBe('live_data');
  });
});
