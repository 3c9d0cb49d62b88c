import { asksAboutPenalties, asksToPayIntoFundInstead, letsPayIntoFund, topicRoute } from './topic-routes.js';

describe(asksToPayIntoFundInstead.name, () => {
  it.each([
    'Can an obligated party meet its savings obligation by paying into a fund instead?',
    'Our ministry would rather pay into a fund each year than renovate its share of buildings. Is that allowed?',
    "Our regional government can't physically renovate its required share of state-owned floor space each year. Could it pay into a national fund instead?",
    'May public bodies put money into the national energy efficiency fund as an alternative to renovating?',
  ])('reads paying into the fund in place of a duty: %s', (question) => {
    expect(asksToPayIntoFundInstead(question)).toBe(true);
  });

  it.each([
    'Can the national energy efficiency fund be financed from ETS auction revenues?',
    'Must Member States set up a national energy efficiency fund?',
    'Instead of an audit, can we implement an energy management system?',
    "We want suppliers' obligation programmes to fund upgrades inside flats instead of only in common areas. Is that allowed?",
  ])('leaves other questions on the fund, or on alternatives, alone: %s', (question) => {
    expect(asksToPayIntoFundInstead(question)).toBe(false);
  });
});

describe(letsPayIntoFund.name, () => {
  it('finds the paragraphs that let a duty be met by contributions to the fund', () => {
    expect(letsPayIntoFund('13. Member States may allow public bodies to fulfil the obligations set out in Article 6(1) by means of annual\ncontributions to the national energy efficiency fund equivalent to ...')).toBe(true);
    expect(letsPayIntoFund('14. ... by contributing every year to the national energy efficiency fund an amount equal to ...')).toBe(true);
    expect(letsPayIntoFund('11. Member States may set up a national energy efficiency fund.')).toBe(false);
  });
});

describe(asksAboutPenalties.name, () => {
  it.each([
    'What fines could we face if we skip the mandatory energy audit?',
    'Our ministry is setting fines for companies that ignore the national rules. By when must Brussels be told about them?',
    'Does the EED itself set the fine amounts?',
    'Can our company be fined for a late audit?',
    'What kind of sanctions must national law provide?',
  ])('reads a question on penalties: %s', (question) => {
    expect(asksAboutPenalties(question)).toBe(true);
  });

  it.each([
    'Does an Art 11 audit have to use life-cycle costing, or is simple payback fine?',
    'Old Article 13 of Directive 2012/27/EU was about penalties. What is its equivalent in the recast?',
    'Is a fine-grained heat cost allocator reading needed?',
  ])('leaves "fine" as an adjective and the old penalties article alone: %s', (question) => {
    expect(asksAboutPenalties(question)).toBe(false);
  });
});

