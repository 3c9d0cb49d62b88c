import { expandEveryday, expandQuery } from './query-expansion.js';

describe(expandQuery.name, () => {
  it("adds the directive's own word for everyday ones, once", () => {
    expect(expandQuery('Which companies need an audit?')).toBe('Which companies need an audit? enterprises');
    expect(expandQuery('Do data centers report energy use?')).toBe('Do data centers report energy use? data centres');
    // Subsidies are what the directive calls support ("investment support", "national support scheme").
    expect(expandQuery('Does a CHP guarantee of origin have to say whether the plant got subsidies?')).toMatch(/\? support\b/);
  });

  it('leaves questions already in the directive\'s words alone', () => {
    expect(expandQuery('Which enterprises need an energy audit?')).toBe('Which enterprises need an energy audit?');
  });

  it("adds the law's verb for an everyday one, so the sentence stating the rule is found and chosen", () => {
    expect(expandQuery('Can the Parliament take back the power to adopt delegated acts?')).toContain('revoke');
    expect(expandQuery('May a country adopt stricter rules than the directive?')).toContain('more stringent');
    expect(expandQuery('Can the extra floor area renovated this year count later?')).toContain('surplus');
    expect(expandQuery('Can our own engineers do the energy audit?')).toContain('in-house experts');
    expect(expandQuery('A small heat supplier says it can refuse to join the ombudsman process. Is taking part really voluntary for them?')).toContain('participation mandatory');
    expect(expandQuery('Are voluntary agreements allowed as alternative measures?')).not.toContain('participation mandatory');
    expect(expandQuery('If a country is lagging behind its 2030 path, how long does it have to bring in extra measures?')).toContain('indicative trajectory');
    expect(expandQuery('The heat supplier will cut supply to one block while it reroutes pipes. What must residents be told?')).toContain('disconnection');
    expect(expandQuery('Must suppliers offer a wide choice of payment methods?')).not.toContain('disconnection');
    expect(expandQuery('Our data centre already exports its heat. Is it off the hook for the cost-benefit study?')).toContain('exempt');
    expect(expandQuery('Is the 1.9 electricity factor fixed for good, or will it be updated, and when?')).toContain('review');
    expect(expandQuery('Must the list of providers be updated regularly?')).not.toContain('review');
    expect(expandQuery('Can the regulator make the grid operator give us cheaper connection and network fees because of our location?')).toContain('use-of-system charges');
    expect(expandQuery('We manage a listed 18th-century palace. Are we let off the quota?')).toContain('special architectural or historical merit');
    expect(expandQuery('We manage a listed 18th-century palace. Are we let off the quota?')).toContain('exempt');
    for (const question of ['When must our implementing law be in force?', 'By when did the ministry have to put the directive into national law?', 'Must the transposing act cite the directive?']) {
      expect([question, expandQuery(question)]).toEqual([question, expect.stringContaining('transposition')]);
    }
  });

  it("adds the law's wording of who does what and when for everyday wording of it", () => {
    const cases: [string, string][] = [
      ['Can two villages prepare their heat plan together?', 'jointly'],
      ['Can we draw up the plan together with the two smaller towns next to us?', 'jointly group of several'],
      ['Two suburbs border our town. May we plan with the villages next to us?', 'neighbouring'],
      ['Can we carry the surplus over? And what happens if we fall short instead?', 'not achieved outstanding'],
      ['How much notice do customers get before a planned cut-off?', 'no later than'],
      ['Who signs the operator\'s efficiency plan off?', 'approval'],
      ['Can a supplier decline to take part in the ombudsman scheme?', 'mandatory'],
      ['Can billing information stop in summer?', 'outside heating cooling seasons'],
      ['May the landlord recharge the meter-reading firm\'s fee to the tenants?', 'passed onto final users'],
      ['Can the new allocators be ones our caretaker reads by hand?', 'remotely readable'],
      ['Our landlord passes on the fees of the reading company. Is that allowed?', 'passed onto final users'],
      ['Can we pass that cost on to residents?', 'passed onto final users'],
      ['What do we have to tell the household when the smart meter is fitted?', 'advice and information'],
      ['Can savings we achieve this year be counted against another year of the scheme?', 'previous or following years'],
      ['We renovated 4.5 %. Can we carry the extra over to later years?', 'previous or following years'],
      ["Can we book some of this year's savings against other years of the scheme?", 'previous or following years'],
      ['If we over-deliver, can we shift them to other years?', 'previous or following years'],
      ['Can we use savings from a strong year to cover a weaker one, and how far back or forward?', 'previous or following years'],
      ['If parliament cuts the energy tax rate, what must we show?', 'price signal'],
      // Only the words the question lacks are added: "energy-intensive ... company" gains the law's "enterprises".
      ['An energy-intensive steel company replaces its gas furnace. Can those savings still count?', 'enterprises direct combustion of fossil fuel'],
      ['Must the government give municipalities template contracts for energy performance contracting?', 'model contracts'],
      ['We plan a motorway interchange costing around 160 million euro. Must we check efficiency first?', 'major investment decisions'],
      ['Our ministry is about to approve a EUR 150 million upgrade of the water network.', 'major investment decisions'],
      ['Our heat network feeds 40 apartment blocks. Where does the meter for each block have to be installed?', 'heat exchanger or point of delivery'],
      ['Where does the meter for each apartment block on our heat network have to be installed?', 'heat exchanger or point of delivery'],
    ];
    for (const [question, words] of cases) expect([question, expandQuery(question)]).toEqual([question, expect.stringContaining(words)]);
    expect(expandQuery('Do the plans cover heating and cooling together with hot water?')).not.toContain('jointly');
    expect(expandQuery('Must the notice of planned disconnection be sent by post?')).not.toContain('no later than');
    expect(expandQuery('Which of the 2 million meters must be replaced first?')).not.toContain('major investment decisions');
    expect(expandQuery('Must the meters for each building unit of the block be remotely readable?')).not.toContain('heat exchanger');
    // Money a state receives is no investment decision (Articles 24 and 30 say how it may be spent).
    expect(expandQuery('Our country receives roughly EUR 400 million from the Social Climate Fund. Must it go to energy-poor households?')).not.toContain('major investment decisions');
    expect(expandQuery('We expect EUR 400 million a year from the new emissions trading. May part of it go into an efficiency fund?')).not.toContain('major investment decisions');
    expect(expandQuery('Does the 30 million floor area figure pass through to the Commission?')).not.toContain('passed onto final users');
    expect(expandQuery('Do network tariffs have to pass on the savings of demand response?')).not.toContain('passed onto final users');
    expect(expandQuery('Can you tell me the audit deadline?')).not.toContain('advice and information');
    expect(expandQuery('Is participation in the scheme voluntary for small suppliers?')).not.toContain('mandatory');
  });

  it('names the concept a practitioner describes: the split incentive, alternative measures, paying into the fund, the repeal', () => {
    expect(expandQuery('Landlords will not insulate because the tenants get the lower bills. Does anything address that?')).toContain('split incentives');
    expect(expandQuery("Landlords won't replace old boilers because the tenants would pocket the savings on the bill. What must the government do?")).toContain('split incentives');
    expect(expandQuery('What is the state expected to do about the landlord-tenant deadlock?')).toContain('split incentives');
    expect(expandQuery('Our board approved a price increase from January. How far ahead must we tell households?')).toContain('adjustment in the supply price');
    expect(expandQuery('We are raising our heat prices. Must we explain why?')).toContain('adjustment in the supply price');
    expect(expandQuery('Until when must the list of buildings used by public bodies be published?')).toContain('inventory');
    expect(expandQuery('What must the buildings register hold?')).toContain('inventory');
    expect(expandQuery("What's the EU-wide cap on final energy consumption for 2030?")).toContain('no more than');
    expect(expandQuery('What ceiling on EU-wide final energy use in 2030 must the national numbers add up to?')).toContain('no more than');
    expect(expandQuery('Is there a cap on what we can charge for paying at the counter?')).not.toContain('no more than');
    expect(expandQuery('We are tendering a facility-services contract with a lot of energy use. Must we look at performance contracting?')).toContain('significant energy content');
    expect(expandQuery("We're re-tendering our maintenance contract, which is heavy on heating and ventilation energy. Anything specific?")).toContain('significant energy content');
    expect(expandQuery('Do the high energy-efficiency purchasing rules apply to our defence contracts?')).not.toContain('significant energy content');
    expect(expandQuery('Must the ministry hand us a template energy performance contract?')).toContain('model contracts');
    expect(expandQuery('Our CHP unit dates from 2019. What carbon limit keeps it high-efficiency?')).toContain('270 gCO 2');
    expect(expandQuery('Is there a maximum on CO2 for cogeneration plants to count as high-efficiency?')).toContain('270 gCO 2');
    expect(expandQuery('What emissions must our refinery report?')).not.toContain('270 gCO 2');
    expect(expandQuery('Will the efficiency-first investment thresholds be lowered?')).toContain('downward revision');
    expect(expandQuery('What are the thresholds for a first energy audit?')).not.toContain('downward revision');
    expect(expandQuery('We have one shared boiler. Do we need a heat meter in every flat?')).toContain('individual meters');
    expect(expandQuery('Must each apartment get a smart electricity meter?')).not.toContain('individual meters');
    expect(expandQuery('Our heat network has remotely readable meters in all flats. How often must residents get their bills?')).not.toContain('individual meters');
    expect(expandQuery('What is the EED actually for?')).toContain('common framework of measures');
    expect(expandQuery('What is the purpose of the directive?')).toContain('common framework of measures');
    expect(expandQuery('What is the directive asking data centres for?')).not.toContain('common framework of measures');
    expect(expandQuery('How far above the Annex I formula result may our national 2030 contribution be?')).toContain('2,5 % above');
    expect(expandQuery('Our ministry wants our 2030 contribution a bit looser than the formula gives. How much room do we have?')).toContain('2,5 % above');
    expect(expandQuery('Which factors go into the Annex I formula for national contributions?')).not.toContain('2,5 % above');
    expect(expandQuery("What's the size cut-off between a micro-CHP and a small-scale CHP unit?")).toContain('maximum capacity below 50 kWe');
    expect(expandQuery('Up to what electrical size is a unit called micro-cogeneration?')).toContain('maximum capacity below 50 kWe');
    expect(expandQuery('How is the electricity of a micro-CHP unit calculated when no measured data exist?')).not.toContain('maximum capacity below 50 kWe');
    expect(expandQuery("Our radiator gadgets can't be read from outside the flat. Do they have to go?")).toContain('remotely readable');
    expect(expandQuery('Someone still has to walk in and read the allocators. Is there a date for that to end?')).toContain('remotely readable');
    expect(expandQuery('Our heat supplier adds a surcharge if we pay at the post office. Is there a limit?')).toContain('charges related to payment methods');
    expect(expandQuery('Can the supplier charge extra for paying by card?')).toContain('charges related to payment methods');
    expect(expandQuery('What fees may a one-stop shop charge for its advice?')).not.toContain('charges related to payment methods');
    expect(expandQuery('What penalty per tonne does a factory pay if it hands in too few emission allowances?')).not.toContain('charges related to payment methods');
    expect(expandQuery('ETS2 will push heating bills up. Must governments cushion that for vulnerable households?')).toContain('mitigate distributional effects');
    expect(expandQuery('We sell heating fuel under ETS2 and the obligation scheme. How is the carbon price counted?')).not.toContain('mitigate distributional effects');
    expect(expandQuery("My landlord refuses to insulate the flat because I'd be the one saving on bills. Does the law do anything?")).toContain('split incentives');
    expect(expandQuery("How long do MEPs have to veto one of the Commission's add-on rules under this directive?")).toContain('delegated act objection');
    expect(expandQuery('Can the Commission reject a national energy efficiency contribution?')).not.toContain('delegated act objection');
    expect(expandQuery("A district heating company with a 15 MW network says it doesn't have to print the CO2 emissions on our bills. Possible?")).toContain('exceeding 20 MW');
    expect(expandQuery('What must a heating bill show?')).not.toContain('exceeding 20 MW');
    expect(expandQuery('Our server farm draws 1.5 MW. Must we do something with the heat we blow out of the roof?')).toContain('utilise the waste heat');
    expect(expandQuery('Which indicators must a data centre report?')).not.toContain('utilise the waste heat');
    expect(expandQuery("How do I size a plate heat exchanger to recover waste heat from our data centre's chiller loop?")).not.toContain('utilise the waste heat');
    expect(expandQuery('Our subsidy programme runs instead of a supplier obligation. Who verifies its savings?')).toContain('alternative policy measures');
    expect(expandQuery('Could the ministry pay into a national fund rather than renovate?')).toContain('national energy efficiency fund');
    expect(expandQuery('Is the 2012 directive still in force?')).toContain('repealed');
    expect(expandQuery('Our council is moving into a newly rented office block. Any energy standard?')).toContain('new rental agreements');
    expect(expandQuery('We operate out of a leased building. What must we do with our landlord?')).not.toContain('new rental agreements');
    expect(expandQuery('We are opening a renovation advice hub. What must it offer?')).toContain('one-stop shops');
    expect(expandQuery('Can we keep a social component in grid charges for low-income households?')).toContain('social aim');
    expect(expandQuery('Who sets the grid charges for our new heat pump?')).not.toContain('social aim');
    expect(expandQuery('Which hub heights do wind turbines need?')).not.toContain('one-stop shops');
    expect(expandQuery('May the metering firm earn a margin on the heat cost split?')).toContain('non-profit basis');
    expect(expandQuery('Must suppliers take part in an ombudsman scheme?')).toContain('ombudsperson');
    // A customer's own words for a dispute and for paying in advance (fresh batch T8).
    expect(expandQuery("Do I have to go to court if I've got a row with my heat supplier?")).toContain('out-of-court dispute settlement');
    expect(expandQuery('We had a row in the team about the audit. Who decides?')).not.toContain('out-of-court dispute settlement');
    expect(expandQuery('I pay for my heat with a prepaid card. Can I be treated worse?')).toContain('prepayment systems');
    expect(expandQuery('During a pandemic, do the procurement rules still apply?')).toContain('public health emergencies');
    expect(expandQuery('From when do subsidies for new gas boilers stop counting toward the savings requirement?')).toContain('direct combustion of fossil fuel');
    expect(expandQuery('Our heat network wants a new gas boiler in 2029. Is that allowed for an efficient system?')).not.toContain('direct combustion of fossil fuel');
    expect(expandQuery('A supplier plans to cut off a block of flats. What warning must they give?')).toContain('no later than');
    expect(expandQuery('We want heavier savings duties on suppliers than the EU text asks for in our transposition bill.')).toContain('more stringent measures');
    expect(expandQuery('We want heavier savings duties on suppliers than the EU text asks for in our transposition bill.')).not.toContain('bring into force');
    expect(expandQuery('By what date must national law be in force for the regulator duties?')).toContain('bring into force');
    expect(expandQuery('Our CHP was commissioned in 2015 and is above the CO2 limit. Is there a grace period?')).toContain('in operation before may derogate');
    expect(expandQuery('What CO2 limit applies to a new CHP unit?')).not.toContain('derogate');
    expect(expandQuery('From what date do the metering and billing articles apply?')).toContain('entry into force and application');
    expect(expandQuery('When we convert kWh into primary energy, what factor applies?')).not.toContain('entry into force');
    expect(expandQuery('Is the energy poverty definition in the social climate fund regulation now the one in the EED?')).toContain('Regulation (EU) 2023/955');
    expect(expandQuery('Does this directive amend any other EU regulation?')).toContain('Regulation (EU) 2023/955');
    expect(expandQuery('Can Social Climate Fund money pay for insulating energy-poor homes?')).not.toContain('2023/955');
    expect(expandQuery('Our factory has no ISO 50001. Do we need an energy check-up by law?')).toContain('energy audit');
    expect(expandQuery('Our factory has no ISO 50001. Do we need an energy check-up by law?')).not.toContain('verification');
    expect(expandQuery('Who checks the savings claimed by suppliers?')).toContain('verification');
    expect(expandQuery('We had a bumper year. Can we shift savings between years?')).toContain('previous or following years');
    expect(expandQuery('Could the region pay money into a national pot instead of renovating?')).toContain('national energy efficiency fund');
    expect(expandQuery('Our co-op has 6 blocks all fed by one boiler house. Where must the heat meter sit?')).toContain('central source that services multiple buildings');
    expect(expandQuery('Our block has one shared boiler. Must each flat get a meter?')).not.toContain('multiple buildings');
    expect(expandQuery('A heat meter per flat is basically impossible. What is the fallback?')).toContain('not technically feasible');
    expect(expandQuery('Can tenants photograph the allocators instead of a reader visiting?')).toContain('self-reading');
    expect(expandQuery('Is this directive something that directly binds my company?')).toContain('addressed to the Member States');
    expect(expandQuery('Which measures are aimed at energy poverty?')).not.toContain('addressed to the Member States');
    expect(expandQuery('Must we look at a pay-from-savings ESCO deal first?')).toContain('energy performance contracting');
    expect(expandQuery('We count our CO2 tax as a savings measure, but the rate will be cut. What must we show?')).toContain('price signal');
    expect(expandQuery('How is the minimum portion of the savings obligation for energy-poor homes set, and from which statistics?')).toMatch(/share.*indicators Eurostat/);
    expect(expandQuery('Which part of the meter must be replaced?')).not.toContain('share');
    expect(expandQuery('Some flats only use gas for their cookers. Do the billing rules apply?')).toContain('cooking purposes');
    expect(expandQuery('Do the procurement rules apply when the defence ministry buys armoured vehicles?')).toContain('supply of military equipment');
    expect(expandQuery('Must the armed forces renovate their barracks?')).not.toContain('supply of military equipment');
    expect(expandQuery('Military data centre: exempt from the publication duty?')).toContain('defence');
    expect(expandQuery('Can obligation programmes fund upgrades inside individual flats?')).toContain('individual units located in multi-apartment buildings');
    expect(expandQuery('Which funding pots should governments use first for vulnerable households?')).toContain('Social Climate Fund');
    expect(expandQuery('Our CHP went into operation in 2019. Does the new CO2 cap apply to us?')).toContain('in operation before');
  });

  it("names a guaranteed-savings contract, renting instead of buying and a group of experts in the law's words", () => {
    expect(expandQuery('Must we consider a guaranteed-savings contract with an ESCO for the town hall?')).toContain('energy performance contracting');
    expect(expandQuery('Our agency will rent rather than buy its new offices. Which standard applies?')).toContain('new rental agreements');
    expect(expandQuery('Must the ministry set up an expert group on energy poverty?')).toContain('network of experts');
    expect(expandQuery('Our tenants rent flats in a block. Who pays the heating bill?')).not.toContain('new rental agreements');
  });

  it("names the metering firm's fees, an audit's contents, a data centre report's contents and savings moved between years in the law's words", () => {
    expect(expandQuery('The firm that reads our allocators charges every flat a fee: may it make a profit?')).toContain('non-profit basis');
    expect(expandQuery("We're a sub-metering company. Could tenants read their own heat cost allocators?")).not.toContain('non-profit basis');
    expect(expandQuery('What must an energy audit contain at a minimum?')).toContain('minimum criteria for energy audits');
    expect(expandQuery('Does our certified management system get us out of the energy audit?')).not.toContain('minimum criteria for energy audits');
    expect(expandQuery('What exactly goes into the public report for a data centre?')).toContain('monitoring and publishing the energy performance of data centres');
    expect(expandQuery('Does a colocation provider have to publish its KPIs, and from what size?')).not.toContain('monitoring and publishing');
    expect(expandQuery('Can we count savings as if they had been achieved in another year?')).toContain('previous or following years');
    expect(expandQuery('Is this efficiency directive legally aimed at companies?')).toContain('addressed to the Member States');
    expect(expandQuery('Who is this piece of EU legislation formally aimed at?')).toContain('addressed to the Member States');
  });

  it("reads a data centre serving the armed forces or civil protection as Article 12(2)'s exclusion, not as other defence rules", () => {
    expect(expandEveryday('Our server hall exists solely to support the armed forces. Must we publish the KPIs?')).toContain('defence and civil protection');
    expect(expandEveryday('Can the armed forces be left out of the public bodies baseline?')).not.toContain('defence and civil protection');
  });

  it("gives the answerer the directive's words for an acronym, which is the term itself, but not for other jargon", () => {
    expect(expandEveryday('We average 95 TJ a year. Do we need a certified EnMS, and by when?')).toContain('energy management system');
    expect(expandEveryday('Must our CHP plant do a CBA?')).toContain('cost-benefit analysis');
    // Jargon that paraphrases helps retrieval only: among the chosen passages its words favour sentences that merely name the thing.
    expect(expandEveryday('Is a heat plan compulsory for our town?')).not.toContain('local heating and cooling plans');
    expect(expandQuery('Is a heat plan compulsory for our town?')).toContain('local heating and cooling plans');
  });

  it('reads skipping a duty as its exemption and factoring something in as taking it into account', () => {
    expect(expandQuery('Can our gas peaker skip the plant-specific CBA?')).toContain('exempt');
    expect(expandQuery('What do we have to factor in when setting our own coefficient?')).toContain('take into account');
    expect(expandQuery('How is the wealth factor in our national contribution formula worked out?')).not.toContain('take into account');
  });

  it("reads a heat network building's meter placement, residents without a contract, their own readings and in-house teams in the directive's words", () => {
    expect(expandEveryday('We supply district heat to an apartment block. Where exactly does the billing meter need to sit?')).toContain('heat exchanger or point of delivery');
    expect(expandEveryday('Where should we put the meter reading app icon?')).not.toContain('heat exchanger or point of delivery');
    expect(expandEveryday('Tenants in a block have no contract with us; the landlord holds it. Who gives them their billing information?')).toContain('without a direct or individual contract');
    expect(expandEveryday('Could residents phone in their own allocator readings?')).toContain('self-reading');
    expect(expandEveryday('Can our own engineering team carry out the energy audits?')).toContain('in-house experts');
    expect(expandEveryday('Can the auditors bring their engineering team?')).not.toContain('in-house experts');
  });

  it("reads telling Brussels as notifying and a later change of national rules as their amendment", () => {
    expect(expandEveryday('If a country later changes its fine levels, must it report that?')).toContain('notify');
    expect(expandEveryday('If a country later changes its fine levels, must it report that?')).toContain('subsequent amendment');
    expect(expandEveryday('Which report must the Commission publish?')).not.toContain('notify');
    expect(expandEveryday('What financing figures do ministries have to send to Brussels?')).toContain('report to the Commission');
    expect(expandEveryday('What must the Commission send to Parliament?')).not.toContain('report to the Commission');
  });

  it('leaves ordinary uses of the same words alone', () => {
    expect(expandQuery('The tenants have no contract with the heat supplier, only the owners. Who gets the bills?')).not.toContain('split incentives');
    expect(expandQuery('May rent increases after a social housing renovation exceed the bill savings?')).not.toContain('adjustment in the supply price');
    expect(expandQuery('Must an energy performance contract say what happens if energy prices change during the contract?')).not.toContain('adjustment in the supply price');
    expect(expandQuery('Which obligation scheme rules apply to suppliers?')).not.toContain('alternative policy measures');
    expect(expandQuery('Is the consumption information free to read?')).not.toContain('free of charge');
    expect(expandQuery('Which data centres are listed in the European database?')).not.toContain('historical');
    expect(expandQuery('Which law applies to our heat network?')).not.toContain('transposition');
    expect(expandQuery('What penalties must our transposing law set for breaches?')).not.toContain('bring into force');
    // "Fine" the adjective is no penalty, and does not keep a transposition question from its words.
    expect(expandQuery("Isn't it fine for our energy audit to rely on the auditor's estimates?")).not.toContain('penalties');
    expect(expandQuery('What fine must our transposing law set for a missed audit?')).toContain('penalties');
    expect(expandQuery('Is it fine if our transposition bill is late, or by when must the provisions be brought into national law?')).toContain('bring into force');
    expect(expandQuery('Our transposition law wants to go further than the directive on audits. Is that allowed?')).not.toContain('bring into force');
    expect(expandQuery('As the ministry drafting transposition rules: above what size of investment must planners apply efficiency first?')).not.toContain('bring into force');
    expect(expandQuery('For the team drafting the transposition bill: by when must the provisions be brought into national law?')).toContain('bring into force');
    expect(expandQuery('What was the original deadline for transposing Directive 2012/27/EU?')).toContain('time-limits for transposition');
    expect(expandQuery('What was the original deadline for transposing Directive 2012/27/EU?')).not.toContain('bring into force');
    // The acts that amended the old directive appear only in Annex XVI, with their time-limits.
    expect(expandQuery('The 2018 amending directive 2018/2002 had a different national deadline for its metering changes. What was that date?')).toContain('time-limits for transposition');
    expect(expandQuery('What did Directive 2018/2002 change in the metering rules?')).not.toContain('time-limits for transposition');
    expect(expandQuery('When did member states have to transpose the amending directive 2018/2002?')).not.toContain('bring into force');
    // National laws on a named rule, due in force by a date, are the transposition's however long the rule's name.
    expect(expandQuery('We need the date by which national laws on the public-sector consumption cut and public building renovations must be in force.')).toContain('bring into force');
    expect(expandQuery('Our law still refers to the old 2012 directive. What must our transposing act say about that?')).toContain('bring into force');
    // The transposition is the asker's setting, stated before a question on a rule; the question on the law itself keeps it.
    expect(expandQuery("I'm drafting the national transposition law. Do we have to publish national rules on heat cost allocation?")).not.toContain('bring into force');
    expect(expandQuery('Our ministry is behind schedule on transposition. By what date must the provisions be in force?')).toContain('bring into force');
    expect(expandQuery("I'm drafting our transposing act. What must the act say about the old directive?")).toContain('bring into force');
    expect(expandQuery("We're the legal team transposing the recast. What's the general deadline for national laws?")).toContain('bring into force');
    expect(expandQuery('What is the general deadline for getting most of the recast into our national legislation?')).toContain('bring into force');
    expect(expandQuery('How do we get the heat pump into our national database?')).not.toContain('bring into force');
  });
});
