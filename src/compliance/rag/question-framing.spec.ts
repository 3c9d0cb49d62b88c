import { askedSentences, asksAboutARule, asksForPractice } from './question-framing.js';

describe(asksAboutARule.name, () => {
  it.each(['Is there a carve-out from the full renovation standard for heritage buildings like ours?', 'Any waiver for small networks?', 'Is there a grace period for existing units?', 'Are small sites spared?', 'How long should the whole grid connection process take at most?', "How far above the Annex I formula result may a country's contribution be?"])(
    'reads an exception asked in the asker\'s words, a limit in time or what a country may do as a rule question: %s',
    (question) => expect(asksAboutARule(question)).toBe(true),
  );

  it.each([
    'The county owns a 200 m2 branch library and a 1,800 m2 town hall. Which of them count in the renovation duty?',
    'Is there an efficiency rule on what tyres a public buyer may pick?',
    // Consumers' rights asked in their own words (fresh batch E).
    'We get district heating and the company bills us by square metre. Shouldnt we have a meter that shows what we actually consume?',
    "My gas company says a separate meter is 'not financially reasonable' for my flat. Is that even a valid excuse?",
    'Our co-op is stuck with the same metering company. What can be done to make it easier to switch?',
    'What standard of complaint handling can I expect from my heat company?',
    'Some groups are hit harder by energy poverty. Can the expert network advise on that?',
    // Fresh batch F2.
    'Is there any expectation that Member States support the refurbishment of district heating systems financially?',
    'Our logistics company would like its own engineers to do the energy audit. Is that allowed?',
    'Our auditor only quotes simple payback times for each measure. Is that enough?',
    'Until when may we work with estimates?',
    'Do smaller municipalities need a heat plan?',
    // A permission asked after the setting, a release from a duty, "allowed" mistyped.
    'Our sub-metering firm reads the gauges on each radiator. Could the state let residents phone those figures in themselves?',
    'If the national heat study finds nothing cost-effective, can the ministry, with the regions, let individual plants off the hook?',
    'Is our gas company alowed to charge a fee for sending invoices?',
    // A modal of expectation, a threshold or a rule's fallback, without "must" or "need".
    'Who in our administration should be watching whether efficiency-first is applied to big investments?',
    'Our ministry is forming an expert group on energy poverty. Which fields should its members come from?',
    'At what project size does the efficiency-first check start for transport schemes?',
    'Fitting a meter in each flat is not feasible. What do we use instead to split the heating costs?',
    "What happens if per-flat heat meters aren't technically feasible?",
    'Is it OK to replace a demolished depot with a new building and count it in the renovation rate?',
    // An audit's recommendations are the directive's subject, not a request for one.
    'After our audit we got a long list of recommendations. What do we do with them?',
    'Are we as a city meant to say anything about efficiency in our procurement notices?',
    'Is efficiency information expected in that reporting?',
    // Permission asked with "could" or "may", and a question that states its own size against a threshold.
    'Could the ministry top up a fund for district heating refurbishment?',
    'Our ministry approves a EUR 400 million hospital building programme. Is an efficiency-first assessment part of the deal?',
    'Our town of 30,000 residents is writing its energy plan.',
    // "Can" in the passive or of another party, whether anything covers a situation, and whether a duty binds.
    'The sub-metering company adds its margin to the fee. Can that margin be charged to the tenants?',
    'Can our electricity supplier hand our meter data to a comparison site?',
    // Whether the asker may have their own data handed on: a right the rules give or not.
    "I've hired an independent energy adviser. Can I have my billing history and allocator readings sent straight to the adviser?",
    'Can we get our heat meter readings passed on to the ESCO we work with?',
    // Whether the Union acts on the asker's problem, and a rule asked beside what a third party "recommends".
    'I own one rental flat and the tenant pays the heating. Is the EU doing anything about that problem?',
    'Should she go with what the installer who knocked on her door recommends, or is there supposed to be an independent public advice service?',
    // What the Union's law imposes, asked as a claim to check.
    'Is it true the EU forces every company to get an energy audit? We run a small bakery.',
    'Is it true Brussels is banning gas from new heat sources in heat networks?',
    // A default the rules give where the actual figure is not known.
    "for some units we don't know the actual power-to-heat ratio. what default value can we plug in, and is there a catch?",
    // A cost recovered from those a rule protects: whether it may be passed on.
    "A contractor reads the heat meters in our block and charges us for allocating each flat's consumption. Can we recover that fee from the residents?",
    'Can I charge the metering firm\'s invoice on to my tenants?',
    // The way savings are counted, and a condition attached to setting something up.
    'We are caught by both the supplier scheme and the new carbon trading. How does that affect the way our savings are counted?',
    'Our chamber wants a publicly backed audit centre for small firms. Is there a condition attached to setting that up?',
    'Can the regulator oblige us to publish our savings?',
    'Tenants pay the bills but the owner pays for the insulation. Does anything deal with that split?',
    // Whether doing something breaks the rules: "could we get in trouble for ...".
    'As a DSO that also owns a retail arm, could we get in trouble for discouraging customers from using outside ESCOs?',
    'Would our utility be fined for skipping the audit?',
    // A claim checked, a due date, and "can" of the tenants or customers a rule protects.
    'Is it true that a CHP plant owner in Ghent may run its own tender for the grid hook-up works?',
    'What figures on green loans do we send to Brussels, and when is the first submission due?',
    'Can tenants read their own radiator allocators and send us photos instead of us sending a reader round?',
    'Is the 2030 cut in public bodies\' consumption binding from day one?',
    'We swapped the burners in 2023. Is that still possible to count after 2024?',
    // The audit's recommended measures are the directive's subject; savings that "can be credited" ask what counts.
    'Our auditor ranked the recommended measures by simple payback only. What analysis should the audit rely on?',
    'The finance ministry raised the excise on heating oil. Which energy savings can be credited?',
    // How the law defines a term is what it says.
    "We're an NGO writing a position paper: how exactly does the recast EED define energy poverty?",
    // A status kept or lost, what goes into a base, and a size given in m² or in grams of CO2.
    'Our gas CHP from 2015 emits around 320 g CO2 per kWh of output. Does it lose its high-efficiency status?',
    'Which of our buildings go into the base for the yearly renovation rate?',
    'We own small regional offices under 200 m², and some were renovated.',
    'Our ministry plans a €150m hospital programme.',
    // Typed without apostrophes, and a rule's fallback asked for.
    'housing association here, we cant fit heat meters per flat. whats the fallback before we split the bill by m2?',
    // Whether something is acceptable or suffices asks what the rule allows.
    'I am a consultant. Is it acceptable for an energy audit to rank measures on simple payback only?',
    'Would it be compliant for the city to bill heat twice a year?',
    'Is a yearly reading sufficient for our tenants?',
    // A threshold's cut-off.
    "small-scale vs micro CHP - where's the cut-off?",
    // Whom the law binds.
    'Who is this piece of EU legislation formally aimed at: companies like our utility, or someone else?',
    // Whether something still counts.
    'A steelworks wants to replace its gas-fired furnace with a more efficient one. Can those savings still count, and under what conditions?',
    // What a bill must say, "how to" being its content; the fallback when a meter cannot be fitted; a restriction someone claimed, put
    // to the test (fresh batch I3).
    'does the heating bill need to say how to complain or mention an ombudsman',
    "what happens if they cant fit a meter in each apartment?",
    "The energy supplier runs a scheme paying for efficiency upgrades, but they told me individual flats don't count, only whole buildings. Is that right",
  ])('reads a question about a rule: %s', (question) => {
    expect(asksAboutARule(question)).toBe(true);
  });

  it.each([
    'How do I heat my swimming pool cheaply?',
    'What is the cheapest way to insulate a school gym?',
    'Is it a good idea to buy shares in a district heating company?',
    'Which heat pump would you recommend for a bakery?',
    'What do you recommend for our bakery: a heat pump or a gas boiler?',
    'Which heat pump brand is recommended for a bakery?',
    'How can we lower our heating bill?',
    'What temperature is a public swimming pool heated to?',
    'Can we get a grant for our heat pump?',
    'Can you explain what a heat pump does?',
    'Can our caretaker read the meter remotely?',
    'Which customers is this heat pump advert aimed at?',
    'Under what conditions does a heat pump run best?',
    'Can we recover the cost of a new boiler from our insurance?',
    'Can I charge my electric car at work?',
    'Is there a condition on my car warranty?',
    'How to complain about my neighbour?',
    'They told me the match was great. Is that right?',
  ])('reads a practical or trivia question: %s', (question) => {
    expect(asksAboutARule(question)).toBe(false);
  });
});