describe(topicRoute.name, () => {
  it('routes the fund to the paragraphs that allow paying in, and penalties to their article', () => {
    expect(topicRoute('Could we pay into the national fund instead of renovating?')?.article).toBe('Article 30');
    expect(topicRoute('What penalties apply to a missed audit?')).toEqual({ article: 'Article 32' });
    expect(topicRoute('Which enterprises need an energy audit?')).toBeUndefined();
  });

  it('routes the date by which national laws must be in force to the transposition article, whatever rule they carry', () => {
    expect(topicRoute('We need the date by which national laws on the public-sector consumption cut and building renovations must be in force. What is it?')).toEqual({ article: 'Article 36' });
    expect(topicRoute('By when must the directive be transposed?')).toEqual({ article: 'Article 36' });
    // National rules "in place" (fresh batch T4).
    expect(topicRoute('When do national rules have to be in place for efficiency first and the public-sector obligations?')).toEqual({ article: 'Article 36' });
    expect(topicRoute('We are drafting the implementing bill: is there one single cut-off for the whole recast?')).toEqual({ article: 'Article 36' });
    // The transposition only sets the scene of another date, or the date asked is a review's.
    expect(topicRoute('We are drafting our national transposition law. By when must enterprises have energy management systems?')).toBeUndefined();
    expect(topicRoute('Transposition team question: when is the first review of the certification schemes?')).toBeUndefined();
    // The evaluation of the directive as a whole is its review article's, whatever rule it may reconsider.
    expect(topicRoute("When is the Commission's next full evaluation of the directive due, and will it reconsider the 3% renovation rate?")).toEqual({ article: 'Article 35' });
    expect(topicRoute('When will the Commission review the investment thresholds of the efficiency-first principle?')).toBeUndefined();
    // The repealed directive's own transposition deadlines, plural too, are Annex XVI's.
    expect(topicRoute('Explain Annex XVI. What were the original transposition deadlines for the 2012 directive itself?')).toBeUndefined();
    expect(topicRoute('When did member states have to transpose the amending directive 2018/2002?')).toBeUndefined();
    // The delegation's procedure is Article 34's; what a delegated act may change is Article 33's.
    expect(topicRoute('How long is the Commission empowered to issue delegated acts under this directive, and does that mandate simply lapse?')).toEqual({ article: 'Article 34' });
    expect(topicRoute('Once Brussels sends MEPs one of these supplementary acts, how long have they got to block it?')).toEqual({ article: 'Article 34' });
    expect(topicRoute('Can the Commission change Annex V by delegated act without a new legislative procedure?')).toBeUndefined();
    expect(topicRoute('Which annexes may the Commission amend by delegated acts?')).toBeUndefined();
    // The old directive's repeal as a whole is Article 38's; an old article is the correlation table's, its deadlines Annex XVI's.
    expect(topicRoute('Is Directive 2012/27/EU still in force, or when was it scrapped?')).toEqual({ article: 'Article 38' });
    expect(topicRoute('When does the old 2012 efficiency law stop applying?')).toEqual({ article: 'Article 38' });
    expect(topicRoute('Does Article 8 of the 2012 directive still apply?')).toBeUndefined();
    // So is how references to it are read, asked alone (fresh batch X18); an old article's reference is the table's.
    expect(topicRoute('Our contracts still cross-refer to Directive 2012/27/EU. How should we read those references now?')).toEqual({ article: 'Article 38' });
    expect(topicRoute('Our decree cites Article 7 of Directive 2012/27/EU. How should we read that reference now?')).toBeUndefined();
    expect(topicRoute('What was the original transposition deadline of 2012/27/EU, and is 2018/2002 among the repealed amending acts?')).toBeUndefined();
    expect(topicRoute('When does this directive enter into force?')).toBeUndefined();
    // Heat plans are Article 25's; a municipal heat network is not a plan.
    expect(topicRoute('Our town has about 52 000 inhabitants. Are we obliged to produce a municipal heat planning document?')).toEqual({ article: 'Article 25' });
    expect(topicRoute('Our municipal heat network buys waste heat from a data centre. Must it publish its tariffs?')).toBeUndefined();
    // Energy service disputes are Article 29's; a household's dispute with its heat supplier is not.
    expect(topicRoute('A client and our ESCO are fighting over whether the promised savings were delivered. Is there a route other than court?')).toEqual({ article: 'Article 29' });
    expect(topicRoute('Our heat supplier overcharged us. Is there an out-of-court route for household disputes?')).toBeUndefined();
    // An obligated party's savings moved between years are Article 9's banking; a country's surplus carried into the next period Article 8's.
    expect(topicRoute("We're an obligated gas supplier and overshot our savings quota. Can we bank the surplus, and how far back or forward?")).toEqual({ article: 'Article 9' });
    expect(topicRoute('If a country overshoots its cumulative savings obligation, how much of the surplus can it carry over?')).toBeUndefined();
    // The government that designated the asker, in the setting, does not make it a country's question.
    expect(
      topicRoute("I'm at a gas retailer our government has named as obligated to deliver savings. If we overshoot in one year, can the surplus be booked against other years?"),
    ).toEqual({ article: 'Article 9' });
    // The energy-poor's share of the national savings is Article 8's; an obligated party's own share is not routed.
    expect(topicRoute('How much of the national savings obligation has to be delivered among energy-poor and vulnerable households?')).toEqual({ article: 'Article 8' });
    expect(topicRoute('Is there a minimum share of the required savings to be achieved in low-income households?')).toEqual({ article: 'Article 8' });
    expect(topicRoute('Our regulator wants a slice of our mandated savings delivered in fuel-poor homes. How large may it be?')).toBeUndefined();
    // Whom to designate as obligated, and switching suppliers under a savings obligation, are the scheme's (Article 9).
    expect(topicRoute('Our ministry is designing a supplier obligation. Which market players may we pick from when naming the companies that deliver the savings?')).toEqual({ article: 'Article 9' });
    expect(topicRoute("We're a supplier made responsible for delivering savings. May our savings offers hinder households that want to switch supplier?")).toEqual({ article: 'Article 9' });
    expect(topicRoute('How many working days may a supplier switch take?')).toBeUndefined();
  });

  it("routes a Member State going further than the directive to Article 1's more stringent measures", () => {
    const route = topicRoute('Our ministry wants billing rules tougher than the EED. May it go further, and must it tell anyone?');
    expect(route?.article).toBe('Article 1');
    expect(route?.answers?.('The requirements ... shall not prevent any Member State from maintaining or introducing more stringent measures.')).toBe(true);
    expect(route?.answers?.('This Directive establishes a common framework of measures to promote energy efficiency.')).toBe(false);
    expect(topicRoute('May our country keep stricter national rules on audits?')?.article).toBe('Article 1');
    expect(topicRoute('Are stricter heat-metering requirements coming for our network?')).toBeUndefined();
  });
});

describe('the Union as a whole asked for its 2030 target (fresh batch T4)', () => {
  it('routes the EU-wide 2030 ceiling to Article 4, and not a national contribution or a question without the year', () => {
    expect(topicRoute("What's the number the whole EU must stay under for final energy use in 2030?")).toEqual({ article: 'Article 4' });
    expect(topicRoute('How much must EU-wide primary energy consumption fall by 2030?')).toEqual({ article: 'Article 4' });
    expect(topicRoute('How is our national 2030 contribution calculated?')).toBeUndefined();
    expect(topicRoute('Which EU-wide rating scheme applies to data centres?')).toBeUndefined();
  });

  it('routes the 2030 headline target to Article 4 (fresh batch U2), and not when the Commission checks it', () => {
    expect(topicRoute('The 2018 amendment had a 32.5 % headline target for 2030. What does the recast set instead?')).toEqual({ article: 'Article 4' });
    expect(topicRoute('When will the Commission check whether the EU actually hit its 2030 headline target?')?.article).not.toBe('Article 4');
  });
});