describe(askedSentences.name, () => {
  it('drops the statements that set the scene before the question sentence, a figure\'s decimal point included', () => {
    expect(askedSentences('I run billing for a heat supplier in Aarhus, Denmark. The board approved a rise. How far ahead must we tell customers?')).toBe(
      'How far ahead must we tell customers?',
    );
    expect(askedSentences('We own 1.2 million m² of offices. Could we pay into a fund instead?')).toBe('Could we pay into a fund instead?');
    expect(askedSentences('Which companies need an audit?')).toBe('Which companies need an audit?');
    // An abbreviation's full stop ends no sentence.
    expect(askedSentences('Which article of the recast holds what used to be Art. 7a of 2012/27/EU?')).toBe('Which article of the recast holds what used to be Art. 7a of 2012/27/EU?');
    expect(askedSentences('Our plan cites Art. 14 of the old law. Where is it now?')).toBe('Where is it now?');
    expect(askedSentences('Our plant uses 12 TJ a year.')).toBe('Our plant uses 12 TJ a year.');
    expect(askedSentences('i run billing for a heat supplier in aarhus, denmark. how far ahead must we tell customers')).toBe('how far ahead must we tell customers');
    expect(askedSentences('Which companies need an audit? We are in Austria.')).toBe('Which companies need an audit? We are in Austria.');
  });
});

describe('the setting is not what is asked', () => {
  it('reads a how-to only in the question sentence, and "can part of it be carried", "a cap on", "protection" as rule questions', () => {
    expect(asksForPractice('Our association runs a desk where customers find out how to settle a dispute. Can that desk take on this role?')).toBe(false);
    expect(asksForPractice('We are a small utility. How do we apply for a grid connection?')).toBe(true);
    expect(asksAboutARule('Can the part above 3 % be carried forward to later years?')).toBe(true);
    expect(asksAboutARule('Can some of those savings be booked as if achieved in another year?')).toBe(true);
    expect(asksAboutARule('Is there a cap on what we can charge for a way of paying, and what protection do prepaid households get?')).toBe(true);
  });

  it("reads working out a cogenerated share and sharing a building's heating costs as the directive's method, not a how-to", () => {
    expect(asksForPractice("Our CHP runs at 65 % overall efficiency. How do we work out the cogenerated share of its power?")).toBe(false);
    expect(asksForPractice('As a housing association, how should we share the cost of the heat from the stairwells among tenants?')).toBe(false);
    expect(asksForPractice('We run the registry. Can we still issue paper guarantees, and how do we stop a MWh being claimed twice?')).toBe(false);
    // Whether a thing may be done to what is asked about, in the passive.
    expect(asksForPractice('Our registry designs guarantees of origin. Can they be issued on paper, and how do we stop a MWh being certified twice?')).toBe(false);
    expect(asksForPractice('Our registry designs guarantees of origin. How do we stop a MWh being certified twice?')).toBe(true);
    expect(asksForPractice('How do we lower the cost of heating our stairwells?')).toBe(true);
    expect(asksForPractice('How can we share our office with another start-up?')).toBe(true);
  });

  it('reads what follows a breach, who gave a body its task, and a complaint that a practice seems wrong, as rule questions', () => {
    expect(asksAboutARule('What happens if our city never draws up the plan?')).toBe(true);
    expect(asksAboutARule("What happens if the country's consumption ends up above its trajectory?")).toBe(true);
    expect(asksAboutARule('An agency keeps chasing our audit. Who gave them the job?')).toBe(true);
    expect(asksAboutARule('The landlord splits one invoice by floor area. That does not seem fair.')).toBe(true);
    expect(asksAboutARule('What happens if we add more salt to the soup?')).toBe(false);
    expect(asksAboutARule('Who gave them the cake?')).toBe(false);
  });

  it('reads chat spellings of the framing words, and whether a supplier must hand over data, as rule questions', () => {
    expect(asksAboutARule('city of 50k ppl, do we hav to make a heat plan')).toBe(true);
    expect(asksAboutARule('r we required to audit every 4 years')).toBe(true);
    expect(asksAboutARule('Will their gas supplier hand the history over to us?')).toBe(true);
    expect(asksAboutARule('city of 50k ppl, nice place to live')).toBe(false);
    expect(asksAboutARule('Will their gas supplier like us?')).toBe(false);
  });

  it('reads a question opened in the negative as the same question about a rule', () => {
    expect(asksAboutARule("Isn't it fine for our energy audit to rely on the auditor's estimates?")).toBe(true);
    expect(asksAboutARule('Isnt it the case that small firms never need an energy audit?')).toBe(true);
    expect(asksAboutARule("Wouldn't it be acceptable for the ministry to skip the inventory?")).toBe(true);
    // Only an opener: a negation inside a statement is not turned round.
    expect(asksAboutARule("It isn't fine weather for the roof works.")).toBe(false);
    expect(asksAboutARule("Isn't it a lovely day?")).toBe(false);
  });

  it('reads a rulebook, and how something goes to the Commission, as questions about a rule', () => {
    expect(asksAboutARule('How should tenants share the heat of the corridors - is there a rulebook?')).toBe(true);
    expect(asksAboutARule('How does our country hand in its national heat study to Brussels - on its own or with something else?')).toBe(true);
    expect(asksAboutARule('How is the ministry sending its savings figures to the Commission?')).toBe(true);
    // "can <anything> be <done>" asks what is allowed; "can we get" asks for help.
    expect(asksAboutARule('can rooftop PV for own consumption be knocked off the savings baseline for 2021-2023?')).toBe(true);
    expect(asksAboutARule('can we get rooftop PV for our office?')).toBe(false);
    // Irregular participles too: "be done", "be made", "be kept".
    expect(asksAboutARule('Can an energy audit be done by our own in-house engineering team rather than an external firm?')).toBe(true);
    expect(asksAboutARule('Can a transmission system operator be made an obligated party?')).toBe(true);
    // Whether a method may serve a duty: "can we use X to claim/count/calculate ...".
    expect(asksAboutARule('Can we use surveyed savings to claim savings from a loft insulation programme?')).toBe(true);
    expect(asksAboutARule('Can we rely on engineering estimates for reporting our savings?')).toBe(true);
    expect(asksAboutARule('Can we use heat pumps in our office?')).toBe(false);
    expect(asksAboutARule('Can we get the audit done by our own team?')).toBe(false);
    // Banking a surplus, and what follows a shortfall, ask what the savings rules allow.
    expect(asksAboutARule('We overshot our cumulative savings target. Can we bank the surplus for the next period?')).toBe(true);
    expect(asksAboutARule('And what if we had fallen short instead?')).toBe(true);
    expect(asksAboutARule('Can we bank on a grant for our new boiler?')).toBe(false);
    // Forced or compelled is obliged.
    expect(asksAboutARule('A customer wants to escalate a complaint to an ombudsman. Are we as a supplier forced to take part in that scheme?')).toBe(true);
    expect(asksAboutARule('Which ombudsman takes heat complaints in our town?')).toBe(false);
    expect(asksAboutARule('How does our country celebrate its national energy day in Brussels?')).toBe(false);
  });
});

describe('fresh batch S7: a duty asked before the asker chooses how to act', () => {
  it('reads "are we obliged ... before choosing how to do it?" as a rule question, and a plain how-to as none', () => {
    expect(asksAboutARule('Our county is planning a deep renovation of a 1,200 m2 office it owns. Are we obliged to look at energy performance contracting before choosing how to do it?')).toBe(true);
    expect(asksAboutARule('Is there a rule on how to insulate a loft?')).toBe(false);
  });
});

describe('fresh batch S1: thresholds, deadlines and limits asked in the plural', () => {
  it('reads a telegraphic question on thresholds as a rule question, as it reads one on a threshold', () => {
    expect(asksAboutARule('small-scale vs micro chp capacity thresholds')).toBe(true);
    expect(asksAboutARule('renovation deadlines for public buildings')).toBe(true);
    expect(asksAboutARule('small-scale vs micro chp capacity')).toBe(false);
  });
});
