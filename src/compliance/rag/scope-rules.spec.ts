import { asksOfThisDirective, asksOwnDutyTowardsAnotherAct, asksWhatThisDirectiveHolds, outOfScope, speaksOfThisDirective, withoutAskerPlace, withoutAskersSetting } from './scope-rules.js';

/** Each question gets the verdict beside it (a refusal reason, or undefined for an answer); a failure names the question. */
function expectVerdicts(cases: readonly (readonly [string, string | undefined])[]): void {
  for (const [question, reason] of cases) expect([question, outOfScope(question)]).toEqual([question, reason]);
}

/** Each question is answered: no scope rule refuses it. */
function expectAnswered(questions: readonly string[]): void {
  expectVerdicts(questions.map((question) => [question, undefined] as const));
}

describe(outOfScope.name, () => {
  it("answers a question about one of this directive's own instruments that cites the act the directive relates it to", () => {
    expect(outOfScope('Can our national heating-and-cooling cost-benefit analysis be folded into a strategic environmental assessment under Directive 2001/42/EC?')).toBeUndefined();
    expect(outOfScope('Can alternative policy measures include measures funded under Regulation (EU) 2023/955?')).toBeUndefined();
    expect(outOfScope('What must a strategic environmental assessment under Directive 2001/42/EC contain?')).toBe('other_act');
    // Another act's own text asked for, though the scene names an article of this directive.
    expect(outOfScope('Our auditors are accredited under Article 28. What does Regulation (EC) No 765/2008 require of the accreditation body itself?')).toBe('other_act');
    expect(outOfScope('How long is an energy performance certificate valid under Directive 2010/31/EU? We list them for Article 6.')).toBe('other_act');
    expect(outOfScope('What does Directive (EU) 2023/1791 require of data centres?')).toBeUndefined();
    // Electricity meters and bills are the electricity market directive's now, whatever place of this one is named.
    expect(outOfScope('Under Article 9 of the energy efficiency directive, what must our electricity smart meters offer?')).toBe('other_act');
    expect(outOfScope('According to the EED billing annex, how often must household electricity bills be based on actual consumption?')).toBe('other_act');
    expect(outOfScope('Where did the old EED rules on electricity metering go?')).toBeUndefined();
    expect(outOfScope('How often must our gas bills be based on actual consumption?')).toBeUndefined();
    expect(outOfScope('Under Directive 2013/11/EU, must ADR entities publish annual activity reports?')).toBe('other_act');
  });

  it('refuses acts that practitioners name by their jargon rather than their title', () => {
    for (const question of [
      'What does REMIT require market participants to disclose about inside information?',
      'Which frequency ranges must a new generator withstand under the RfG network code?',
      'What is the RFNBO sub-target for hydrogen used in industry?',
      'How are emissions shared among countries under the ESR?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
  });

  it('refuses another act named by what it is on or by its kinship with this one, and keeps what this directive says of it', () => {
    expect(outOfScope("Under the EED's sister directive on renewables, what is the indicative share of renewable energy in buildings for 2030?")).toBe('other_act');
    expect(outOfScope('What does the sister regulation of the energy efficiency directive say about product labels?')).toBe('other_act');
    expect(outOfScope("What does the EED's companion law on buildings say about solar panels on new roofs?")).toBe('other_act');
    expect(outOfScope('Under the directive on the promotion of renewable energy, how fast must permits be granted?')).toBe('other_act');
    expect(outOfScope('What does the EED say about the directive on the energy performance of buildings?')).toBeUndefined();
    expect(outOfScope("Does the EED's savings obligation cover transport?")).toBeUndefined();
  });

  it('judges another matter asked with this directive set aside, before, after or in a scene, without it (fresh batch E)', () => {
    for (const question of [
      'Besides the EED, which ecodesign rules will ban the sale of new gas boilers and from when?',
      'Apart from our EED obligations, does the Industrial Emissions Directive require us to get a new permit for a 60 MW boiler replacement?',
      'Not the EED, but the Electricity Directive: what protections do I have against my electricity being disconnected in winter?',
      'Our EED energy audit is done; which ESRS E1 datapoints does our utility have to disclose under CSRD?',
      'The EED covers gas billing, but under the gas market rules how fast must a supplier switch be completed?',
      'Under the Renewable Energy Directive, what share of hydrogen used in industry must be renewable by 2030, on top of what the EED asks?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    for (const question of [
      'Besides the EED audit, must we also have an energy management system?',
      'Beyond what the EED requires, may Member States set stricter audit thresholds?',
      'Our EED audit is done; must we now implement its recommendations?',
    ]) expect([question, outOfScope(question)]).toEqual([question, undefined]);
  });

  it('judges a question whose national scheme is only a comparison without it, and asks whether savings from another act may be claimed (fresh batch E2)', () => {
    expect(outOfScope('Can an obligated supplier buy certified savings delivered by an ESCO instead of running the projects itself, like the Italian TEE market?')).toBeUndefined();
    expect(outOfScope('Can savings from compliance with mandatory EU law, e.g. EPBD minimum energy performance standards, be claimed?')).toBeUndefined();
    expect(outOfScope('How are white certificates priced in Italy, like the French CEE market?')).toBe('other_jurisdiction');
    expect(outOfScope('What does the Italian TEE market pay per certificate?')).toBe('other_jurisdiction');
    expect(outOfScope('Is a Member State free to choose between an obligation scheme and alternative measures, as France does with its CEE?')).toBeUndefined();
    expect(outOfScope("The ministry might copy France's CEE white-certificate model or run subsidy programmes instead. Is the country free to choose either?")).toBeUndefined();
    expect(outOfScope("How does France's CEE scheme price its certificates, as Italy does?")).toBe('other_jurisdiction');
    expect(outOfScope('What are the EPBD minimum energy performance standards for offices?')).toBe('other_act');
  });

  it("answers a customer's protection from unfair selling and the complaint handling they may expect (Article 21, fresh batch E3), and refuses withdrawing from a doorstep contract", () => {
    expect(outOfScope('A salesman came door to door and pressured my elderly neighbour into a new heating service contract. Are customers protected against this kind of selling?')).toBeUndefined();
    expect(outOfScope("I've complained to my heat company about overheating radiators for 4 months and nobody answers. What standard of complaint handling can I expect?")).toBeUndefined();
    expect(outOfScope('Can I withdraw from a doorstep heating contract within 14 days?')).toBe('other_act');
    expect(outOfScope('What payback period should I expect from a 2 MWe gas engine?')).toBe('advice');
  });

  it("refuses a national body's coming decision (fresh batch G2), and keeps what the directive asks of it", () => {
    expect(outOfScope('What allowed rate of return will our national regulator set for DSOs in the next price control period?')).toBe('live_data');
    expect(outOfScope('What must our national regulator take into account when it sets network tariffs?')).toBeUndefined();
  });

  it("refuses vehicles' CO2 standards however they are worded (fresh batch F1)", () => {
    expect(outOfScope('What are the CO2 emission standards for new heavy-duty trucks in the EU?')).toBe('other_act');
    expect(outOfScope('What are the emission performance standards for new city buses?')).toBe('other_act');
  });

  it("refuses a savings estimate for the asker, an operator's quote, a grant available now, carbon prices, label contents and the GPP criteria", () => {
    expect(outOfScope('How much will my monthly bill fall if I put loft insulation in my 90 m2 flat?')).toBe('advice');
    expect(outOfScope('What connection charge will our DSO in Lombardy quote for a 2 MW CHP connection?')).toBe('live_data');
    expect(outOfScope('What grant is available this year from our national heat pump programme for a 300 kW industrial heat pump?')).toBe('live_data');
    expect(outOfScope('What carbon price will ETS2 start with in its first year?')).toBe('live_data');
    expect(outOfScope('What must the energy label for a gas combi boiler show?')).toBe('other_act');
    expect(outOfScope('What are the EU Green Public Procurement criteria for office building design?')).toBe('other_act');
    expect(outOfScope('Must public buyers apply the green public procurement criteria?')).toBeUndefined();
    expect(outOfScope('Which energy label class must public bodies buy?')).toBeUndefined();
    expect(outOfScope('May our DSO charge us for the connection under the directive?')).toBeUndefined();
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
    // The meaning of energy poverty in the Social Climate Fund regulation is Article 37's; the fund's money is not this directive's.
    expect(outOfScope("Which 'energy poverty' definition does Regulation 2023/955 (Social Climate Fund) now rely on?")).toBeUndefined();
    expect(outOfScope("Our retrofit programme is funded by the EU's Social Climate Fund. Where does that fund's regulation now get its meaning of 'energy poverty'?")).toBeUndefined();
    expect(outOfScope('How much money will Poland receive from the Social Climate Fund?')).toBe('other_act');
    // Another act named only in the scene; the asked sentence's limit per kWh is the efficient district heating the scene names.
    expect(outOfScope("We track our renewable share against RED III. Our regulator says we could instead qualify as 'efficient district heating' on a greenhouse-gas basis. What are the maximum emission levels per kWh delivered from 2026?")).toBeUndefined();
    expect(outOfScope('We track our renewable share against RED III. What share of renewables must our network reach under RED III by 2030?')).toBe('other_act');
    // Another act's article asked in the question sentence, this directive named only in a statement after it, or only in
    // an aside in brackets.
    expect(outOfScope('As a DSO, what must our network development plan contain under Article 32(3) of Directive (EU) 2019/944? I know the EED says the regulator checks efficiency first in that plan.')).toBe('other_act');
    expect(outOfScope('how many EV recharging points does article 14 of the EPBD require for our town hall car park? (we already did the EED energy audit on the building)')).toBe('other_act');
    expect(outOfScope('Our electricity law transposes Article 28 of Directive (EU) 2019/944. Does the EED add anything on vulnerable customers?')).toBeUndefined();
    // The scene's act asked about by pointing back at it ("that Article"), and the Governance Regulation among the acts
    // Annex XVI lists as having amended the repealed directive.
    expect(outOfScope('Our support scheme was designed under Article 7 of the CHP Directive 2004/8/EC. What does that Article require of support schemes for district heating?')).toBe('other_act');
    expect(outOfScope('Which article of the Governance Regulation is listed as having amended the repealed 2012 directive?')).toBeUndefined();
    expect(outOfScope('What template does the Governance Regulation prescribe for the NECP progress reports?')).toBe('other_act');
    // The meaning named in the scene and asked of the fund's regulation after this directive's name.
    expect(outOfScope("Our advice line works from the efficiency directive's definition of energy poverty. Does the Social Climate Fund regulation now use the same definition?")).toBeUndefined();
    expect(outOfScope("Our advice line works from the efficiency directive's definition of energy poverty. How much does the Social Climate Fund regulation give Poland?")).toBe('other_act');
    expect(outOfScope('Which projects may Regulation 2023/955 finance?')).toBe('other_act');
  });

  it('refuses investment, litigation and running-cost advice', () => {
    for (const question of [
      'Is it a good idea to buy shares in a district heating company?',
      'The regulator fined us. Should we appeal, and what are our chances of winning?',
      "What thermostat setting saves most on a small office's heating bill?",
      'When is the best time to run our heat pump?',
      'Should I put my personal savings into shares of an energy service company listed in Paris?',
      'Should we put our spare cash into a heat-pump manufacturer?',
    ]) {
      expect([question, outOfScope(question)]).toEqual([question, 'advice']);
    }    // The shares of renewables a heat network needs are the directive's subject.
    expect(outOfScope('What shares of renewables would our network need to stay efficient from 2035, for the investment plan?')).toBeUndefined();
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
    expect(outOfScope('Do the cantonal large-consumer target agreements apply to our plant near Zurich?')).toBe('other_jurisdiction');
    expect(outOfScope("What does Germany's building energy law require of heat pumps?")).toBe('other_jurisdiction');
    expect(outOfScope('Our Dutch subsidiary has 300 staff: must it have an energy audit?')).toBeUndefined();
  });

  it("refuses a country's own figures, an investment's appraisal and tax treatment, and a standard the directive does not cite", () => {
    expect(outOfScope('What was the total final energy consumption of all public bodies in France in the 2021 baseline year?')).toBe('live_data');
    expect(outOfScope('What corrected contribution in Mtoe did the Commission send to Germany?')).toBe('live_data');
    expect(outOfScope("What is the latest Eurostat value of the indicator 'inability to keep home adequately warm'?")).toBe('live_data');
    expect(outOfScope('Could you summarise the conclusions of the most recent Energy Council meeting on the energy savings obligation?')).toBe('live_data');
    expect(outOfScope("What are Stromnetz Berlin's network charges per kWh this year? We're updating the baseline of our energy audit.")).toBe('live_data');
    expect(outOfScope("Our DSO's tariff team is looking at dynamic pricing. What price signals may network tariffs use?")).toBeUndefined();
    expect(outOfScope('What guidance on public bodies has the Commission published in the past month?')).toBe('live_data');
    expect(outOfScope('I work for the Lithuanian ministry. How often must we review the certification schemes, and what was the first date?')).toBeUndefined();
    // Where the asker is, said in an aside, is not the country asked about.
    expect(outOfScope('What was the deadline for transposing the recast Energy Efficiency Directive into national law, here in the Netherlands?')).toBeUndefined();
    expect(outOfScope("We're based in Austria. What was the Commission meant to do by autumn 2024 to get more people into efficiency jobs?")).toBeUndefined();
    expect(outOfScope('We choose between an EPC with 28 % guaranteed savings and a loan. Which option gives us the better net present value?')).toBe('advice');
    expect(outOfScope('What price per MWh should we ask for our waste heat so that the heat pump pays back within seven years?')).toBe('advice');
    expect(outOfScope("Can I deduct the cost of our mandatory energy audit as an expense in this year's corporate tax return?")).toBe('advice');
    expect(outOfScope('Must the audit report rank measures by payback?')).toBeUndefined();
    // The assistant's own choice asked for, and whether the asker will be fined where this directive's rule is not asked.
    expect(outOfScope('My mother was offered a heat pump with a renovation loan. Should she take the loan, or wait for a grant? What would you do?')).toBe('advice');
    expect(outOfScope('We are a public body choosing a colocation provider. Which one is the greenest and which should we pick?')).toBe('advice');
    expect(outOfScope('Landis+Gyr or Itron smart meters? Which one is the better choice for a DSO that must give EED-compliant billing information? Just give me a recommendation.')).toBe('advice');
    expect(outOfScope('Will we be fined if our energy audit is submitted three months late? Roughly how big would the fine be?')).toBe('advice');
    expect(outOfScope('We missed the data centre disclosure. Will we be fined, and does the EED itself put a figure on the penalty?')).toBeUndefined();
    // Advice asked beside a question of its own on what a rule says: the rule is answered, the advice is not given.
    expect(outOfScope('Should our company just wait until parliament passes the law before preparing for the audit duty? By when were countries supposed to have transposed those rules?')).toBeUndefined();
    expect(outOfScope('Should our company just wait until parliament passes the law before preparing for the audit duty?')).toBe('advice');
    expect(outOfScope('We choose between an EPC and a loan. Which option gives us the better net present value? Which would you pick?')).toBe('advice');
    expect(outOfScope('How do I check that the sensors of a heat meter are within the maximum permissible error of EN 1434?')).toBe('other_act');
    expect(outOfScope('Does an audit under EN 16247 meet the minimum criteria?')).toBeUndefined();
  });

  it("refuses a regulator's recent decisions, the Union's past record, the long-term renovation strategy and one's own business case", () => {
    expect(outOfScope('Has our national regulator approved the decarbonisation plan we submitted last month?')).toBe('live_data');
    expect(outOfScope('Did the EU actually hit the 2020 headline of 1 483 Mtoe primary energy consumption?')).toBe('live_data');
    expect(outOfScope('We must publish a long-term strategy for mobilising investment in renovating the building stock. When is the next update due?')).toBeDefined();
    expect(outOfScope('Please run the numbers and tell us whether connecting our data centre would pay off for us.')).toBe('advice');
    expect(outOfScope('The heat cost allocator showed double readings. Is the device faulty, and should I refuse to pay my bill?')).toBe('advice');
    expect(outOfScope('For the Industrial Emissions Directive reporting, should the Member State consider including energy efficiency levels?')).toBeUndefined();
    expect(outOfScope('What BAT-associated energy efficiency levels apply to a new gas turbine under the IED?')).toBeDefined();
  });

  it("refuses a named country's transposition record and its law's name, and keeps the directive's transposition deadline", () => {
    expect(outOfScope('Has Germany fully transposed the recast EED yet?')).toBe('other_jurisdiction');
    expect(outOfScope('Has Poland already implemented the new audit rules?')).toBe('other_jurisdiction');
    expect(outOfScope('What is the national implementing law called?')).toBe('other_jurisdiction');
    expect(outOfScope('What is the name of the German law that transposes the EED?')).toBe('other_jurisdiction');
    expect(outOfScope('By when did Member States have to transpose Article 11?')).toBeUndefined();
    expect(outOfScope('What must our national law provide for penalties for breaching the transposed rules?')).toBeUndefined();
  });

  it('refuses live readings asked for this moment, and exchange prices however the market is named', () => {
    expect(outOfScope('How many grams of CO2 per kWh is the power grid emitting at this moment?')).toBe('live_data');
    expect(outOfScope('What is the current intra-day power price in Germany?')).toBe('live_data');
    // The market's going terms, a best buy and a forecast of the next revision: none is the text in force.
    expect(outOfScope('In an energy performance contract, what share of the savings do ESCOs typically keep, and what contract length is market standard?')).toBe('live_data');
    expect(outOfScope('Which remotely readable heat cost allocator brand is cheapest and most reliable for our 60 flats?')).toBe('live_data');
    expect(outOfScope('What do you expect the 2027 evaluation of the EED to change?')).toBe('live_data');
    expect(outOfScope('What must an energy performance contract with an ESCO include about the savings share?')).toBeUndefined();
    expect(outOfScope('By when will the Commission evaluate the EED, and what must the evaluation cover?')).toBeUndefined();
    expect(outOfScope('Where is the EPEX baseload contract for next month?')).toBe('live_data');
    expect(outOfScope('What does the Nord Pool system price say about our tariff?')).toBe('live_data');
    expect(outOfScope("What's the weather forecast for Berlin tomorrow?")).toBe('live_data');
    expect(outOfScope('What will the weather be like in Brussels this weekend?')).toBe('live_data');
    // Weather as a correction to consumption figures is Article 5(4)'s climatic variations, not a forecast.
    expect(outOfScope('Our climate runs from mountains to the coast. May we correct the public bodies\' figures for regional weather differences?')).toBeUndefined();
  });

  it("refuses the directive's record country by country, a dispute's prospects, IT architecture and what counts as renewable", () => {
    expect(outOfScope('Which Member States have already fully transposed the directive, and which received letters of formal notice?')).toBe('live_data');
    expect(outOfScope('Which Member States actually achieved the 3 % renovation rate for public buildings in 2024?')).toBe('live_data');
    expect(outOfScope('How many data centre operators are currently registered in the Code of Conduct, and which joined this year?')).toBe('live_data');
    expect(outOfScope('Our landlord passed the audit cost on to us. Do we have a good case to recover it, and how should we word our formal notice?')).toBe('advice');
    expect(outOfScope('For 50,000 remote heat meters, is LoRaWAN or NB-IoT better in terms of battery life?')).toBe('unrelated');
    expect(outOfScope('Our outage map crashes in storms. What caching and CDN set-up should we use?')).toBe('unrelated');
    expect(outOfScope('What seasonal performance factor must a heat pump reach for its heat to be counted as renewable energy?')).toBe('other_act');
    // The duties themselves stay in scope: transposing by a date, the renovation rate, publishing data centre figures.
    expect(outOfScope('By when must Member States transpose the directive?')).toBeUndefined();
    expect(outOfScope('Must Member States renovate 3 % of public buildings each year?')).toBeUndefined();
    expect(outOfScope('Which data centres must publish their energy performance, and where is it registered?')).toBeUndefined();
    expect(outOfScope('Does waste heat from our data centre count towards efficient district heating?')).toBeUndefined();
  });

  it('refuses writing tasks, own choices between designs, own contract claims, records asked as counts and national acts by their own names', () => {
    expect(outOfScope("Translate this audit summary into German: 'The audit identified 14 measures.'")).toBe('unrelated');
    expect(outOfScope("Draft a LinkedIn post announcing our heat network's 1,000th customer.")).toBe('unrelated');
    expect(outOfScope('For a hospital EPC, should we offer a shared-savings or a guaranteed-savings model?')).toBe('advice');
    expect(outOfScope('For our 5 sites, is it cheaper to run a certified energy management system or to commission audits?')).toBe('advice');
    expect(outOfScope('What setpoints and time schedules should I program into the BMS for the chillers?')).toBe('advice');
    expect(outOfScope('Our supplier added a levy to our invoices. Do we have a claim under our supply contract?')).toBe('advice');
    expect(outOfScope('In the first round, how many data centres reported their indicators to the European database?')).toBe('live_data');
    expect(outOfScope('Which Member States set national contributions below the Annex I formula in their final plans?')).toBe('live_data');
    expect(outOfScope('How much of their auction revenues did Member States spend on buildings in 2024?')).toBe('live_data');
    expect(outOfScope('Does the Erneuerbare-Wärme-Gesetz ban new gas boilers in new buildings?')).toBe('other_jurisdiction');
    expect(outOfScope('Under the varmeforsyningsloven, can our kommune impose mandatory connection?')).toBe('other_jurisdiction');
    expect(outOfScope('Can a Spanish obligated party cover the gap with savings certificates under Real Decreto 36/2023?')).toBe('other_jurisdiction');
    expect(outOfScope('What is the threshold for energy management systems under the EnEfG?')).toBe('other_jurisdiction');
    expect(outOfScope('How does URE run the tender for świadectwa efektywności energetycznej, and what is the opłata zastępcza?')).toBe('other_jurisdiction');
    expect(outOfScope('Our district heating company in Gdańsk raised the price. How early should they have warned us?')).toBeUndefined();
    expect(outOfScope('Our heat network in Košice misses the mix. Do we need an improvement plan?')).toBeUndefined();
    expect(outOfScope('Do EU product design rules set minimum power-supply efficiency for servers?')).toBe('other_act');
    expect(outOfScope('By when must the transformation plan of our glass factory be in place?')).toBe('other_act');
    expect(outOfScope('For our energy and climate plan update, what public consultation must we run before the draft?')).toBe('other_act');
    // This directive's own duties on the same things stay in scope.
    expect(outOfScope('Should we set supplier targets in primary or final energy terms?')).toBeUndefined();
    expect(outOfScope('Can the regulator give CHP plants near heat demand cheaper grid charges?')).toBeUndefined();
    expect(outOfScope('Which Member States may apply a lower savings rate?')).toBeUndefined();
    expect(outOfScope('Must Member States report the efficiency of 50 MW combustion plants against the best available techniques?')).toBeUndefined();
    expect(outOfScope('By when must our NECP update set out the national contribution?')).toBeUndefined();
  });

  it("keeps a rule question whose 'right now' or 'currently' dates the asker's own situation, and refuses the world's state asked now", () => {
    expect(outOfScope("our DH network is 45% biomass + 20% gas CHP heat. does it count as 'efficient district heating' right now (2026)?")).toBeUndefined();
    expect(outOfScope('Our bills are based on meter readings. What information has to be on each bill? We currently show price and consumption, nothing else.')).toBeUndefined();
    expect(outOfScope('Which Member States have transposed the energy efficiency directive as of today?')).toBe('live_data');
    expect(outOfScope('What is the gas price right now?')).toBe('live_data');
    expect(outOfScope('What are current gas storage levels in our country?')).toBe('live_data');
  });

  it("refuses one's own dispute with a landlord or supplier as legal advice", () => {
    for (const question of [
      'Our landlord never fixed the radiators. May we withhold the rent?',
      'The supplier overcharged my mother for years; can she take them to court?',
      'Can we sue our heat supplier over the estimated bills?',
      'The radiators were cold all January. May the tenants cut their rent?',
    ]) {
      expect([question, outOfScope(question)]).toEqual([question, 'advice']);
    }
    expect(outOfScope('Can a landlord pass the cost of sub-metering on to tenants?')).toBeUndefined();
  });

  it("refuses the repealed directive's instruments asked about as current, and answers what became of them", () => {
    for (const question of [
      'How do we file our national energy efficiency action plan this spring?',
      'Which form do we use this year for the report under Article 24 of Directive 2012/27/EU?',
      'Is the EU on track for the 2020 target of the old directive?',
      'What indicative 2020 primary energy target did Germany set under the old 2012 energy efficiency directive?',
      'Under the 2012 directive, how do obligated parties count savings this year?',
      'Under Article 7 of Directive 2012/27/EU, how should we implement the annual savings rule in our new scheme?',
      'How do I comply with the old directive article 8 audit rules for our plants?',
      'What did Article 14 of the 2012 Energy Efficiency Directive require in the heating assessment due by December 2015?',
      'Under Article 8 of Directive 2012/27/EU, what documents must our enterprise file for the audit due since 5 December 2015?',
      'What was Article 9 of the old directive meant to cover for gas meters?',
      'What exactly has to go into the annual report under Part 1 of Annex XIV of Directive 2012/27/EU that our ministry files by 30 April?',
      'Which savings count under Article 7 of Directive 2012/27/EU for our scheme?',
      'Under Article 7 of Directive 2012/27/EU, which flexibility options could Member States use, and which of them did Germany choose in its 2013 notification?',
      // An old duty's own deadline or report asked as still binding: the repeal is the answer.
      'Under Article 8 of Directive 2012/27/EU, our first energy audit was due by 5 December 2015 - does that deadline still apply to us today?',
      "We still report under Article 7 of Directive 2012/27/EU with the 1.5 % yearly savings obligation - what's the template deadline for our 2024 report?",
      // Instruments the recast dropped, asked under its name and numbers: the article so numbered today holds another rule.
      'Which Energy Star level must our new printers reach under Annex III of the EED?',
      'Under Article 15(5) of the EED, when must the TSO give priority dispatch to power from our CHP plant?',
      'When is our next NEEAP due under Article 24(2) of the EED, and do we still use the same template?',
      "What is the Union's 2020 cap on primary energy consumption under Article 3(1) of the Energy Efficiency Directive?",
      'Under Article 4 of the EED, when must the ministry update its long-term renovation strategy?',
      'What does Annex IV of the EED give as the kgoe of one tonne of fuel oil?',
      'Which committee procedure does the Commission follow under Article 26 of the EED?',
      'What goes into Part 1 of Annex XIV of the Energy Efficiency Directive for our yearly report?',
    ]) {
      expect([question, outOfScope(question)]).toEqual([question, 'repealed_act']);
    }
    for (const question of [
      'Which article now holds what used to be Article 7 of Directive 2012/27/EU?',
      'When did the old directive stop applying?',
      'What replaced the national energy efficiency action plans?',
      'Is Article 14 of 2012/27/EU still in force this year?',
      'Under old Article 5 of Directive 2012/27/EU we could carry over extra renovated floor area. For how many later years can we count a surplus?',
      'How do we apply what used to be Article 7 of the 2012 directive now?',
      'Under old Annex XII, a DSO had duties towards new cogeneration producers. What must we give a CHP developer asking to connect?',
      'What did Article 9 of Directive 2012/27/EU cover, and which article of the recast holds it today?',
      'Old Article 7 of 2012/27/EU set savings for 2014 to 2020: what is the current rate?',
      'Old Art 7a(4): can the ministry express each supplier\'s target in primary energy?',
      'What did Article 7 of 2012/27/EU become?',
      'Article 8 of Directive 2012/27/EU: which new article holds the audit duty?',
      'is 2012/27/EU still in force? when exactly does it stop applying',
      'Does the deadline of old Article 8 of the 2012 directive still apply, or which article replaced it?',
      'Which article of the recast replaced the priority dispatch rule for cogeneration?',
      'Where did the long-term renovation strategy of old Article 4 go?',
      'Under old Article 3(4) the Commission checked the 2020 targets: which article holds the check on the 2030 targets?',
    ]) {
      expect([question, outOfScope(question)]).toEqual([question, undefined]);
    }
  });

  it("refuses gas supply security, the NECP procedure, EU-wide tendering thresholds, EPC calculation and drilling permits, and keeps this directive's duties on them", () => {
    for (const question of [
      'Which permits do we need to drill a geothermal well for our town heat network?',
      'What is the infrastructure standard for coping with the loss of the single largest gas import route?',
      'By when must the final updated NECP be submitted?',
      'Above what value must a municipality advertise a works contract across the EU?',
      'How do we calculate the energy performance certificate of our town hall?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expectAnswered([
      'Must our public procurement require high energy efficiency performance above the EU thresholds?',
      'Must the inventory of public buildings include each building’s energy performance certificate?',
      'What must Member States report on energy efficiency in their national energy and climate plans?',
      'Must new geothermal district heating plants undergo a cost-benefit analysis?',
    ]);
  });

  it("refuses the renewables directive's permitting instruments and digital services' energy footprints, and keeps this directive's duties", () => {
    expect(outOfScope('How long may the authority take to grant a permit inside an acceleration area for solar?')).toBe('other_act');
    expect(outOfScope('Is there a permit-granting deadline for heat pumps?')).toBe('other_act');
    expect(outOfScope("How much electricity does one ChatGPT query use?")).toBe('live_data');
    expect(outOfScope('What is the energy footprint of a single Ethereum transaction?')).toBe('live_data');
    expect(outOfScope('Must a data centre that mines cryptocurrency publish its key performance indicators?')).toBeUndefined();
    expect(outOfScope('Do permits for new thermal power plants depend on the cost-benefit analysis?')).toBeUndefined();
  });

  it('answers the time-limits of the acts that amended the repealed directive (Annex XVI), and refuses those acts asked on their own', () => {
    expect(outOfScope('When did member states have to transpose the amending directive 2018/2002?')).toBeUndefined();
    expect(outOfScope('What was the time-limit for transposing what Directive (EU) 2018/844 changed in the energy efficiency directive?')).toBeUndefined();
    expect(outOfScope('What does Directive (EU) 2018/844 require for building automation and control systems?')).toBe('other_act');
    expect(outOfScope('What was the transposition deadline of the electricity market Directive (EU) 2019/944?')).toBe('other_act');
  });

  it('answers what the directive changes in another act, and refuses that act asked about on its own', () => {
    expect(outOfScope('From when does the amendment to the Social Climate Fund regulation apply?')).toBeUndefined();
    expect(outOfScope('How are Social Climate Fund allocations shared between countries?')).toBe('other_act');
  });

  it('answers what an article of this directive says when another act is named beside it, and refuses a place of that other act', () => {
    expect(outOfScope('Renovations the EPBD requires anyway: can their savings still count for Article 8?')).toBeUndefined();
    expect(outOfScope('Does Annex V let us count savings from the ecodesign regulation?')).toBeUndefined();
    expect(outOfScope('What does Article 7 of the EPBD require for building renovation?')).toBe('other_act');
    expect(outOfScope('Which sections does the template in Annex I of the Governance Regulation require?')).toBe('other_act');
    expect(outOfScope("What makes a fund an 'Article 9' fund under the SFDR?")).toBe('other_act');
  });

  it("refuses the renewables share of gross final consumption and a delegated regulation's own content, and keeps this directive's", () => {
    expect(outOfScope("What percentage of our country's gross final energy consumption must come from renewable sources by 2030?")).toBe('other_act');
    expect(outOfScope("Which fields does the Commission's delegated regulation on the data centre rating scheme list?")).toBe('other_act');
    expect(outOfScope('How much must final energy consumption fall by 2030?')).toBeUndefined();
    expect(outOfScope('For how long is the power to adopt delegated acts conferred on the Commission?')).toBeUndefined();
  });

  it('refuses a PUE value to reach and the practices the Code of Conduct lists, and keeps the PUE to report and the code to follow', () => {
    expect(outOfScope('What maximum PUE must a new data centre in the EU achieve to be allowed to operate?')).toBe('other_act');
    expect(outOfScope('Which specific hot-aisle containment practices does the JRC data-centre Code of Conduct list as expected?')).toBe('other_act');
    expect(outOfScope('Is there a KPI list for PUE, WUE and renewable share that DC operators must report each year?')).toBeUndefined();
    expect(outOfScope('Is following the EU Code of Conduct for data centres compulsory, and from what size?')).toBeUndefined();
  });

  it("refuses what the Code of Conduct itself recommends, a product choice, a scheme's payout and a Dutch duty named in lower case (batches R60, R63)", () => {
    expect(outOfScope('Which supply air temperatures are recommended by the EU Code of Conduct on Data Centre Energy Efficiency for our server halls?')).toBe('other_act');
    expect(outOfScope('What humidity band does the Code of Conduct for data centres suggest?')).toBe('other_act');
    expect(outOfScope('Under Article 6 we must renovate our town hall. Is triple glazing or secondary glazing the better-value upgrade for it?')).toBe('advice');
    expect(outOfScope('The EED talks about vulnerable customers. I heat my flat in Lille with electricity: how much would I get from the energy voucher this year?')).toBe('advice');
    expect(outOfScope('Our two offices in Utrecht come under the Dutch energiebesparingsplicht. When is the next informatieplicht deadline?')).toBe('other_jurisdiction');
    // The directive's own questions beside them stay answered.
    expect(outOfScope('Does the EED oblige data centres to follow the Code of Conduct, and from what IT power demand?')).toBeUndefined();
    expect(outOfScope('What must the inventory of public buildings under Article 6 contain?')).toBeUndefined();
  });

  it("answers the savings rate the directive sets for a period, asked of a Member State's share of its obligation", () => {
    expect(outOfScope("For Austria's energy savings obligation, what new savings rate applies each year in 2026-2027?")).toBeUndefined();
    // What the country itself set or chose stays its own record.
    expect(outOfScope('What savings rate did Austria choose for its obligation scheme in 2026?')).toBe('other_jurisdiction');
  });

  it("answers a rule asked of a named Member State's part of one of the directive's duties, and refuses its record (batches R65, R66)", () => {
    expect(outOfScope("Portugal's energy savings obligation has to reach energy-poor households too. What share of the savings must come from them?")).toBeUndefined();
    expect(outOfScope("Under Hungary's sub-metering duty, what must a block of flats use where individual heat meters are not cost-effective?")).toBeUndefined();
    expect(outOfScope("Austria's network of experts on energy poverty: who should sit on it?")).toBeUndefined();
    // What the country did, who runs it, what its documents list, what it publishes: its own record.
    expect(outOfScope("Which suppliers are named as obligated parties under Portugal's energy savings obligation, and what must each save?")).toBe('other_jurisdiction');
    expect(outOfScope("Who runs Hungary's one-stop shops for renovation advice?")).toBe('other_jurisdiction');
    expect(outOfScope("What total floor area does Austria's inventory of public buildings list?")).toBe('other_jurisdiction');
    expect(outOfScope('Does Greece publish which of its heat networks are efficient under Article 26?')).toBe('other_jurisdiction');
    expect(outOfScope('How much energy did Latvia actually save under Article 8 in 2022?')).toBe('other_jurisdiction');
    expect(outOfScope("Is Portugal's inventory of public buildings published on the ministry's website? Please give me the link.")).toBe('live_data');
  });

  it("reads the asker's dated appointment and their self-introduction in a country as the asker's, not as what is asked (batch R67)", () => {
    expect(outOfScope('For a briefing tomorrow: what primary energy consumption ceiling does the directive set for 2030?')).toBeUndefined();
    expect(outOfScope('What is the gas price tomorrow in the Netherlands?')).toBe('live_data');
    expect(outOfScope("I'm a flat owner in Slovenia and my heat supplier raised its tariffs. How often must I get billing information?")).toBeUndefined();
    expect(outOfScope("I'm a flat owner in Slovenia. What district heating tariffs does Slovenia charge this year?")).toBe('other_jurisdiction');
  });

  it('refuses what another act named before says, a named firm\'s price, peers\' fees, contacts, rankings and a country\'s statistics (batches R69, R70)', () => {
    expect(outOfScope('Annex II points to Commission Decision 2008/952/EC. What default values are listed in that Decision?')).toBe('other_act');
    expect(outOfScope('Implementing Regulation (EU) 2022/2299 sets the reporting templates. How is the heat pump share defined in it?')).toBe('other_act');
    expect(outOfScope('How much does Fortum Oslo Varme charge per kWh of district heat?')).toBe('live_data');
    expect(outOfScope('Article 11 creates demand for audits, so what hourly rate should our consultancy charge?')).toBe('advice');
    expect(outOfScope('What share do ESCOs in the Nordics typically keep as their fee on guaranteed-savings deals?')).toBe('live_data');
    expect(outOfScope('Please draft a full, ready-to-sign lease, with a green clause, for our office tenants.')).toBe('advice');
    expect(outOfScope('Who is the district heating regulator in Latvia, and what is their phone number?')).toBeDefined();
    expect(outOfScope('Which country is performing best on the Article 8 savings, and is there a ranking?')).toBe('live_data');
    expect(outOfScope('How many households in Greece are energy poor this year?')).toBe('other_jurisdiction');
    expect(outOfScope('How much money has Bulgaria been allocated from the Social Climate Fund?')).toBe('other_jurisdiction');
    expect(outOfScope('What is the real fine in Spain for a missed energy audit?')).toBe('other_jurisdiction');
    expect(outOfScope('Our tenants were charged more after the retrofit. Is that lawful under Dutch tenancy law?')).toBe('other_jurisdiction');
    expect(outOfScope("What discount rate does Sweden's national guidance prescribe for the cost-benefit analysis?")).toBe('other_jurisdiction');
    // What the directive does to such an act, what it requires of a named country, and the asker's reader named in the scene stay answered.
    expect(outOfScope('The EED amends Regulation (EU) 2023/955. Which provision of that Regulation does it replace?')).toBeUndefined();
    expect(outOfScope('What penalties must Spain lay down for a missed energy audit?')).toBeUndefined();
    expect(outOfScope("I'm writing a memo for a think tank on the 2030 target. What is the binding cap on final energy consumption?")).toBeUndefined();
  });

  it('answers the text asked after what the asker sets aside, or after a dash (batch R72)', () => {
    expect(outOfScope('Ignoring any omnibus simplification chatter - what is the transposition deadline written in the recast itself?')).toBeUndefined();
    expect(outOfScope('Setting aside the omnibus rumours: by when must Member States transpose the directive?')).toBeUndefined();
    expect(outOfScope('Any news on the omnibus that would change Article 11?')).toBe('live_data');
  });

  it("refuses design values for the asker's plant, a PUE to reach with an article cited and the UK's regulator (batch R64)", () => {
    expect(outOfScope('Article 26 mentions waste heat. What flow temperature should we design our new heat network for?')).toBe('advice');
    expect(outOfScope('What seasonal COP should I assume for a sewage heat pump in our feasibility study?')).toBe('advice');
    expect(outOfScope('Under Article 12 of the EED, what PUE must our new data centre reach?')).toBe('other_act');
    expect(outOfScope('Under Article 12, which PUE must our data centre report each year?')).toBeUndefined();
    expect(outOfScope("How does Ofgem's price control treat network losses?")).toBe('other_jurisdiction');
    // What the directive asks a cost-benefit analysis or a design to consider stays its own.
    expect(outOfScope('Which costs and benefits must our cost-benefit analysis under Article 26 include?')).toBeUndefined();
  });

  it('reads Cyprus and Malta as any country for their records, and as the directive names them for their rates', () => {
    expect(outOfScope('Who runs Cyprus\'s one-stop shop for home renovation?')).toBe('other_jurisdiction');
    expect(outOfScope('How much energy did Malta really save in 2022 under its savings obligation?')).toBe('other_jurisdiction');
    expect(outOfScope('Does Malta have a lower savings rate from 2024, and what is it?')).toBeUndefined();
    expect(outOfScope('Malta has its own figure after 2023, I think. What is it?')).toBeUndefined();
  });

  it("answers whether a sector's energy is in the Union's consumption figures, and refuses that sector's own rules", () => {
    expect(outOfScope('Is international aviation counted in final energy consumption?')).toBeUndefined();
    expect(outOfScope('Intl aviation in FEC?')).toBeUndefined();
    expect(outOfScope('How much sustainable aviation fuel must airlines use from 2030?')).toBe('other_act');
  });

  it("answers how savings are counted under a carbon price, and a public buyer's label class; refuses either asked on its own", () => {
    expect(outOfScope('We are obligated under the national obligation scheme and under ETS2. How does the carbon price affect how our savings are counted?')).toBeUndefined();
    expect(outOfScope('When does ETS2 start applying to heating fuels?')).toBe('other_act');
    expect(outOfScope("We're a heating-oil supplier also covered by ETS2. How does that affect how our EEOS savings are reported?")).toBeUndefined();
    expect(outOfScope('How are emissions reported under ETS2?')).toBe('other_act');
    // Another act named only in the scene the asker sets, what is asked being this directive's rule; named in what is asked,
    // or asked by its own instruments, it stays the other act's.
    expect(outOfScope('Our regulator publishes a yearly report under the electricity market directive 2019/944. Does it now have to cover how efficiently the grids are run?')).toBeUndefined();
    // Verifying savings is this directive's subject (Article 9(10), Annex V), whatever act the scene names.
    expect(outOfScope('A fuel supplier in our scheme is also covered by ETS2 for heating and road fuels. What must the verification system take into account?')).toBeUndefined();
    expect(outOfScope('A fuel supplier in our scheme is also covered by ETS2 for heating and road fuels. What must its allowance surrender take into account?')).toBe('other_act');
    expect(outOfScope('Our heat comes 60% from a gas CHP (which is also under the ETS). From 2028 will we still qualify as efficient district heating?')).toBeUndefined();
    expect(outOfScope('Our regulator reports every year. Does the electricity market directive 2019/944 make it cover how efficiently the grids are run?')).toBe('other_act');
    expect(outOfScope('Our heat plant is under the ETS. How many free allowances will it get for its heat?')).toBe('other_act');
    expect(outOfScope('Our office building falls under the EPBD. By when must it be zero-emission?')).toBe('other_act');
    // How far savings are counted or claimed is this directive's method, whatever act the measure comes from.
    expect(outOfScope('For our energy tax, can savings be claimed on the whole tax or only on the part above the Energy Taxation Directive minimum rates?')).toBeUndefined();
    expect(outOfScope('What are the Energy Taxation Directive minimum rates for heating oil?')).toBe('other_act');
    // A plant's efficiency in what is reported under the industrial emissions directive is Article 27(11)'s.
    expect(outOfScope("We run a 60 MW boiler plant under the Industrial Emissions Directive. Is the state expected to include our plant's efficiency in its IED reporting?")).toBeUndefined();
    expect(outOfScope('What emission limit values does the IED set for a 60 MW boiler plant?')).toBe('other_act');
    // In a supplier's own words: "the savings we report", "our supplier obligation".
    expect(outOfScope('We sell heating oil and will be covered by ETS2 too. How does the carbon cost we pass on affect the savings we report?')).toBeUndefined();
    expect(outOfScope('We fall under ETS2 and our national supplier obligation. Does the carbon price change anything for us?')).toBeUndefined();
    expect(outOfScope('How much will ETS2 add to the price of the heating oil we sell?')).toBe('other_act');
    expect(outOfScope('The finance ministry wants to lower the excise duty on heating oil but keep reporting that tax as a savings measure. What must we show?')).toBeUndefined();
    expect(outOfScope('What is the EU minimum excise duty on gas oil used for heating?')).toBe('other_act');
    expect(outOfScope("We're setting up an energy services company as a German GmbH. What is the minimum share capital, and do we need a notary?")).toBe('advice');
    expect(outOfScope('Must an energy services company be certified before it offers energy performance contracts?')).toBeUndefined();
    expect(outOfScope('I own a small ESCO. Should I personally guarantee the bank loan for an EPC deal or set up a separate company?')).toBe('advice');
    expect(outOfScope('Must the ESCO that signs an energy performance contract guarantee the savings?')).toBeUndefined();
    expect(outOfScope('We are obligated under the national obligation scheme and under ETS2. How is the carbon cost handled in our savings figures?')).toBeUndefined();
    expect(outOfScope('Tyres in public fleets: which label class?')).toBeUndefined();
    expect(outOfScope("Our town hall's fleet manager buys tyres for the vans. Are we restricted to a label class?")).toBeUndefined();
    // The tyre label named as such: a public buyer's tender asks Annex IV; the label's own grading asks the labelling act.
    expect(outOfScope('Our city is buying tyres for the bus fleet in a tender. Which tyre label class must we buy?')).toBeUndefined();
    expect(outOfScope('How is the wet grip class graded on the EU tyre label?')).toBeDefined();
    expect(outOfScope('What does the tyre labelling regulation require dealers to show?')).toBeDefined();
    expect(outOfScope('Which energy label class may a new tumble dryer be sold with?')).toBe('other_act');
  });

  it("answers whether another act's measures may be claimed towards the savings obligation, and refuses that act asked on its own", () => {
    expect(outOfScope('Savings from MEPS under the EPBD are mandatory EU law - can we still claim them towards the energy savings obligation?')).toBeUndefined();
    expect(outOfScope('Do minimum energy performance standards under the EPBD apply to offices?')).toBe('other_act');
  });

  it("answers the energy efficiency information an industrial-emissions report must carry, and refuses that act's own limits", () => {
    expect(outOfScope('IED reporting: combustion plants above which size should include efficiency info?')).toBeUndefined();
    expect(outOfScope('What emission limit values does the IED set for large combustion plants?')).toBe('other_act');
  });

  it("refuses a standard's own contents and versions, and a vendor recommended or compared, as not this directive's", () => {
    expect(outOfScope('What structure does EN 16247-1 prescribe for an energy audit report?')).toBe('other_act');
    expect(outOfScope('What changed in ISO 50001:2018 compared to the 2011 version?')).toBe('other_act');
    expect(outOfScope('Is an energy audit under EN 16247-1 accepted for the audit obligation?')).toBeUndefined();
    expect(outOfScope('Which sub-metering provider is cheaper for a 30-unit building, Techem or ista?')).toBe('advice');
    expect(outOfScope('Which ESCO in Vienna would you recommend for our hospital?')).toBe('advice');
    expect(outOfScope('Which energy service providers must Member States list, and is a model contract recommended?')).toBeUndefined();
  });

  it("keeps a question on lending or grants when the asker only says where they are, and refuses another country's subsidies", () => {
    expect(outOfScope("We're based in Austria. Our bank wants to offer loans for home renovation. What lending products must the state promote?")).toBeUndefined();
    expect(outOfScope('Our CHP plant received an investment grant. Must its guarantee of origin mention it, here in the Netherlands?')).toBeUndefined();
    expect(outOfScope('How large are the Danish subsidies for district heating connections?')).toBe('other_jurisdiction');
    expect(withoutAskerPlace('How often is the audit due, here in the Netherlands?')).toBe('How often is the audit due?');
    expect(withoutAskerPlace('Must our Polish factory have an audit?')).toBe('Must our Polish factory have an audit?');
  });

  it('refuses a choice between two deals as advice', () => {
    expect(outOfScope('Should our hospital sign a fixed-price gas contract for 2026 or stay on a spot-indexed tariff?')).toBe('advice');
    expect(outOfScope('Should our municipality consider an energy performance contract when tendering?')).toBeUndefined();
  });

  it('refuses whether to take the one deal on offer, and who wins a dispute, as advice', () => {
    expect(outOfScope('An ESCO offered our school a 12-year guaranteed-savings deal. Should we accept the offer?')).toBe('advice');
    expect(outOfScope('Should our DSO accept a new CHP producer\'s connection request when the grid is congested?')).toBeUndefined();
    expect(outOfScope('Should we sign the 10-year heat supply deal the utility sent us?')).toBe('advice');
    expect(outOfScope('Our contractor disputes the savings. Should we settle?')).toBe('advice');
    expect(outOfScope('If the supplier takes us to arbitration over the audit costs, would we win?')).toBe('advice');
    expect(outOfScope('Must an energy performance contract with a public body state the guaranteed savings?')).toBeUndefined();
    expect(outOfScope('An ESCO offered a 12-year contract with 25 % guaranteed savings. Should we sign it?')).toBe('advice');
    expect(outOfScope('Is now a good time to invest in shares of a heat network company?')).toBe('advice');
    expect(outOfScope('May our savings obligation exclude the energy use of ETS industry?')).toBeUndefined();
    expect(outOfScope('What is the ETS allowance price cap for 2027?')).toBe('other_act');
    expect(outOfScope('We got two energy performance contract offers from different ESCOs. Which one should we sign?')).toBe('advice');
    expect(outOfScope('Under the rescaled energy label for fridges, what efficiency index gets a model into class A?')).toBe('other_act');
    expect(outOfScope('Must the council buy only fridges in the highest energy efficiency class available?')).toBeUndefined();
    expect(outOfScope('IED reporting: which combustion plants should include energy efficiency info?')).toBeUndefined();
    expect(outOfScope('When we report under the Industrial Emissions Directive, should information on the efficiency of our site be in it?')).toBeUndefined();
    expect(outOfScope('What emission limit values does the IED set for large combustion plants?')).toBe('other_act');
  });

  it("answers spending another act's fund on efficiency measures (Article 24(3)), and refuses the fund's own allocations", () => {
    expect(outOfScope('Can we use Social Climate Fund money to pay for efficiency upgrades for low-income households?')).toBeUndefined();
    expect(outOfScope('May the region spend Social Climate Fund support on insulating the homes of energy-poor tenants?')).toBeUndefined();
    expect(outOfScope('How much money does each Member State get from the Social Climate Fund?')).toBe('other_act');
    expect(outOfScope('Can we fund efficiency upgrades for low-income households from the Social Climate Fund?')).toBeUndefined();
    expect(outOfScope('How much is our country allocated from the EU fund that supports vulnerable households hit by carbon pricing on heating fuels?')).toBe('other_act');
  });

  it("refuses other acts' duties asked about without the act's name, and keeps this directive's duties on the same things", () => {
    for (const question of [
      'What U-value must the new external walls of our school reach?',
      'Must new public buildings have solar panels on the roof from 2026?',
      'Are we required to install EV charging points in our office car park?',
      'Must new office buildings be zero-emission from 2028?',
      'Do our rented flats need a minimum energy class before we can let them out again?',
      'Must our office lights be switched to LED by 2027?',
      'Do new heat pumps have to use natural refrigerants from 2027?',
      'What minimum seasonal efficiency must a new gas boiler have?',
      'Must heat pumps sold in the EU carry an energy label?',
      'What share of renewable energy must our country reach by 2030?',
      'Do small wind turbines need a permit, and how long may the procedure take?',
      'Must our company report its Scope 3 emissions?',
      'Must our gas network operator detect and repair methane leaks?',
      'By when must new petrol cars stop being sold?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expectAnswered([
      'Must public bodies buy products in the highest energy efficiency class?',
      'What share of renewable energy must an efficient district heating system use?',
      'Must renovated public buildings reach zero-emission building level?',
      'When must a new thermal power plant do a cost-benefit analysis before its permit?',
      'Must a data centre report the share of renewable energy it uses?',
      'Are lighting and heating systems part of an energy audit?',
    ]);
  });

  it('refuses general IT set-up, personal money decisions and operating set points', () => {
    expect(outOfScope('How do I set up two-factor authentication for our building management system?')).toBe('unrelated');
    expect(outOfScope('Which VPN should our heat network control room use?')).toBe('unrelated');
    expect(outOfScope('Should I refinance my mortgage to pay for a heat pump?')).toBe('advice');
    expect(outOfScope('Can I use my pension to insulate the loft?')).toBe('advice');
    expect(outOfScope('What temperature should a public swimming pool be heated to?')).toBe('advice');
    expect(outOfScope('Which flow temperature should we run our heat network at?')).toBe('advice');
    // The directive's own duties on money and temperatures stay in scope.
    expect(outOfScope('Must Member States promote green mortgages?')).toBeUndefined();
    expect(outOfScope('Does a low-temperature district heating network count as efficient?')).toBeUndefined();
  });

  it('refuses prices of kit and works and past statistics, which the directive does not hold', () => {
    expect(outOfScope('How much does a heat pump installation cost in Poland this year?')).toBe('live_data');
    expect(outOfScope('What is the typical cost of an energy audit for a hotel?')).toBe('live_data');
    expect(outOfScope("What was our country's final energy consumption last year according to Eurostat?")).toBe('live_data');
    expect(outOfScope('What final energy consumption may the Union reach in 2030?')).toBeUndefined();
    expect(outOfScope('What final energy consumption figure did Spain report for 2024?')).toBe('live_data');
    expect(outOfScope('Which label class thresholds apply to dishwashers we buy for a school under the labelling regulation for dishwashers?')).toBe('other_act');
    expect(outOfScope('We raise our heat tariff next winter. How far in advance must customers be told?')).toBeUndefined();
    expect(outOfScope('How cold will it be this winter in Vienna?')).toBe('live_data');
    expect(outOfScope('In our Power Apps canvas app, how do I sort the gallery of articles numerically?')).toBe('unrelated');
    expect(outOfScope('Which savings did the obligated parties achieve so far?')).toBe('live_data');
    expect(outOfScope('Which data has to be reported for 2024 on the public sector target?')).toBeUndefined();
    expect(outOfScope('Can the cost of sub-metering be passed on to tenants?')).toBeUndefined();
  });

  it("refuses label classes however ordered, the buildings directive's rules in everyday words, market contracts and certifiers' fees, and keeps this directive's duties", () => {
    for (const question of [
      'What energy consumption does a washing machine need to reach class B on the EU energy label?',
      'How did the rescaling of the energy label change the classes of fridges?',
      'What minimum energy performance class must rented offices reach under the EU building performance rules?',
      'Must retailers offer households a dynamic price contract?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    for (const question of ['How much does an auditing firm usually charge for a site visit?', 'What are the steps to get our plant ISO 50001 certified?']) {
      expect([question, outOfScope(question)]).toEqual([question, 'live_data']);
    }
    expect(outOfScope('Which forms of dynamic pricing may network tariffs support?')).toBeUndefined();
    expect(outOfScope('Must our energy management system be certified by an independent body?')).toBeUndefined();
    expect(outOfScope('Can a supplier charge households for access to their consumption data?')).toBeUndefined();
    expect(outOfScope('Which energy performance class must buildings that public bodies buy meet?')).toBeUndefined();
  });

  it("refuses other acts' duties described in plain words, and keeps this directive's duties on the same things", () => {
    for (const question of [
      'What must a renovation passport for my own house contain?',
      'From what year must every new building be zero-emission?',
      'What share of the worst-performing offices must be renovated by 2033?',
      'minimum performance standards for non-residential buildings - what share of the worst ones must be renovated by 2030?',
      'How often must air-conditioning systems be inspected?',
      'How fast must a supplier switch be completed for a household?',
      'Must hydrogen networks be unbundled from production?',
      'By how many percentage points a year must the renewable share in heating and cooling rise?',
      'What counts as an environmentally sustainable activity for a building loan?',
      'What aid intensity may a region grant for an efficiency project?',
      'How many days must an open procedure leave for tenders?',
      'Can a country apply a reduced VAT rate to insulation works?',
      'How long may we store 15-minute readings under EU data-protection law?',
      'EN 16247-1: what are the phases of an energy audit?',
      'When does carbon pricing on heating fuels start?',
      // Other acts named by their field.
      'What renewables share must the heating sector reach under the EU renewables rules?',
      'What minimum excise rate applies to gas for heating under EU energy taxation rules?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('Can you draft my claim against the landlord and say whether we would win?')).toBe('advice');
    expect(outOfScope('Give me your forecast of final energy consumption in 2040.')).toBe('live_data');
    expectAnswered([
      'Must public bodies introduce renovation passports for their buildings?',
      'Can new buildings that replace demolished ones count towards the renovation rate?',
      'Must one-stop shops advise owners of the worst-performing buildings?',
      'Do savings from minimum energy performance standards count towards the savings obligation?',
      'May interoperable devices ease switching between sub-metering service providers?',
      'Our utility is in the supplier savings scheme and passes on the carbon price for heating fuels. How is that treated when our savings are verified?',
      'What forecasts must the comprehensive heating and cooling assessment contain?',
      'My gas company in Belgium charges for paper bills. Is that allowed under the EU rules?',
      'Can our county still buy tyres under the procurement rules of the old directive?',
      'Can a non-high-efficiency CHP unit get support under the State aid rules?',
      'We buy a labelled heating package. Under the energy labelling framework, can the package class count?',
    ]);
  });

  it("refuses H batch's plain-word near misses, and keeps this directive's duties on the same things", () => {
    for (const question of [
      'Our building has an F energy certificate. By when must it reach class E before we can let flats?',
      'From which year must every newly built building be zero-emission?',
      'Do households have a right to a smart electricity meter?',
      'How many free allowances does a cement plant receive?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    for (const question of [
      'How much money will our country receive from the new EU fund that supports households hit by carbon pricing?',
      'What PUE did Equinix report for its Frankfurt data centre?',
      'quick q - What PUE did Equinix report for its Frankfurt data centre?',
      "What share of renewable heat did Vattenfall's network reach last year?",
    ]) expect([question, outOfScope(question)]).not.toEqual([question, undefined]);
    expectAnswered([
      'We are an obligated party and also surrender allowances under the new carbon trading. Must the checking of our claimed savings take account of the carbon cost?',
      'What PUE must data centre operators report?',
      'Which data did Member States have to report?',
    ]);
  });

  it("answers what the directive requires of a body in a named country, and refuses that country's own schemes, grants and records", () => {
    expectAnswered([
      'As a German energy supplier, are we an obligated party under the energy efficiency obligation scheme?',
      'Our Polish factory uses 90 TJ a year. Do we need a certified energy management system?',
      'Spain: which public bodies are covered by the 1.9% reduction obligation?',
      'Can the Czech regulator exempt small CHP from grid connection charges?',
      "We're based in Austria. Which companies must implement a certified energy management system?",
      "We're based in Austria. Our ministry runs a grant programme for insulation instead of putting a duty on suppliers. Who checks the savings?",
      'Here in Ireland, can a carbon tax count as an alternative policy measure?',
      'Which companies must implement a certified energy management system, here in the Netherlands?',
      // A Member State named only in the sentences that set the scene is where the asker is, unless a grant or tax is asked.
      'I run billing for a district heating company in Aarhus, Denmark. The board approved a price increase. How far ahead do we have to tell the households?',
      'I manage the savings portfolio at a French fuel supplier that carries a savings obligation. Can some of those savings be booked as if achieved in another year?',
      'I coordinate the state renovation programme in Finland. We renovate 4,5 % this year. Can the part above 3 % be carried forward?',
      "I'm a legal drafter at the Irish Department of the Environment. What is the general deadline for bringing our national law into line?",
      // The Union's rule asked about in a country: "under which EU rules", a claim about what must be done checked.
      'Does the college that runs the Portuguese certification course for installers need to be accredited, and under which EU rules?',
      'Is it true that state grants helping poorer families in Romania renovate must be linked to a minimum improvement?',
    ]);
    for (const question of [
      "What is the deadline for France's CEE white certificates in the current period?",
      'How do I become a certified energy auditor in Ireland?',
      'Which BAFA grant can our German factory get for a heat pump?',
      'As a German supplier, how much is the KfW grant?',
      'How many white certificates were issued in Italy last year, and what was their average price?',
      'We are a German SME. How much BAFA grant can we get for an energy audit?',
      'I am a homeowner in France. Are we entitled to the national renovation grant for loft insulation?',
      "What is the obligation level in France's CEE scheme?",
      // What a named Member State chose or reported is its own record, even asked in the directive's words.
      'Which alternative measures has Poland notified?',
      'Is it true that the Romanian renovation grant pays 60 % of the cost?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_jurisdiction']);
  });

  it('refuses other places, acts and national schemes however typed, in lower case too', () => {
    for (const question of [
      'can we claim the us 179d tax deduction for our office retrofit',
      'what does ferc order 2222 require from grid operators',
      'in the uk, what are the esos phase 4 deadlines',
      'how much does the german beg programme pay towards a heat pump',
      'what rfnbo share does red iii require by 2030',
      'what do we file in the cbam quarterly report',
    ]) expect([question, outOfScope(question)]).not.toEqual([question, undefined]);
    expect(outOfScope('can the regulator tell us which tariffs must support demand response')).toBeUndefined();
    expect(outOfScope('within our remit, must we report network losses')).toBeUndefined();
  });

  it("refuses lamps as products, and keeps a lamp swap counted as this directive's savings measure", () => {
    expect(outOfScope('Must our office lights be switched to LED by 2027?')).toBe('other_act');
    expect(outOfScope('Are halogen bulbs still allowed in shops?')).toBe('other_act');
    expect(outOfScope("We're converting kWh saved by an LED retrofit into primary energy. Which multiplier do we apply?")).toBeUndefined();
    expect(outOfScope('Can an LED street-lighting upgrade count towards the savings obligation?')).toBeUndefined();
    // A public buyer's purchase of lamps is this directive's procurement rule (Article 7, Annex IV), as for label classes.
    expect(outOfScope('We are tendering laptops and LED lighting for barracks offices. Do the rules on buying efficient products apply?')).toBeUndefined();
  });

  it("refuses other product acts, funding programmes' calls, site resilience and fire safety however spelt", () => {
    for (const question of [
      'What carbon footprint declaration does the Batteries Regulation require for our storage batteries?',
      'When is the next Horizon Europe call deadline for a smart city pilot in our municipality?',
      'Can our town apply to the Modernisation Fund for a heat network?',
      'How many hours of backup must our data centre generators cover?',
      'What fire-safety rules apply to rooftop PV panels on our co-op building?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    // What the directive itself says about back-up plants and its own financing stays in scope.
    expect(outOfScope('Must a back-up generating plant running under 1 500 hours do a cost-benefit analysis?')).toBeUndefined();
    expect(outOfScope('Must Member States set up a national energy efficiency fund?')).toBeUndefined();
  });

  it('refuses standards\' clauses, GHG accounting, later Commission plans, other labels, fuels and market mechanisms', () => {
    for (const question of [
      'What does ISO 50001 clause 6.6 require on energy data collection plans?',
      'What is the GHG Protocol guidance on market-based scope 2 accounting for our data centre?',
      'Under the new EU grid action plan, how fast must connection queues be cleared?',
      'Which EU ecolabel criteria apply to cleaning products in our hospital?',
      'Does our hydrogen electrolyser count as a renewable fuel of non-biological origin?',
      'How are capacity market auctions run for our backup gas plant?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('Must energy management systems be certified to European or international standards?')).toBeUndefined();
    expect(outOfScope('Which action plan must an enterprise draw up after its energy audit?')).toBeUndefined();
  });

  it('refuses insurance and letter-writing as advice, forecasts as live data and sub-national or non-EU places as other jurisdictions', () => {
    expect(outOfScope('What insurance should a housing co-op take out for its boiler room?')).toBe('advice');
    expect(outOfScope('How should I word my complaint letter to my landlord about cold radiators?')).toBe('advice');
    expect(outOfScope("What is the Commission's latest forecast for EU gas demand this winter?")).toBe('live_data');
    expect(outOfScope('What are the water efficiency rules for data centre cooling in Arizona?')).toBe('other_jurisdiction');
    expect(outOfScope('Does Scotland require heat network zoning?')).toBe('other_jurisdiction');
    expect(outOfScope('Must complaints about heat bills have an out-of-court route?')).toBeUndefined();
    expect(outOfScope('Can heating be exempted from monthly information outside the heating season?')).toBeUndefined();
  });

  it('refuses noise rules, climate agreements, funded projects, usage statistics, providers\' offers and national certification', () => {
    expect(outOfScope('What are the rules on noise from heat pumps in residential areas?')).toBe('other_act');
    expect(outOfScope('What does the Paris Agreement require of the EU by 2035?')).toBe('other_act');
    expect(outOfScope('Which Horizon Europe projects have tested district heating digital twins?')).toBe('other_act');
    expect(outOfScope('How much electricity did EU data centres use in 2022?')).toBe('live_data');
    expect(outOfScope('What rebates does our utility offer for building retrofits?')).toBe('live_data');
    expect(outOfScope('How do I become a certified energy auditor in Ireland?')).toBe('other_jurisdiction');
    // The directive's own tariffs, tyres' noise class and savings periods stay in scope.
    expect(outOfScope('May network tariffs offer peak time rebates?')).toBeUndefined();
    expect(outOfScope('May public bodies buy tyres with a better external rolling noise class?')).toBeUndefined();
    expect(outOfScope('What new savings did Member States have to achieve each year from 2014 to 2020?')).toBeUndefined();
  });

  it('refuses future price and tariff levels and building-code details, and keeps the directive\'s tariff duties', () => {
    expect(outOfScope('What will electricity network charges be in 2027 for our business?')).toBe('live_data');
    expect(outOfScope('When will the gas transmission tariff for 2027 be published by our TSO?')).toBe('live_data');
    expect(outOfScope('How is the EU carbon price expected to move next year?')).toBe('live_data');
    expect(outOfScope('What insulation thickness does the building code require for our new school roof?')).toBe('other_act');
    expect(outOfScope('Must network tariffs allow for demand response?')).toBeUndefined();
    expect(outOfScope('Will network tariffs have to reflect cost savings from demand response?')).toBeUndefined();
  });

  it('refuses national charges and counts, policy news and trivia, and keeps the directive\'s own proposals and charges', () => {
    expect(outOfScope('What network charges apply to EV fast chargers in Portugal?')).toBe('other_jurisdiction');
    expect(outOfScope('How many data centres are there in Ireland?')).toBe('other_jurisdiction');
    expect(outOfScope('Is the proposed EU ban on gas boilers going ahead?')).toBe('live_data');
    expect(outOfScope('Who will be the next EU energy commissioner?')).toBe('live_data');
    expect(outOfScope('What is the capacity of the largest heat pump in Europe?')).toBe('live_data');
    expect(outOfScope('Must the Commission submit legislative proposals on data centres?')).toBeUndefined();
    expect(outOfScope('May regulators reduce connection charges for CHP close to heat demand?')).toBeUndefined();
  });

  it("refuses L batch's plain-word near misses, and keeps this directive's duties on the same things", () => {
    for (const question of [
      'Within how many days must a new retailer complete the switch of my gas supplier, and is an early-exit fee allowed?',
      'By 2030 what share of the energy used in road transport must come from renewables?',
      'Who issues guarantees of origin for green hydrogen from our electrolyser?',
      'May the grid company of a vertically integrated utility share the retailer\'s logo?',
      'Which fault-ride-through capability must our new wind park show?',
      'What is the fleet target in g/km for vans from 2030?',
      'Which dust and NOx limits apply to our 80 MW biomass boiler?',
      'Which datapoints on energy use must we disclose in our annual sustainability report?',
      'How much primary energy may a new zero-emission building use?',
      'Which technical screening criteria must a renovation meet for our green loan?',
      'Does my electricity bill have to compare my usage with the same month last year?',
      'What will the EU 2040 energy efficiency target be?',
      'Who has to fit solar panels on their roofs from 2027?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('Ohio manufacturer: which federal tax credit covers our heat recovery project?')).toBe('other_jurisdiction');
    expect(outOfScope('Has the ministry updated its list of eligible energy saving measures in 2025?')).toBe('live_data');
    expectAnswered([
      'We run a rooftop solar programme for homes. Is self-consumed electricity left out of the savings calculation?',
      'What must a guarantee of origin for electricity from our high-efficiency CHP contain?',
      'What CO2 emission limit must a new cogeneration unit meet to count as high-efficiency?',
      'Can the state push for interoperable sub-meters so that tenants can switch the metering provider?',
      'Must the heat bill compare the consumption with the same period of the previous year?',
    ]);
  });

  it("refuses sectors and subjects other acts regulate, named in their own words, and keeps savings and audits in those sectors", () => {
    for (const question of [
      'How much sustainable aviation fuel must airlines use from 2030?',
      'What greenhouse-gas intensity cut applies to fuel used on ships?',
      'What share of household waste may still go to landfill?',
      'How long may a customer withdraw from a heat pump contract signed at the doorstep?',
      'May district heating companies in one city agree common price levels?',
      'Which legal basis covers processing personal data from smart heat meters?',
      'When must oil and gas operators survey methane leaks?',
      'May hydrogen be blended into the gas network?',
      'What rules apply to refrigerants in large heat pumps?',
      'Which label must a dealer show for car tyres?',
      'How long is an energy performance certificate valid when we sell?',
      'What goes into a renovation passport for a single-family house?',
      'Which efficiency class must a new fridge-freezer reach?',
      'How are free allocations for clinker calculated at our cement works?',
      'Which bidding zone does our wind park sell into on the wholesale market?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expectAnswered([
      'Can savings from more efficient ships count towards the energy savings obligation?',
      'Must an airport operator with 120 TJ a year carry out an energy audit?',
      'Our cement works uses 900 TJ a year. Must it have an energy management system?',
      'Our new wastewater treatment works draws 7.5 MW. Must we assess using its waste heat?',
      'Must public bodies buy tyres in the highest fuel efficiency class?',
      'I work in procurement at a shipping port authority. Must our tender for quay lighting buy only high-efficiency products?',
    ]);
  });

  it("refuses free allowances however described, power exchanges' clearing prices and a plant's own emission cuts, and keeps the energy it saves", () => {
    for (const question of [
      'How many free CO2 allowances will our cement plant get in 2027?',
      "What is the harmonised maximum clearing price on the day-ahead market?",
      'How much must our steel plant cut its CO2 emissions each year?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('Can the energy savings from our plan to cut its CO2 emissions count towards the obligation?')).toBeUndefined();
  });

  it("refuses batch N's near misses, and keeps this directive's duties on the same things", () => {
    for (const question of [
      'Must the energy rating certificate appear in the sales advert?',
      'By when must the worst-performing non-residential buildings meet minimum energy performance standards?',
      'Which sustainability criteria must wood pellets meet for our boiler heat to count as renewable?',
      "What does a mortgage need to meet for our bank's green-asset ratio?",
      'How many days must an open procedure give bidders to submit offers?',
      'What recycling rate applies to municipal waste in 2030?',
      'Which fleet-wide CO2 target applies to car manufacturers?',
      'What share of clean buses must our city procure?',
      'What is the maximum office temperature employers must keep for staff?',
      'Which heritage permissions does our listed church need for secondary glazing?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expectAnswered([
      'Are buildings protected for their historical merit exempt from the public renovation requirement?',
      'Must public buyers purchase only tyres in the highest fuel efficiency class?',
      'Can a Member State count savings from renovating the worst-performing public buildings?',
    ]);
  });

  it("refuses batch P's near misses (tenancy, consumer, privacy, network security, emergencies, market rules), and keeps this directive's duties", () => {
    for (const question of [
      'Is there an EU deadline to upgrade rented flats out of the bottom energy class?',
      'How many charging points must our office car park get?',
      'From what output must large offices install building automation and control systems?',
      'Do renewable heat producers have a right to connect to our district heating network?',
      'May a distribution system operator own battery storage facilities?',
      'Which separation rules apply to a group owning gas transmission and retail companies?',
      'Can we use smart meter load profiles for marketing without their consent?',
      'Can I put the rent up after replacing the radiators?',
      'Can the customer cancel a heating contract signed at the door within 14 days?',
      'Must a DSO report cyber incidents within 24 hours?',
      'Must critical infrastructure operators adopt a resilience plan?',
      'Is the 15 % gas demand reduction still in force?',
      'Who decides on load shedding in an electricity crisis?',
      'How is decommissioning of our nuclear plant financed?',
      'I am selling my flat. How many years is the energy performance document valid?',
      'From what year must newly built houses be zero-emission?',
    ]) expect([question, outOfScope(question)]).not.toEqual([question, undefined]);
    expectAnswered([
      'Must billing information promote cybersecurity and data protection of final users?',
      'What must smart gas meters ensure about the privacy of final customers?',
      'May we exempt social housing where renovation would lead to rent increases?',
      'Our agency wants to rent new office premises. What energy standard applies?',
    ]);
  });

  it("refuses batch Q's near misses (hyphenated percentage points, the internal market, data breaches, rent surcharges, mergers), and keeps penalties for breaches", () => {
    for (const question of [
      'By how many percentage-points a year must renewable heat in our network grow?',
      'Which efficiency class must a motor meet before it is placed on the EU market?',
      'Within how many hours must a data breach at our smart meter platform be notified?',
      'How much of the insulation cost can a landlord add to the yearly rent?',
      'Two heat suppliers want to merge. Must they notify the Commission?',
    ]) expect([question, outOfScope(question)]).toEqual([question, 'other_act']);
    expect(outOfScope('What penalties must Member States set for breaches of the national rules?')).toBeUndefined();
    expect(outOfScope('Must billing information ensure the data protection of final users?')).toBeUndefined();
  });

  it("keeps this directive's own duties asked by a plant in another act's market, and the law the asker calls 'this law'", () => {
    expectAnswered([
      'Our foundry is covered by the EU carbon market and uses 40 TJ a year: when is its first energy audit due?',
      'A gas plant bidding into the capacity market will run 900 hours a year: must it assess high-efficiency cogeneration?',
      'When will the Commission evaluate how this law is working, and will it look at hydrogen?',
      'What is the recast EU energy efficiency law trying to achieve for shipping?',
    ]);
    expect(outOfScope('How are capacity market auctions run for our backup gas plant?')).toBe('other_act');
    expect(outOfScope('What is the carbon market price ceiling per tonne this decade?')).toBe('other_act');
    expect(outOfScope('When will hydrogen blending limits for gas networks be set?')).toBe('other_act');
  });

  it("refuses batch N5's near misses that name an article of this directive in the scene and ask another act, a country, a market or a manual, and keeps the directive's own questions so framed", () => {
    const refused: [string, string][] = [
      ['Article 7 of the EED points buyers to the label. Under the Energy Labelling Regulation (EU) 2017/1369 itself, when is a label rescaled?', 'other_act'],
      ['Article 33 of the EED foresees a rating scheme. In Delegated Regulation (EU) 2024/1364, how is water usage effectiveness defined?', 'other_act'],
      ['Annex V of the EED mentions the emissions trading system for buildings. When must ETS2 entities first surrender allowances?', 'other_act'],
      ['What does EN 16247-2 say about the walk-through of a building audit under Article 11?', 'other_act'],
      ['Which agency enforces Article 11 of the EED under the Energieeffizienzgesetz?', 'other_jurisdiction'],
      ['Does Switzerland have to apply Article 8 of the EED to its cantons?', 'other_jurisdiction'],
      ['What contribution did Spain set in its NECP update?', 'other_jurisdiction'],
      ['What is today’s TTF gas price for our Article 11 audit figures?', 'live_data'],
      ['Which Member State reported the highest savings under Article 8?', 'live_data'],
      ['Please work out the NPV of our heat pump project under Article 11.', 'advice'],
      ['The ESCO offers a 70/30 shared-savings split under Annex XV: is this actually a good deal?', 'advice'],
      ['How do I pair our Article 16 heat cost allocators with the radio gateway?', 'unrelated'],
      ['Which AES mode should our remotely readable meters use?', 'unrelated'],
      ['Write a PostgreSQL query that sums our Article 12 data centre readings.', 'unrelated'],
      ['What must the long-term building renovation strategy under Article 4 of the EED contain?', 'repealed_act'],
    ];
    expectVerdicts(refused);
    expectAnswered([
      'Under the Electricity Market Directive 2019/944, does the EED make regulators apply energy efficiency first?',
      'What role does EN 50600-4 play in what data centres publish under the EED?',
      'Our US-owned plant in Ireland uses 90 TJ a year: does Article 11 of the EED apply to it?',
      'The Commission says our progress is insufficient. How quickly must we react under Article 4?',
      'What did Member States have to report under Article 30 of the EED by March 2025?',
      'Article 9 of the EED mentions the emissions trading system for buildings. Must obligated parties still count the savings they report?',
    ]);
  });

  it("refuses batch N6's near misses (another act's rule asked beside an article, court referrals, deals and payments, uncited guidelines and standards' parts, verse and code, a country's own scheme), and keeps batch H1's in-scope questions so worded", () => {
    const refused: [string, string][] = [
      ['Article 27 of the EED covers gas grids, but what does the methane Regulation (EU) 2024/1787 require of gas DSOs?', 'other_act'],
      ['Which Member States were referred to the Court of Justice over the EED?', 'live_data'],
      ['Our consultant quoted €40k for the Article 11 audit: is that a fair price?', 'advice'],
      ['Savings under our Annex XV contract fell short. Can we withhold the ESCO’s monthly payment?', 'advice'],
      ['What CV(RMSE) does ASHRAE Guideline 14 allow for the Annex V measured savings baseline?', 'other_act'],
      ['How is EN 16247-1 structured for the audits of Annex VI?', 'other_act'],
      ['How do I calculate PUE under EN 50600-4-2 for our Article 12 report?', 'other_act'],
      ['Write me a limerick about Article 8.', 'unrelated'],
      ['Give me a regex that finds article numbers in the EED.', 'unrelated'],
      ['In France’s CEE scheme under Article 9, what is the fifth period’s obligation?', 'other_jurisdiction'],
      ['What equivalence per GWh does the Spanish ministerial order set for the Article 30 fund?', 'other_jurisdiction'],
      ['Our UK subsidiary falls under ESOS. When is the Phase 4 deadline?', 'other_jurisdiction'],
      // Batch N7: the dropped instruments in other words, and the Commission's news.
      ['Can we state our indicative 2020 energy efficiency target as primary energy instead?', 'repealed_act'],
      ['Where do I find the list of national 2020 efficiency goals?', 'repealed_act'],
      ['Which years must the Part 2 indicators of the report in Annex XIV cover?', 'repealed_act'],
      ['Must the grid operator guarantee dispatch of the power from our CHP plant?', 'repealed_act'],
      ['Has the Commission published its assessment of the NECP updates yet?', 'live_data'],
    ];
    expectVerdicts(refused);
    expectAnswered([
      'We are moving to wireless M-Bus heat meters: what does the EED require about how they are read?',
      'We roll out smart gas meters with NB-IoT. What does the EED require of us for this rollout?',
      "I'm at the Estonian Ministry of Finance. We count part of our fuel excise as an alternative measure under Article 10. How do we report it?",
      'Our Swiss parent company asks: does Article 11 apply to our plant in Austria?',
      'A Norwegian-owned plant in Sweden uses 95 TJ a year: when is its first audit due?',
      'Our audit data sits in a SQL database. Does the EED require us to keep it for later analysis?',
      'Old Article 3(4) had the Commission check the 2020 targets. Where does that check sit in the recast?',
    ]);
    expect(outOfScope('How do I write a SQL query that sums our meter data?')).toBe('unrelated');
  });

  it("keeps a Member State as the subject of the directive's duty (batch X3), and refuses batch N8's action plans, non-EU cities and court referrals", () => {
    expectAnswered([
      'Small business association in Zagreb: by what date did Croatia have to transpose the audit provisions of the new EED?',
      "We run the buses in Kraków. Poland has to cut public bodies' energy use every year - can our bus fleet be left out of that obligation?",
      'What annual new-savings rate does Cyprus have to reach under the energy savings obligation?',
    ]);
    const refused: [string, string][] = [
      ['Has the Commission sent back its evaluation of our energy efficiency action plan?', 'repealed_act'],
      ['Do I have to disclose an energy rating when leasing out an office floor in Toronto?', 'other_jurisdiction'],
      ['Which member states did the Commission take to court over late transposition?', 'live_data'],
      ['Which option did Croatia choose for its savings obligation?', 'other_jurisdiction'],
      // Batch N9: the old regime's figures, reports and deadlines as current; a country's act or catalogue beside an
      // article; the procurement directives' own thresholds; a project's going budget.
      ['Is the 2020 headline still 1 086 Mtoe of final energy?', 'repealed_act'],
      ['What goes into our annual energy efficiency progress report?', 'repealed_act'],
      ['Our grid assessment is due by 30 June 2015. What must it cover?', 'repealed_act'],
      ['Does the Spanish catalogue of standard measures under Article 9 of the EED include heat pumps?', 'other_jurisdiction'],
      ["Article 25 of the EED requires heat plans. Under Germany's heat planning act, when is our plan due?", 'other_jurisdiction'],
      ['Article 7 of the EED refers to procurement. What is the euro threshold for service contracts of a region?', 'other_act'],
      ['What is a realistic budget for ISO 50001 certification under Article 11?', 'live_data'],
    ];
    expectVerdicts(refused);
  });
});

describe(`${outOfScope.name}, fresh batches N10, N11, X5 and H3`, () => {
  it("refuses news of the Commission's acts, providers' fees and odds, BI tools, sterling sums, boiler bans, feed-in rates and another act asked after a colon", () => {
    const refused: [string, string][] = [
      ['Has the Commission actually adopted the rating scheme under Article 33 of the EED?', 'live_data'],
      ['Article 33 EED foresees a delegated act. Is a draft out for feedback, or has it already been adopted?', 'live_data'],
      ['Any news on the omnibus that would change Article 11 of the EED?', 'live_data'],
      ['Will the regulator fine us if our Article 11 audit under the EED is two months late?', 'advice'],
      ['How long does an energy audit usually take, and what do consultants charge per day?', 'live_data'],
      ['The EED made our utility add a surcharge. How much is the surcharge per kWh this year?', 'live_data'],
      ['Which energy auditors near Lyon are any good for an EED audit?', 'advice'],
      ['Article 6 EED: how do I build a DAX measure for the renovated share in our Power BI report?', 'unrelated'],
      ['Does the grant still pay £5,000 for a biomass boiler?', 'other_jurisdiction'],
      ['Will oil boilers be banned in new homes from 2026?', 'other_act'],
      ['I read the EED is behind the new rules. What feed-in rate will we get for rooftop panels?', 'other_act'],
      ['What paperwork does the municipality need before we insulate the facade?', 'other_act'],
      ['We publish Article 12 EED indicators anyway, so a related question: under the recast EPBD, what share of offices must be renovated by 2030?', 'other_act'],
      ['Our network is efficient under Article 26 EED. What is the yearly increase of renewables in district heating under Article 24 RED?', 'other_act'],
    ];
    expectVerdicts(refused);
  });

  it('answers a Member State going further than the directive, a dropped instrument named as a likeness, and a colon scene that the question points back to', () => {
    expectAnswered([
      "I'm drafting Austria's transposition law. Our national rule on audits is stricter than the EU text. May we keep it?",
      'Is there an EU rating for data centres, something like Energy Star for buildings, in the EED, and when was it due?',
      'For the Article 6 inventory: how often must it be updated, and does it need the EPBD certificates?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batches N12, X6 and H4`, () => {
  it('refuses being sued, monitoring tools, grid physics and reactors, counts as they stand, label letters, treaties, a US site and a national agency beside an article', () => {
    const refused: [string, string][] = [
      ['An auditor copied my audit for Article 11 of the EED. Could we be sued for libel if we say so publicly?', 'advice'],
      ['Article 12 EED: how do I chart our PUE in Grafana from InfluxDB data?', 'unrelated'],
      ['What happens to the grid when frequency drops to 49.5 Hz?', 'unrelated'],
      ['Our heat plan follows Article 25 of the EED. How many signatories does the Covenant of Mayors have right now?', 'live_data'],
      ['Our flats need at least energy label B by 2030 - who pays for the upgrade?', 'other_act'],
      ['We did the Article 26(7) EED analysis. Under the Espoo Convention, must Annex II of that treaty be applied to our plant?', 'other_act'],
      ['We finished our Article 11 EED audits in Europe. For our US warehouses, which efficiency rating do we need?', 'other_jurisdiction'],
      ['Our school renovation counts for Article 6 of the EED. What share of costs does the GSE refund?', 'other_jurisdiction'],
    ];
    expectVerdicts(refused);
  });

  it("answers the advice a one-stop shop must give, and a chemical plant's reactors or a final investment decision as a scene", () => {
    expectAnswered([
      'Does our one-stop shop have to offer technical and financial advice to homeowners?',
      'Our chemical reactors give off 12 MW of waste heat. Do we need a cost-benefit analysis before the final investment decision?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batch N13`, () => {
  it("refuses other acts' figures that this directive's articles point at, a national tax deduction, and electricity meters replaced", () => {
    const refused: [string, string][] = [
      ['Annex IV of the EED makes us buy top-class tyres. What rolling resistance marks class B for van tyres?', 'other_act'],
      ['What is the minimum tax rate on heating gas per GJ for businesses?', 'other_act'],
      ['How much direct income support may a Member State pay out of the climate fund?', 'other_act'],
      ['Must my supplier give consent before I contract an aggregator?', 'other_act'],
      ['Is a fixed-price, fixed-term contract now a right for every household?', 'other_act'],
      ['By when must the energy performance certificate of a new office show its global warming potential?', 'other_act'],
      ['Recital 107 of the EED mentions heat pumps in heat networks. What minimum seasonal performance factor does an electric one need?', 'other_act'],
      ['Portugal: how much of our insulation works can we deduct from income this year?', 'other_jurisdiction'],
      ['Under the EED, must our DSO fit an individual electricity meter whenever an old meter is replaced?', 'other_act'],
    ];
    expectVerdicts(refused);
  });

  it("keeps a tenderer's GWP disclosure and an aggregator's access to markets", () => {
    expectAnswered([
      'May we ask bidders for a new school to disclose its life-cycle global warming potential?',
      'Can tariff rules stop independent aggregators from selling demand response?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batches X13, H6 and N18`, () => {
  it("refuses a numbered act written number first and a company's use of its cash", () => {
    const refused: [string, string][] = [
      ['Our CHP got its guarantee under the 2004/8/EC cogeneration directive. Which reference values from that directive should we keep using?', 'other_act'],
      ['The audit found a EUR 400k upgrade. Should the board fund it or use the cash for a share buyback?', 'advice'],
      ['Our 200 flats need new allocators. Which one is cheapest and most reliable?', 'live_data'],
    ];
    expectVerdicts(refused);
  });

  it('answers who may claim savings, consumption data handed on with its security, the recast asked beside old rules, and a cheapest offer in the scene', () => {
    expectAnswered([
      'If Ecodesign (Directive 2009/125/EC) measures push a product off the market, can our obligation scheme still claim savings from its replacement?',
      'A tenant wants us to pass their heating consumption data to an energy app. Must we, and what about cybersecurity?',
      "We still apply the 2012 billing rules for heat (old Article 10a). From what date do the recast's billing articles apply?",
      'The cheapest offer for our new office lease is an older building. Must it meet an energy standard before we rent it?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batch N19`, () => {
  it("refuses another act's place named beside it, a count so far, opinions and sizing, the old text's wording and a region's law", () => {
    const refused: [string, string][] = [
      ['The recast efficiency directive points to the renewables directive. What yearly increase does RED III Article 23 require?', 'other_act'],
      ['We pair EED measures with the climate fund. How is each allocation set under Regulation 2023/955, and what share does Annex II give Poland?', 'other_act'],
      ['How many data centres have already been entered into the European database on data centres so far?', 'live_data'],
      ['For our town, should the council extend the heat network or subsidise heat pumps? Which do you think gives the better return?', 'advice'],
      ['Our Article 12 disclosure under the EED was called incomplete. How do I build the strongest case to get the penalty dropped?', 'advice'],
      ['As an obligated party under the EED, would it be smarter for us to buy certified savings or pay into the fund?', 'advice'],
      ['We want efficient district heating under the EED. What supply and return temperatures should we run in winter?', 'advice'],
      ['How do I size a gas-engine CHP for a hospital from its load duration curve?', 'advice'],
      ['For the EED heating assessment, how do I turn annual readings into hourly load profiles? Which modelling approach works best?', 'advice'],
      ['Under Article 14(5) of Directive 2012/27/EU, above which input must a new plant do the analysis? We are still working from that rule.', 'repealed_act'],
      ['Our lawyers cite Article 20 of Directive 2012/27/EU. Quote me, word for word, what paragraph 4 of that old article said.', 'repealed_act'],
      ["Before the EED's heating plans apply: under Baden-Württemberg's climate protection law, which towns must draw up a heat plan?", 'other_jurisdiction'],
    ];
    expectVerdicts(refused);
  });

  it("refuses a network's planned outages, a Commission recommendation by number, and which of two processes to use", () => {
    const refused: [string, string][] = [
      ['How many weeks in advance must a DSO announce a planned outage to its customers?', 'other_act'],
      ['Our ministry still works from Commission Recommendation (EU) 2019/1658 on savings. Is that guidance binding this year?', 'other_act'],
      ['Our ministry works from Commission Recommendation (EU) 2019/1658 on the savings obligation. Is that guidance note binding for our savings calculation?', 'other_act'],
      ['Our regulator wants a queue process for connection requests. Should we use first-come-first-served or a milestone system?', 'advice'],
    ];
    expectVerdicts(refused);
  });

  it('refuses forecasts, the making of the law, standards\' parts, a qualification exam, a country\'s own fund and record, and practical rules of thumb', () => {
    const refused: [string, string][] = [
      ['Why was the binding primary energy target dropped in the trilogue and who pushed for that?', 'live_data'],
      ['Which MEP was rapporteur on the EED recast?', 'live_data'],
      ['Do experts think the 1.9% yearly cut for public bodies is realistic?', 'live_data'],
      ['Will district heating prices in the EU fall after 2030 thanks to waste heat?', 'live_data'],
      ['Which clause of ISO 50001:2018 covers the energy review?', 'other_act'],
      ['Does ISO 50002:2014 require a walk-through of every building?', 'other_act'],
      ['What calibration interval does the metrology standard set for our heat meters?', 'other_act'],
      ['What topics are on the written exam for energy auditors, and what pass mark is needed?', 'other_jurisdiction'],
      ["How big is Ireland's national energy efficiency fund this year?", 'other_jurisdiction'],
      ['Which municipalities in Sweden have signed energy performance contracts since 2023?', 'other_jurisdiction'],
      ['What payback period should I expect from a 2 MWe gas engine CHP?', 'advice'],
      // Refused as software asked for its own sake since fresh batch S6.
      ['Which software do accredited auditors usually use to model savings?', 'unrelated'],
      ["What are the most cost-effective measures to bring a data centre's PUE down to 1.3?", 'advice'],
      ['How do I calculate the right interval for reading heat meters to detect leaks?', 'advice'],
    ];
    expectVerdicts(refused);
  });

  it("answers a national act named only in the scene before what the directive itself asks, and a claim checked against the directive", () => {
    expectAnswered([
      "Our German parent keeps talking about 'EnEfG reporting', but my CFO wants to know what the EU directive itself asks. Under the EED, from what IT power level must a data centre report?",
      'A newsletter claims Member States can no longer count subsidies for new gas boilers towards their savings obligation. Is that really in the directive or just lobbying spin?',
      'Should we expect the energy efficiency directive to push banks to offer green loans?',
    ]);
  });

  it('refuses batch N22\'s turn to another act after the EED, the old Energy Services Directive by name, and a certification\'s steps', () => {
    const refused: [string, string][] = [
      ['I know the EED covers efficiency, but under the revised Renewable Energy Directive, how is the 2030 renewables target split?', 'other_act'],
      ['Under the old Energy Services Directive, how do we report progress on the 9% target?', 'other_act'],
      ['We run an energy management system for the EED. For ISO 50001 certification, how many internal audits do we need before the stage 2 audit?', 'other_act'],
    ];
    expectVerdicts(refused);
  });

  it("refuses batch N23's work requests, infringement news, votes, installers' practice, overhaul intervals and another act asked before an EED statement", () => {
    const refused: [string, string][] = [
      ["Build me a 12-month project plan with milestones and a RACI for our municipality's renovation programme.", 'unrelated'],
      ['Has the Commission sent reasoned opinions this year to countries that did not transpose the recast?', 'live_data'],
      ['Which countries voted against or abstained when the Council adopted the recast?', 'live_data'],
      ['How many running hours between major overhauls should we budget for a 2 MW gas-engine CHP?', 'advice'],
      ['Why do heat cost allocators under-read on oversized radiators, and what correction factors do installers apply?', 'advice'],
      ["Under RED III, what's the 2030 sub-target for renewable hydrogen in industry? Our EED energy audit flagged hydrogen.", 'other_act'],
      ['Under the EPBD recast, what solar obligation applies to new public buildings? We already renovate under the EED rules.', 'other_act'],
    ];
    expectVerdicts(refused);
  });

  it('keeps a summary asked as "give me a", and an overhaul asked as a substantial refurbishment', () => {
    expectAnswered([
      'Give me a quick summary of Article 14 of the EED.',
      'We are about to overhaul an old cogeneration plant. At what cost level does the work count as a substantial refurbishment?',
    ]);
  });

  it('answers what Article 37 changes in the climate fund regulation, asked after a scene', () => {
    const question = "We're based in Austria. What does Article 37 change in Regulation (EU) 2023/955?";
    expect(outOfScope(question)).toBeUndefined();
  });
});

describe(`${outOfScope.name}, fresh batches N24 and H10`, () => {
  it("refuses another act as the asked verb's subject or the turn's ground, label indices, named parties' deals and pay", () => {
    const refused: [string, string][] = [
      ["As an energy manager I know the EED's 3 % renovation obligation, but what share of the worst buildings must be renovated by 2033 under the recast EPBD's minimum standards?", 'other_act'],
      ['For our data centre that reports under the EED, what idle-state power limits does the Ecodesign regulation for servers (EU) 2019/424 impose?', 'other_act'],
      ['As a grid operator with EED obligations, what does the electricity market design reform (Regulation (EU) 2024/1747) require about two-way contracts for difference?', 'other_act'],
      ['Procurement officer for a public body applying energy efficiency first: what Energy Efficiency Index range corresponds to class A for refrigerators?', 'other_act'],
      ['What heat-recovery deal did Microsoft and Fortum sign for feeding data centre waste heat into the Espoo network?', 'live_data'],
      ["What is the typical gross salary of an energy manager in a municipality that has to meet the EED's obligations?", 'unrelated'],
      ['We track our audits in Excel. How do I build a pivot table of the findings?', 'unrelated'],
    ];
    expectVerdicts(refused);
  });

  it('answers what the directive requires beside another act, and a rule asked after the scene names the asker\'s spreadsheet', () => {
    expectAnswered([
      "We're modelling the annual renovation quota in an Excel tool our architects built. Which buildings count in the floor-area base for the yearly renovation rate?",
      'What does the EED require of public buyers that the energy labelling regulation does not?',
      "I know the EPBD's certificates, but what does the efficiency directive say about renovating public bodies' buildings?",
    ]);
  });
});

describe(`${outOfScope.name}, fresh batches N25 and H11`, () => {
  it("refuses another act asked whether it covers a kit, its exemption read beside a trailing statement, a city's record, the next act, a fund's payout and fault-finding", () => {
    const refused: [string, string][] = [
      ['Does the AI Act classify an AI system in our district heating network as high-risk under Annex III? When do those obligations apply?', 'other_act'],
      ["When do ETS2 fuel suppliers first surrender allowances? We're also an obligated party in the national obligation scheme.", 'other_act'],
      ['Has the city of Munich already published its local heating and cooling plan?', 'live_data'],
      ['When will the Commission propose the successor to Directive (EU) 2023/1791?', 'live_data'],
      ['Is the 500 kW threshold going to be lowered in the upcoming data centre package?', 'live_data'],
      ['how much money is Poland allocated from the Social Climate Fund for 2026-2032? we want to fund insulation for energy-poor homes', 'other_act'],
      ['Our gas engine CHP keeps tripping on high jacket water temperature. What should the maintenance team check first?', 'unrelated'],
    ];
    expectVerdicts(refused);
  });

  it("answers a national act named as the comparison for the Union's rule, and the directive's own review of its thresholds", () => {
    expectAnswered([
      "Our town has 52,000 residents. Is a municipal heat plan, like the one Germany's Waermeplanungsgesetz requires, also mandatory under EU law?",
      'Are the investment thresholds in Article 3 going to be lowered at some point?',
      'Our association disagrees with an upcoming delegated act revising the CHP reference values. How long do Parliament and Council have to object?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batches N26 and H12`, () => {
  it("refuses a certificate's validity and surveillance audits, a dated standard as the ground, reported speech and a turn after 'beyond', and today's values", () => {
    const refused: [string, string][] = [
      ['We replace our Article 11 EED audit with ISO 50001. How long is an ISO 50001 certificate valid and how often do surveillance audits take place?', 'other_act'],
      ['Under ISO 50001:2018, what must the energy review cover?', 'other_act'],
      ['Besides our EED work, the ministry asks what share of renewable energy in buildings the revised Renewable Energy Directive sets for 2030.', 'other_act'],
      ['Beyond the EED procurement rules, under Regulation (EU) 2017/1369 when does the Commission have to rescale an energy label?', 'other_act'],
      ['Article 7 of the EED applies above the thresholds of Directive 2014/24/EU. What are the current euro values of those thresholds?', 'live_data'],
    ];
    expectVerdicts(refused);
  });

  it('answers whether one of its own instruments must take another act into account, the instrument named first or before "it"', () => {
    for (const question of [
      'Does our comprehensive heating and cooling assessment have to come with the RED Article 15(7) assessment?',
      'When the Commission revises the default primary energy factor, does it have to consider ecodesign and energy labelling law?',
      'Do bodies offering certification schemes for energy auditors need accreditation under Regulation 765/2008?',
      "We're a gas TSO. When the regulator approves our network development plan under the Gas Directive, will it check energy efficiency first?",
      "We're compiling the inventory of public buildings. Does it need each building's EPBD energy performance certificate?",
      "Can a district heating network qualify as 'efficient' on a GHG basis instead, and where does RED Article 24(4) come in?",
      'What are the roadmaps of the sector partnerships meant to achieve? Does the European Climate Law come into it?',
    ]) {
      expect([question, outOfScope(question)]).toEqual([question, undefined]);
      expect(asksOwnDutyTowardsAnotherAct(question)).toBe(true);
    }
    // Asked of the other act's own duties, or under it, the question stays that act's.
    for (const question of [
      'Under the recast EPBD, must the inventory of public buildings include zero-emission dates?',
      'What does Directive 2019/944 require of the network development plan?',
      'Do tenants have to consent before we pass heat cost allocator readings to a billing company, under EU privacy rules?',
      'How are free allowances for our cement plant calculated, and how fast do they fall as the border carbon levy comes in?',
      'When did the rescaled A-to-G energy label for fridges come in?',
    ]) expect([question, asksOwnDutyTowardsAnotherAct(question)]).toEqual([question, false]);
  });
});

describe(`${outOfScope.name}, fresh batches N27 and H13`, () => {
  it("refuses another act as the ground a question sentence opens on, a standard's own content pointed back at, and Dutch acts by name", () => {
    const refused: [string, string][] = [
      ['Under the ETS Directive, what share of our national auction revenues must be spent on climate purposes? It could go into the energy efficiency fund.', 'other_act'],
      ['Our mandatory energy audit is done to EN 16247-1. What are the phases of the audit process that standard defines?', 'other_act'],
      ['For a Dutch gemeente, what does the Wet collectieve warmtevoorziening require for heat company ownership?', 'other_jurisdiction'],
    ];
    expectVerdicts(refused);
  });

  it('answers where another act comes into one of its instruments though the question names the EED', () => {
    const question = "Our district heating network wants to qualify as 'efficient' under the EED using the GHG route. What ceiling applies from 2026, and how do RED Article 24(4) measures come in?";
    expect(outOfScope(question)).toBeUndefined();
  });
});

describe(`${outOfScope.name}, fresh batches N28 and N29 (off-topic asks dressed in the directive's words)`, () => {
  it("refuses a country's or region's named instrument asked for its own figures, though the scene names the EED article it implements", () => {
    expectVerdicts([
      ["For our town hall renovation under the EED's exemplary role, what incentive rates does Italy's Conto Termico 3.0 offer?", 'other_jurisdiction'],
      ["We run Article 24 energy poverty measures in Ireland. How much is Ireland's weekly Fuel Allowance payment?", 'other_jurisdiction'],
      ['We assess our CHP plant against the EED criteria. What supplement per kWh does the German KWKG pay for small plants?', 'other_jurisdiction'],
      ['Spain runs part of its EED savings obligation through a national fund. How much per GWh do obligated parties pay, and which ministerial order set it?', 'other_jurisdiction'],
      ['Germany collects waste heat data under its EED rules. What is the reporting deadline on the federal waste heat platform?', 'other_jurisdiction'],
      ['We report our Article 6 floor area in Austria. What primary energy factor does OIB-Richtlinie 6 assign to district heating?', 'other_jurisdiction'],
      ['Under the Flemish decree that transposed the audit article, what fine do we face for a late audit?', 'other_jurisdiction'],
    ]);
  });

  it('still answers the directive asked beside a national scheme named in the scene, savings counted towards the obligation, and a region as where the asker is', () => {
    expectAnswered([
      'Our CHP plant gets a bonus under the German KWKG. Leaving the national support law aside, what CO2 limit does the directive set for efficient district heating?',
      'Can Spain count savings from its national energy efficiency fund towards the savings obligation of Article 8?',
      "I'm the energy manager of a Flemish city of 90,000 people. What must our local heating and cooling plan contain?",
    ]);
  });

  it("refuses case law, a market's average price, a standard's numbered clause and a guide's own content", () => {
    expectVerdicts([
      ['Has any national court or the CJEU ruled on whether an ISO 50001 certified company can be fined for skipping the EED audit?', 'live_data'],
      ['We follow the EED billing rules. What is the average district heating price per MWh in Sweden this year?', 'live_data'],
      ['Since we take the ISO 50001 route instead of the EED audit, what does clause 6.3 of ISO 50001:2018 require us to document?', 'other_act'],
      ['According to the Eurostat/EIB Guide to the Statistical Treatment of Energy Performance Contracts, when is an EPC off balance sheet?', 'other_act'],
    ]);
    expectAnswered(['I advise consumers in a dispute with their heat supplier. Is there an out-of-court route to settle it under the EED?']);
  });

  it("refuses an appraisal worked out on the asker's own figures and a choice between named companies, not how the directive appraises", () => {
    expectVerdicts([
      ['Our EED audit found a heat-recovery measure costing EUR 420 000 that saves EUR 60 000 a year. What is the simple payback and the NPV at a 6 % discount rate?', 'advice'],
      ['Our school district burned 2.4 GWh of gas last year. Using the IPCC default emission factor, how many tonnes of CO2 is that?', 'advice'],
      ['We are tendering an energy performance contract under Article 29 of the EED. Between Siemens and Engie, which ESCO would give us the better deal?', 'advice'],
    ]);
    expectAnswered([
      'What criterion decides whether a heating option is worthwhile in the national heating and cooling cost-benefit analysis, and how is the discount rate chosen?',
      'Under what payback condition can savings from fossil-fuel equipment still be counted, and until when?',
    ]);
  });
});

describe(`${outOfScope.name}, fresh batches N30 and H16`, () => {
  it("refuses another body's manual or non-binding guidance asked for its content, arithmetic on the asker's figures, and records", () => {
    expectVerdicts([
      ["How does Eurostat's Energy Statistics Manual classify electricity used by data centres?", 'other_act'],
      ["Does the Commission's non-binding recommendation on the savings obligation contain default lifetimes for LED retrofits?", 'other_act'],
      ['My statement shows 1,240 units out of 58,300 and a 30% fixed share. Can you work out what my heating share should be?', 'advice'],
      ['Our data hall drew 3.18 GWh last year and 2.26 GWh at the IT PDUs. What PUE is that?', 'advice'],
      ['Which city holds the record for the largest energy performance contract for public buildings in Europe?', 'live_data'],
    ]);
  });

  it("answers minimum performance standards for data centres, which the Commission's Article 12 report may propose", () => {
    expectAnswered(['What report was the Commission supposed to deliver about data centre efficiency, by when, and could it lead to minimum performance standards?']);
    expectVerdicts([['By when must the worst-performing buildings meet the minimum energy performance standards?', 'other_act']]);
  });
});

describe(`${outOfScope.name}, measurement batch M2`, () => {
  it("refuses the taxonomy by its own terms and a choice between two offers asked as a request", () => {
    expectVerdicts([
      ["Our colo is taxonomy-aligned under activity 8.1 of the Climate Delegated Act. What does the technical screening criterion require?", 'other_act'],
      ['Two offers for the street-lighting retrofit: an energy performance contract or a bank loan. Just tell me which one we should sign.', 'advice'],
    ]);
    expectAnswered(['Which best-practice code should a data centre of 1 MW be encouraged to follow?']);
  });
});

describe(`${outOfScope.name}, measurement batch M4`, () => {
  it("refuses the old directive's own regime, others' reported averages, the procurement thresholds in euro and houseplants", () => {
    expectVerdicts([
      ['Under Directive 2012/27/EU, by what date did large enterprises have to complete their first energy audit?', 'repealed_act'],
      ["We submitted our KPIs to the European database. What's the average PUE reported by other data centres this year?", 'live_data'],
      ['We apply the efficiency requirements above the EU procurement thresholds. What are those thresholds in euro for 2024-2025?', 'live_data'],
      ['How often should I water a Monstera plant in winter?', 'unrelated'],
    ]);
    expectAnswered([
      'Under old Article 8 of Directive 2012/27/EU our group had to do audits. In the recast, is company size still what triggers the audit?',
      'We are tendering new servers above the EU procurement thresholds. Are we obliged to buy only high-efficiency products?',
      'Our wastewater treatment plant uses 9 GWh a year. Do we need an energy audit?',
    ]);
  });
});

describe(`${outOfScope.name}, measurement batches Q2 and Q4`, () => {
  it('refuses arithmetic asked with a contracted "what\'s", the data protection rules\' own terms, and when another instrument first came in', () => {
    expectVerdicts([
      ["We swap 200 halogen spots for LEDs at €9 each and pay €0.30/kWh. What's the payback time?", 'advice'],
      ['Our DSO collects 15-minute readings. Is that personal data, and which lawful basis lets us pass it to a research institute?', 'other_act'],
      ['Before we share readings with our billing partner, do we need a data protection impact assessment?', 'other_act'],
      ['In what year was the first EU tyre label introduced?', 'live_data'],
    ]);
    expectAnswered([
      "What's the deadline for the first energy audit of a large company?",
      'Our data protection officer wants to know what the EED itself requires on the security of smart gas meter data.',
      'By when was the first delegated act on the data centre rating scheme supposed to be adopted?',
    ]);
  });

  it("refuses what came after the directive: a later report's findings, an outcome finally adopted, and Member States ranked", () => {
    expectVerdicts([
      ["What did the Commission's 2029 review of the directive conclude about the savings obligation?", 'live_data'],
      ['Following the review of the thresholds, which lower threshold was eventually adopted?', 'live_data'],
      ['Please rank the Member States by how much of their public floor area they renovated last year.', 'live_data'],
    ]);
    expectAnswered(['By when must the Commission review the investment thresholds of the energy efficiency first principle?']);
  });
});

describe(`${outOfScope.name}, measurement batch Q3`, () => {
  it("answers what a named Member State's authorities may do under the directive, and still refuses the country's own scheme figures", () => {
    expectAnswered([
      'Italy uses white certificates for its obligation scheme. Can the Italian authorities allow obligated parties to bank savings for later years?',
      'Is Spain allowed to exempt small suppliers from the obligation scheme?',
    ]);
    expectVerdicts([["What incentive rate does Italy's Conto Termico scheme pay for a heat pump?", 'other_jurisdiction']]);
  });
});

describe(`${outOfScope.name}, measurement batches Q5 and Q6`, () => {
  it("refuses the trade's practice step by step, the assistant's opinion, who holds an office or meets next, and a network's customers counted", () => {
    expectVerdicts([
      ['We have a new 800 kWe CHP at the leisure centre. What are the steps to commission it?', 'advice'],
      ['Tomorrow I audit a bakery. What measuring equipment should I bring?', 'advice'],
      ["I'd like your honest opinion: is energy performance contracting worth it for a school?", 'advice'],
      ['Our town must prepare a heating and cooling plan. Should we do it in-house or with a consultant? Which would you pick?', 'advice'],
      ['Who is the current chair of the Concerted Action on the directive?', 'live_data'],
      ['When is the next conference of the district heating association?', 'live_data'],
      ['How many households are connected to the Vienna district heating network?', 'live_data'],
    ]);
  });

  it('answers a rule asked after software named in the scene, and a complaint about charges stated rather than asked', () => {
    expectAnswered([
      'The ministry sent us an Excel template for our building inventory. How large must a building be to be listed?',
      'My supplier charges for every paper bill and for seeing my consumption online. Feels like a rip-off.',
    ]);
    expectVerdicts([['Is the price the auditor quoted us a rip-off?', 'advice']]);
  });
});

describe(`${outOfScope.name}, measurement batch Q8`, () => {
  it("refuses the old regime's own deadlines, what the actors have done so far counted, and vegetables' leaves", () => {
    expectVerdicts([
      ['Our ministry rents offices of 300 m². Which buildings had to be in the inventory made public by 31 December 2013?', 'repealed_act'],
      ['How many Member States have already set up their national energy efficiency fund?', 'live_data'],
      ['Since the database opened, what median PUE did the operators report?', 'live_data'],
      ['My cucumber plants on the allotment have yellowing leaves. What is wrong?', 'unrelated'],
    ]);
    expectAnswered([
      'Our ministry rents offices of 300 m². Must they be in the inventory of public buildings, and by when is it made public?',
      'How many data centres must report their key performance indicators to the European database?',
    ]);
  });
});

describe(`${outOfScope.name}, measurement batch Q9`, () => {
  it('answers a rule asked to be put into plain English, and still refuses a text to translate', () => {
    expectAnswered(['Translate into plain English for our tenants: may the landlord pass the sub-metering costs on to us?']);
    expectVerdicts([["Translate 'the meter is broken' into plain Danish.", 'unrelated']]);
  });
});

describe(`${outOfScope.name}, measurement batches Q10 and Q11`, () => {
  it('answers the rule in force asked "right now" or "at the moment", and still refuses current figures and prices', () => {
    expectAnswered([
      'Right now, above what consumption must an enterprise carry out an energy audit?',
      'Is Cyprus still on a lower savings rate at the moment, and which rate applies to it?',
    ]);
    expectVerdicts([
      ['What are the current euro values of the procurement thresholds right now?', 'live_data'],
      ['What is the district heating price in Vienna right now, and must suppliers publish it?', 'live_data'],
    ]);
  });

  it("refuses neighbouring instruments asked for their own content: building ratings, network codes, the Covenant's plans, funders' conditions", () => {
    expectVerdicts([
      ['Our client wants BREEAM Excellent. Which energy credits does that need?', 'other_act'],
      ['Article 27 covers network tariffs. Under the Requirements for Generators network code, how long must a module stay connected at 47,5 Hz?', 'other_act'],
      ['We joined the Covenant of Mayors. By when must we submit our Sustainable Energy and Climate Action Plan?', 'other_act'],
      ['What minimum investment size does ELENA expect, and what leverage must the programme reach?', 'other_act'],
      ['by what date must member states submit their social climate plans, and how much must they co-finance?', 'other_act'],
      ['Did the Commission ever publish its heat pump action plan?', 'other_act'],
    ]);
    expectAnswered([
      'Is there an EU-wide rating scheme for data centres, a bit like LEED, and by when was the first delegated act due?',
      'Does the EED oblige municipalities to put efficiency measures into their SECAP?',
      'Our social climate plan needs the definition of energy poverty. Which one applies now?',
    ]);
  });
});

describe(`${outOfScope.name}, batch Q13 (near misses written to be hardest)`, () => {
  it("refuses what the Commission actually did, its guidance's content, a standard's clause, a price or investment judged, and a guess", () => {
    expectVerdicts([
      ['Article 31 lets the Commission revise the primary energy factor. What figure did the Commission actually adopt?', 'live_data'],
      ["According to the Commission's guidance on Article 3, what discount rate does it suggest for planning decisions?", 'other_act'],
      ['Which steps does clause 4 of EN 16247-1 lay down for the audit?', 'other_act'],
      ['Our installer quoted EUR 9 000 for the heat meters. Is that a reasonable price?', 'advice'],
      ['Will the Commission tighten the 2030 target after its evaluation? What is your best guess?', 'live_data'],
    ]);
    expectAnswered([
      'By when must the Commission revise the default primary energy factor, and on what basis?',
      'Which guidelines must the Commission adopt on the energy efficiency first principle, and by when?',
    ]);
  });
});

describe(`${outOfScope.name}, batch Q14 (kinds rarely tried)`, () => {
  it('refuses the assistant itself, the directive as a document, conferences, its reception, and one\'s own lease', () => {
    expectVerdicts([
      ['Which language model do you run on?', 'live_data'],
      ['Do you keep the questions we type, and for how long?', 'live_data'],
      ['Has a corrigendum to the directive been published since 2023?', 'live_data'],
      ['What is the official German title of the directive?', 'live_data'],
      ['Are there any good conferences on heat networks next spring?', 'live_data'],
      ['Which criticisms did consumer groups make of the final text in the trilogues?', 'live_data'],
      ['Under our lease, by when must we send the landlord our meter data?', 'advice'],
    ]);
    expectAnswered([
      'Which information must final customers get on their bills, and may it be sent electronically?',
      'Must landlords pass on billing information to tenants who have no contract with the supplier?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R2 (kinds never tried: enforcement records, history, safety, employment)`, () => {
  it("refuses enforcement as it turned out, a named operator's level today, statistics of typical use, history and research", () => {
    expectVerdicts([
      ['How much have Italian suppliers actually paid in penalties for missed savings so far?', 'live_data'],
      ['What is the biggest fine any authority has handed out to a company that skipped its audit?', 'live_data'],
      ["What share of waste heat does Vattenfall's network in Berlin reach today?", 'live_data'],
      ['What is the typical electricity consumption per household in Austria?', 'live_data'],
      ['Did the 1979 oil crisis lead to the first efficiency labels?', 'unrelated'],
      ['What do empirical studies say about the size of the rebound effect for LED lighting?', 'unrelated'],
    ]);
    expectAnswered([
      'What penalties must Member States lay down for breaches of the audit duty, and by when must they notify them?',
      'Our network supplies 45 % waste heat today. Does it meet the efficient district heating criteria?',
      'Above what average annual energy consumption must an enterprise implement an energy management system?',
    ]);
  });

  it("refuses the plant room's safety, employment terms and an insurer's premium, and answers the notice a supplier must give", () => {
    expectVerdicts([
      ['At what carbon monoxide level must the boiler room be cleared?', 'unrelated'],
      ['There is a smell of gas near our CHP unit. What should we do?', 'unrelated'],
      ['Can our energy manager be put on call every weekend without overtime pay?', 'unrelated'],
      ['Will our insurer give us a discount on the premium if we hold ISO 50001?', 'advice'],
    ]);
    expectAnswered([
      'How much advance notice must a heat supplier give before a price rise, and is the notice period longer for households?',
      'Must Member States inform about financing such as guarantees or insurance for energy efficiency projects?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R4 (grid operation, building physics, unit conversions)`, () => {
  it("refuses a grid's security criterion and reactive power, a blower-door test's target, and units the directive never uses", () => {
    expectVerdicts([
      ['As a TSO, how do we apply the N-1 criterion to a new interconnector?', 'unrelated'],
      ['Our DSO charges for reactive power. What power factor should we keep?', 'unrelated'],
      ['What n50 value should the blower-door test of our renovated school reach?', 'unrelated'],
      ['Our boiler is rated at 500,000 BTU per hour. What is that in kW?', 'unrelated'],
      ['How many kWh is one therm of gas?', 'unrelated'],
    ]);
    expectAnswered([
      'As a TSO, what must we do about network losses and demand response under the directive?',
      'Our Irish site reads its gas in therms. Must our bills still show consumption compared with last year?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R5 (long messages whose scene has incidental words)`, () => {
  it("answers a rule asked after a scene with advice words or the asker's own next meeting, and still refuses advice asked", () => {
    expectAnswered([
      'Our directors only care that the theatres stay at the right temperature, and our CFO wants the lowest price. Do we have an obligation to assess energy performance contracting before the tender?',
      'Before our next meeting with the permitting office, I need to know: must our new 9 MW mill carry out a cost-benefit analysis of using its waste heat?',
    ]);
    expectVerdicts([
      ['Our theatres must stay warm. What is the right temperature for an operating theatre?', 'advice'],
      ['We must run an audit anyway. Which consultancy would you recommend?', 'advice'],
      ['Where is the next meeting of the Concerted Action held?', 'live_data'],
    ]);
  });
});

describe(`${outOfScope.name}, batch R6 (the asker's own records, property values, surveys, household tips, the Paris timetable)`, () => {
  it("refuses the asker's own records and files, a building's market value, what surveys found, household tips and NDCs", () => {
    expectVerdicts([
      ['When was the last audit of our Lyon warehouse actually carried out?', 'live_data'],
      ['How many of our schools already have smart meters, and which buildings are still waiting?', 'live_data'],
      ['What was the average PUE at our Dublin site last winter?', 'live_data'],
      ['How much will the market value of our offices rise after a deep renovation?', 'live_data'],
      ['What did the latest Eurobarometer surveys find about support for efficiency rules?', 'live_data'],
      ['Would a low-flow shower head cut my hot water bill?', 'unrelated'],
      ['By when must parties submit their nationally determined contributions?', 'other_act'],
    ]);
    expectAnswered([
      'When must the first energy audit of a large enterprise be carried out, and how often after that?',
      'How many flats must have remotely readable allocators, and by when?',
      'Does the directive say how the Union contributes to the Paris Agreement goals?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R8 (acts rarely named: metrology, EMAS's procedure)`, () => {
  it("refuses a meter's accuracy class and permissible error, and EMAS's own steps, and answers whether EMAS spares the audit", () => {
    expectVerdicts([
      ['What maximum permissible error may a class 1.5 gas meter have?', 'other_act'],
      ['Under the Measuring Instruments Directive, which accuracy class must our heat meters have?', 'other_act'],
      ['Who validates our environmental statement for EMAS, and how often?', 'other_act'],
    ]);
    expectAnswered([
      'We are EMAS registered. Are we exempt from the energy audit?',
      'Must heat meters accurately reflect actual consumption, and by when must they be remotely readable?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R9 (another act named beside what this directive requires)`, () => {
  it("answers savings counted from another act's measures, the Governance Regulation's reports of efficiency, and a question opened on the directive's own instrument", () => {
    expectAnswered([
      'Savings from mandatory EU law normally cannot be counted. Can we count savings from renovations driven by the EPBD minimum standards?',
      "What must our progress reports under Regulation (EU) 2018/1999 say about public bodies' energy consumption?",
      'In the comprehensive heating and cooling assessment, how should demand reflect the renovation strategies under Directive 2018/844?',
      'Quick question: in the national heating and cooling assessment, what must it say about the renewable potential under RED III?',
    ]);
    expectVerdicts([
      ['Under Regulation (EU) 2018/1999, what must the NECP say about renewable hydrogen?', 'other_act'],
      ['Under the EPBD, what must a renovation passport contain?', 'other_act'],
      ['For the comprehensive assessment, we are fine, but under RED III, what is the 2030 renewables target?', 'other_act'],
    ]);
  });
});

describe(`${outOfScope.name}, batch R10 (in-scope questions set in a country)`, () => {
  it("answers whether a party may be made or exempted under the directive in a named Member State, and still refuses the country's own scheme", () => {
    expectAnswered([
      'In Lithuania, can filling-station chains that sell transport fuel be made obligated parties under the energy efficiency obligation scheme?',
      'For Portugal, may small public buildings be excluded from the renovation inventory?',
    ]);
    expectVerdicts([
      ['In Lithuania, what grants does the national energy agency pay for insulation?', 'other_jurisdiction'],
      ['In France, how many white certificates must a fuel distributor hand in this year?', 'other_jurisdiction'],
    ]);
  });
});

describe(`${outOfScope.name}, batch R11 (near misses written to be hardest)`, () => {
  it("refuses what a named Member State chose, whether the Member States will make it, the SRI, allocators' rating factors and a comparison of costs", () => {
    expectVerdicts([
      ['When Austria transposed the recast rules, did it keep the 85 TJ trigger for an energy management system?', 'other_jurisdiction'],
      ['Has Denmark told the Commission which route it will use for efficient district heating?', 'other_jurisdiction'],
      ['Did Sweden leave its armed forces out of the public-sector baseline?', 'other_jurisdiction'],
      ['Are most Member States likely to meet the 3 % renovation rate?', 'live_data'],
      ['How is the smart readiness indicator scored?', 'other_act'],
      ['Which KQ rating factor should we program into our allocators?', 'unrelated'],
      ['Which is more cost-effective for our ministry, an obligation scheme or alternative measures?', 'advice'],
    ]);
    expectAnswered([
      'By what date did Croatia have to transpose the audit provisions of the new EED?',
      'With 2027 getting close, is the efficiency-first threshold likely to come down, and when will we know?',
      'May a Member State combine an obligation scheme with alternative policy measures?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R12 (near misses: the assistant's choice, a body's staff, the asker's own last meeting)`, () => {
  it('refuses the option asked of the assistant and a body counted by its staff, and answers a rule asked after the last meeting', () => {
    expectVerdicts([
      ['Our council weighs an energy performance contract against a municipal loan for the pool. Which option should we go for?', 'advice'],
      ['Two auditors bid for our plant. Which route should we take?', 'advice'],
      ["How many staff in DG ENER's energy efficiency unit check transposition of the recast EED?", 'live_data'],
    ]);
    expectAnswered([
      'Someone at our last general meeting said our heat cost allocators have to be swapped out. Is there a deadline?',
      'Which option does the directive give a Member State that does not set up an obligation scheme?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R14 (writing tasks, finance disclosure law, the assistant's service, the next revision)`, () => {
  it('refuses documents written for the asker, SFDR and green bonds, the assistant as a service and what a revision will hold', () => {
    expectVerdicts([
      ['Write me a board memo making the case for a rooftop PV array instead of the retrofit our Article 11 audit recommended.', 'unrelated'],
      ['Could you write the technical specification section of the tender for our new chillers?', 'unrelated'],
      ['Please write a letter to the tenants telling them the heating will be off for three days.', 'unrelated'],
      ['We run an Article 9 SFDR fund. Which principal adverse impact indicators must we report?', 'other_act'],
      ['What share of a European Green Bond\'s proceeds may go to projects that are not aligned?', 'other_act'],
      ['What uptime do you guarantee during the audit rush?', 'live_data'],
      ['If we connect you through the API, what are the rate limits and token quotas?', 'unrelated'],
      ['What will the 2040 energy efficiency target be in the next recast of the directive?', 'live_data'],
      ['Is the 85 TJ threshold likely to be lowered in the next revision?', 'live_data'],
    ]);
    expectAnswered([
      'Our heat network is above 5 MW and misses the efficiency criteria, so we have to write an improvement plan. Does the plan need anyone\'s sign-off?',
      'When will the EU next review how the efficiency law is working?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R15 (a rule asked, then its link to another act)`, () => {
  it("answers a rule asked first and then how it ties in with another act, and refuses a link between two other acts", () => {
    expectAnswered([
      "In which situations must the customer get an individual meter that reflects actual use? Does 'major renovation' follow the EPBD, Directive 2010/31/EU?",
      'What does the recast require from us on efficiency first, and who checks it? Does it tie in with our network development plans under Directive (EU) 2019/944?',
    ]);
    expectVerdicts([
      ["Which meters must we install? Does the EPBD's definition of major renovation follow the renewables directive?", 'other_act'],
      ['What must our heat plan contain? Does the EPBD require solar panels on new offices?', 'other_act'],
    ]);
  });
});

describe(`${outOfScope.name}, batch R17 (near the edge: a tax credited as an alternative measure, whether a rule binds right now)`, () => {
  it('answers what may be credited of a tax counted as an alternative measure and whether a rule binds right now', () => {
    expectAnswered([
      'Our finance ministry wants to count an energy tax increase as an alternative measure toward the savings obligation. With the Energy Taxation Directive setting minimum rates, which part of the tax effect can actually be credited?',
      "Is the 1.9% yearly cut in public bodies' energy use binding right now, or still only indicative?",
    ]);
    expect(asksOfThisDirective('We notified our fuel tax as an alternative policy measure. Can it still count?')).toBe(true);
    // "The recast" as practitioners name this directive, not another act's recast (batch R72).
    expect(asksOfThisDirective('Does the recast oblige us to put EEF1st into our NDP?')).toBe(true);
    expect(asksOfThisDirective("From when do the recast's billing articles apply?")).toBe(true);
    expect(asksOfThisDirective('Under the recast EPBD, what must offices reach?')).toBe(false);
    expect(asksOfThisDirective('What does the recast Renewable Energy Directive set for heat?')).toBe(false);
    expectVerdicts([
      ['What is the price of white certificates right now, and are they binding?', 'live_data'],
      ['Under IFRS, can we capitalise the cost of our mandatory energy audit, or do we have to expense it?', 'advice'],
    ]);
  });
});

describe(`${outOfScope.name}, batch R16 (national tax support, a country's own figures, depreciation)`, () => {
  it("refuses tax support asked in the asker's country, a named country's own figure and an asset's write-off", () => {
    expectVerdicts([
      ['In my country can the municipality give a property-tax rebate to households who install wall insulation?', 'other_jurisdiction'],
      ["What is the Czech Republic's cumulative end-use savings requirement for 2014-2020, and how much is still outstanding?", 'other_jurisdiction'],
      ['Can we use accelerated depreciation for our submetering hardware, and over how many years can we write it off?', 'advice'],
    ]);
    expectAnswered([
      'Which professions must have certification schemes available in our country?',
      "What is Malta's annual savings rate under the obligation?",
    ]);
  });
});

describe(`${outOfScope.name}, batch R18 (named parties' standing, the papers around the text, the trade's craft, instruments the directive only names)`, () => {
  it("refuses a named company's or city's compliance, the impact assessment and the Council's position, tips and sums, and the Code's or a community's own workings", () => {
    expectVerdicts([
      ['Is Siemens AG compliant with the EED requirement to have a certified energy management system?', 'live_data'],
      ["Did Munich's city administration actually hit the 3 % renovation rate in 2024?", 'live_data'],
      ["What figures has Google's Hamina data centre published under the reporting rules?", 'live_data'],
      ["What did the Commission's impact assessment for the recast estimate the compliance cost to be?", 'live_data'],
      ['What position did the Council take in its general approach on the renovation obligation?', 'live_data'],
      ['Any tips for a small ESCO on winning municipal energy performance contracting tenders?', 'advice'],
      ['How should I lay out an energy audit report so a board reads it?', 'advice'],
      ['For a chain of 40 stores, how many site visits does an auditor usually make?', 'advice'],
      ['Capex EUR 4.2 million, 25-year life, 38 GWh a year: what is the levelised cost of heat?', 'advice'],
      ["What's a fair fixed price or day rate for the mandatory energy audit?", 'advice'],
      ["Which of the Code's best practices deal with hot-aisle containment?", 'other_act'],
      ['Can the local bakery join our citizen energy community as a full member, and does each member get one vote?', 'other_act'],
      ['How often do we have to send monitoring reports to the Covenant office, and which template do they use?', 'other_act'],
    ]);
    expectAnswered([
      'Is our company compliant if we run ISO 50001 instead of audits?',
      'How long should the whole grid connection process for a high-efficiency CHP plant normally take at most?',
      'Is following the EU Code of Conduct for data centres mandatory for our 2 MW facility?',
      'Do renewable energy communities get any role in the national savings policies?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R20 (unusual forms: the asker's files fetched by the assistant, the nearest office, trends, stopping a payment)`, () => {
  it("refuses the asker's own files fetched or checked, an office's place and hours, a trend forecast and a payment stopped in a dispute", () => {
    expectVerdicts([
      ['Last month our municipality submitted its list of public buildings. Could you pull up what we submitted?', 'live_data'],
      ['Is possible that you look in my gas bills from the last year and tell me if I have pay too much?', 'live_data'],
      ['can u chek if my company sent its audit report to the authorty last yr', 'live_data'],
      ['Where is the nearest one-stop shop for home renovation advice in Lyon, and what are its opening hours?', 'live_data'],
      ['On current trends, what will the energy poverty rate in Greece be in 2030?', 'live_data'],
      ['The landlord not want to repair the old boiler since three months. I can stop to pay the rent, it is legal?', 'advice'],
    ]);
    expectAnswered([
      'How many years of past gas usage must customers be able to look up in our online portal?',
      'We used to look up Annex XIII of the 2012 directive for what goes into an energy performance contract. Where is that list in the recast?',
      'How far back can I look at my consumption history, and how detailed does it have to be?',
      'Can you check whether our 12 TJ plant needs an energy audit?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R21 (by persona: the old text's own content, a direct award, transposition so far)`, () => {
  it("refuses what the 2012 text itself set, whether a contract may be awarded without a tender, and who has transposed so far", () => {
    expectVerdicts([
      ['Our subsidiary did its first audit late under the 2012 Energy Efficiency Directive. What sanction did that 2012 directive itself set for late audits?', 'repealed_act'],
      ['Which article of Directive 2012/27/EU lets us keep that certificate, and for how many years was it valid?', 'repealed_act'],
      ['When was the first inventory of central government buildings due under the 2012 Energy Efficiency Directive?', 'repealed_act'],
      ["Can we legally award our street-lighting energy performance contract directly to the municipality's in-house utility company without running a tender?", 'other_act'],
      ['As of today, which EU countries have actually finished transposing the recast? Our legal map needs updating.', 'live_data'],
    ]);
    expectAnswered([
      'Which article of Directive 2012/27/EU set the audit duty, and which article replaced it?',
      'A gas customer wants us to hand over her billing history directly to her consultant. Do we have to send it?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R23 (joint gas purchasing, one's own career)`, () => {
  it('refuses the joint gas purchasing platform and a career move asked for oneself', () => {
    expectVerdicts([
      ['How does AggregateEU joint purchasing of LNG work, and can a municipal utility register demand on the platform?', 'other_act'],
      ['A Big Four firm has offered me a job. Should I leave my small consultancy for it?', 'advice'],
    ]);
    expectAnswered(['We plan to expand an LNG regasification terminal of about 9 MW total energy input. Does the EED require a cost-benefit analysis of waste heat use?']);
  });
});

describe(`${outOfScope.name}, batch R24 (what the recitals only name: bodies, guides, data, a country's own limit)`, () => {
  it('refuses joining a body and its fees, Eurostat methods and guides, downloads and latest years, the Commission record and a country limit', () => {
    expectVerdicts([
      ['We are a small German DSO. How do we become a member of the EU DSO Entity, and what are the annual membership fees?', 'other_act'],
      ["Our town council wants to join the Covenant of Mayors that the recitals mention. What's the sign-up procedure?", 'other_act'],
      ['How does Eurostat actually estimate the ambient heat captured by heat pumps in the energy balances?', 'other_act'],
      ['Under the Eurostat-EIB guide on the statistical treatment of energy performance contracts, what keeps one off the balance sheet?', 'other_act'],
      ['Where do I find the EU green public procurement criteria for computers, and what energy requirements do they actually set for laptops?', 'other_act'],
      ['Where can I download data from the EU Building Stock Observatory, and what is the most recent year it covers?', 'live_data'],
      ["Which Member States did the Commission rate as 'sufficient' in its assessment of the 2019 plans?", 'live_data'],
      ['What PUE are new hyperscale data centres in the Nordics achieving today?', 'live_data'],
      ['How do existing energy agencies usually fund their staff after the first three years?', 'advice'],
      ['What numeric primary energy limit in kWh per m² per year does Denmark apply to a new office building?', 'other_jurisdiction'],
    ]);
    expectAnswered([
      'We supply servers to public bodies. What energy-efficiency requirements apply in those tenders, e.g. green public procurement criteria?',
      'If Eurostat changes how the energy balance is calculated, can the 2030 targets be technically recalculated?',
    ]);
  });
});

describe(`${outOfScope.name}, batch R25 (software named in the scene before a question on this directive)`, () => {
  it('answers a question on the EED after a scene that names a spreadsheet, and still refuses the spreadsheet asked about', () => {
    expectAnswered(["Our ISO consultant says a spreadsheet of meter readings isn't an energy management system. What elements does the EED definition require?"]);
    expectVerdicts([['I keep our audit data in Excel. How do I build a pivot table of the EED savings?', 'unrelated']]);
  });
});

describe(`${outOfScope.name}, batches R26, R27 and R29 (another act's own places and documents, the old numbering as current, news, the market, plans)`, () => {
  it("refuses a place owned by an act named before it, another document's own proposals and a body's guidance, and answers this directive's link to it", () => {
    expectVerdicts([
      ['Hi all, our facilities lead asked me to check the recast Energy Performance of Buildings Directive (EU) 2024/1275. Could you explain what its Article 9 minimum energy performance standards require for our offices?', 'other_act'],
      ['The ETS Directive was amended in 2023. Which installations does its Annex I cover?', 'other_act'],
      ['We were told to check RED III. What does its Article 22a require for our heat network?', 'other_act'],
      ['Beyond what the directive requires, could you summarise what Commission Recommendation (EU) 2021/1749 itself proposes for the financial sector?', 'other_act'],
      ['As a DSO, which method do ENTSO-E or CEER guidelines recommend for estimating technical network losses?', 'other_act'],
    ]);
    expectAnswered([
      'The renewables directive (RED) requires an assessment of waste-heat potential under its Article 15(7). How does the efficiency directive link that to its own heating and cooling exercise?',
      'Directive 2012/27/EU was repealed. Where is its Article 8 now?',
    ]);
  });

  it("refuses an old annex named as the one reported under this year, and answers which annex took an old rule's place", () => {
    expectVerdicts([["which annex XIV part 1 indicators go into this year's annual report under art 24(1) of 2012/27/EU?", 'repealed_act']]);
    expectAnswered(['Which annex now holds what Annex XIV of Directive 2012/27/EU used to list?']);
  });

  it("refuses a review's outcome guessed or reported, the market's products and prices, a body's decision for the asker and the asker's own staffing", () => {
    expectVerdicts([
      ["Will the Commission's next review propose a higher Union energy efficiency target?", 'live_data'],
      ["Did the Commission's data centre report due in May 2025 actually propose minimum performance standards, and what did industry groups say about it?", 'live_data'],
      ['We run a district heating company. Which billing platforms on the market can print bills with year-on-year comparisons?', 'live_data'],
      ['Ballpark, what does a 1 MW industrial heat pump for waste heat recovery cost per kW installed these days?', 'live_data'],
      ['We run a 40 MW network in Jutland. What heat price ceiling has Forsyningstilsynet set for us this year?', 'live_data'],
      ['We applied energy efficiency first in our network plan and picked a new line over a battery. Honestly, will the regulator approve our plan?', 'advice'],
      ["Roughly how many full-time staff does a city of 150,000 people need to run a municipal energy management team?", 'advice'],
      ['Practical question: how many days on site and how many auditors should we plan for an energy audit of a large plant?', 'advice'],
    ]);
    expectAnswered([
      "What does Article 16 say about heat cost allocators we installed years ago that can't be read remotely - what has to happen and by when?",
      'How many employees does a company need to have before it must do an energy audit?',
      'What does the evaluation of the directive due in 2027 have to cover?',
    ]);
  });
});

describe(`${outOfScope.name}, batches R30, R31 and R33 (other acts' own duties, others' reports, the assistant's stake, trading, web APIs)`, () => {
  it("refuses another act asked after a scene on the savings obligation, the product register, a procurement procedure's own rules and the social climate plans' date", () => {
    expectVerdicts([
      ['Our agency is crunching the cumulative end-use savings for the savings obligation. Under the governance regulation, by what date each year are the approximated greenhouse gas inventories due?', 'other_act'],
      ['Before placing a new model on the market, what must a supplier enter in the EPREL product database?', 'other_act'],
      ['Under the public procurement directive, can a contract be modified during its term without a new procedure if the change is small?', 'other_act'],
      ['By what date did Member States have to submit their Social Climate Plans to the Commission?', 'other_act'],
    ]);
    expectAnswered(["We're buying a labelled heating package (boiler + solar + controls). Under the energy labelling framework, can the package's class count rather than each item's?"]);
  });

  it("hears 'end-use' as the savings' kind, not as savings used towards the obligation", () => {
    expect(asksOfThisDirective('Our agency tallies the cumulative end-use savings for the savings obligation. When are greenhouse gas inventories due?')).toBe(false);
    expect(asksOfThisDirective('Can we use savings from heat pump grants for the savings obligation?')).toBe(true);
  });

  it("refuses what named parties report this year, the assistant's stake, a strategy or hedge recommended, and a web API's design", () => {
    expectVerdicts([
      ['We are benchmarking our data centre. What PUE are the largest Irish data centres reporting this year?', 'live_data'],
      ['Would you invest in a start-up that builds waste-heat recovery units for data centres?', 'advice'],
      ["Which supplier's energy management system would you personally recommend for an ISO 50001 roll-out?", 'advice'],
      ['Should we hedge our 2026 gas now?', 'advice'],
      ['We are a municipality with three ageing public buildings. Please recommend what our energy strategy should be for the next five years.', 'advice'],
      ['Best practice for rate limiting and pagination on a REST API that serves interval meter data to our ESCO partners?', 'unrelated'],
    ]);
    expectAnswered(['What must data centres report each year, and by when?', 'Does the directive recommend what public bodies should include in their energy management systems?']);
  });
});

describe(`${outOfScope.name}, batches R35 and R37 (what the directive has others set up, asked for its content or present state; one country's own bodies and lists)`, () => {
  it("refuses the Commission's documents asked what they give, and answers what the directive requires of them", () => {
    expectVerdicts([
      ['Under the delegated regulation that set up the EU rating scheme for data centres, which indicators feed into the rating, and how are they weighted?', 'other_act'],
      ["In the Commission's recommendation on the energy savings obligation, what worked example do they use to show how cumulative savings are calculated?", 'other_act'],
      ["In the Commission's reporting template for notifying Article 8 savings, which sheet and which columns do we fill in?", 'other_act'],
      ['The Commission issued guidelines on the energy efficiency first principle. What step-by-step checklist do they propose for applying Article 3?', 'other_act'],
    ]);
    expectAnswered([
      "How long does the Commission's power to adopt delegated acts under the EED last?",
      "Which standard should our data centre's KPI reporting be based on until the Commission's delegated act applies?",
      "The regulator keeps pointing us to the Commission's 2021 EE1st recommendation. Does the directive make that guidance binding on us?",
    ]);
  });

  it('refuses whether a body or platform exists, who chairs it, its name, where to download it, how to reach it, and counts so far', () => {
    expectVerdicts([
      ['Has an EU sector-specific energy efficiency partnership for ICT actually been set up, and who chairs it?', 'live_data'],
      ["Did the single point of access platform for energy efficiency skills go ahead after the Commission's viability assessment?", 'live_data'],
      ["Is Spain's inventory of public buildings above 250 m² online yet? I need the download link.", 'live_data'],
      ["What is the Commission's campaign to attract people into energy efficiency professions called?", 'live_data'],
      ["Is there an ombudsperson for energy service disputes in Spain? I'd like their contact details.", 'live_data'],
      ['Quick one: how many data centres across the EU actually published their Annex VII figures for 2024?', 'live_data'],
      ['Roughly what would an Annex VI-compliant energy audit cost for a 200-employee food factory?', 'live_data'],
      ['Has the City of Munich published its local heating and cooling plan yet?', 'live_data'],
    ]);
    expectAnswered([
      "We're a county council planning to retrofit a 2,000 m² admin building. Do we have to look at energy performance contracting before we go ahead?",
      'Do we have to set up an expert network on energy poverty, and are there requirements on who sits on it?',
      'Who runs the country-wide cost-benefit analysis for heating and cooling, and on what basis is it done?',
      "Our gas supplier's bill: must it give contact details of an energy agency?",
      "old Annex XIII of 2012/27/EU (minimum items for EPC contracts) - what's it called in the new directive?",
      'We are replacing turbine and boiler for roughly 60% of what a brand-new unit would cost. Does the efficiency law class that as a substantial refurbishment?',
    ]);
  });

  it("refuses one country's own bodies, lists, databases and latest records, whichever article the scene cites, and answers the Union rule set there", () => {
    expectVerdicts([
      ['Which Finnish authority checks that large companies met the Article 11 energy audit deadline?', 'other_jurisdiction'],
      ["Which qualified ESCOs on Italy's official list of energy service providers cover Lombardy?", 'other_jurisdiction'],
      ['In the Czech database of energy performance contracting projects, what average guaranteed savings do school retrofits report?', 'other_jurisdiction'],
      ["What waste heat potential did the Czech Republic's latest comprehensive heating and cooling assessment identify?", 'other_jurisdiction'],
      ['Can you list reputable ESCOs in Lithuania that do energy performance contracts for schools, as encouraged by Article 29?', 'other_jurisdiction'],
      ['In Flanders, how does the regional energy decree add up several sites when it checks the average consumption criterion?', 'other_jurisdiction'],
    ]);
    expectAnswered([
      "I'm preparing Latvia's updated national energy and climate plan. Our modelling gives a 2030 figure above the EU formula. How far above may our contribution be?",
      "Hungary's final energy use is running well above its indicative trajectory and the Commission has found insufficient progress. What must Budapest do, and how fast?",
    ]);
  });
});

describe(`${outOfScope.name}, batch R34 (by persona: one's own business form)`, () => {
  it("refuses the asker's own choice of business form for tax, and answers the directive's rules on auditors", () => {
    expectVerdicts([["I'm thinking of leaving my compliance job to work as a freelance energy auditor. Should I set up as a sole trader or a limited company for tax purposes?", 'advice']]);
    expectAnswered(['Can an in-house energy auditor carry out the mandatory audit, or must it be an independent expert?']);
  });
});

describe(`${outOfScope.name}, batches R38-R41 (what came of what the directive set up, articles cited as context, the institutions and press around it)`, () => {
  it('refuses what came of an instrument, counts and sums of the past, and a rating applied to the asker', () => {
    expectVerdicts([
      ["Could you tell me which KPIs and weightings the final Union rating scheme for data centres ended up using?", 'live_data'],
      ['Have the Article 3(6) guidelines on energy efficiency first cost-benefit methodologies been published, and where can I find them?', 'live_data'],
      ['Has Brussels tabled a legislative proposal with minimum performance thresholds for existing data centres yet, and what figures does it set?', 'live_data'],
      ['Which grid operators took part in the consultation on the feasibility of a net-zero data centre sector?', 'live_data'],
      ['How many households did the Flemish Energiehuizen advise last year?', 'live_data'],
      ['How much did Vienna pay consultants to prepare its municipal heat plan?', 'live_data'],
      ['Using the KPIs we already publish under Annex VII, what rating class would a PUE of 1.35 actually earn us in the EU data centre scheme?', 'live_data'],
      ['Roughly how many enterprises across the EU sit above the 10 TJ audit threshold in Article 11(2)?', 'live_data'],
      ['Eurostat figures please. How far was EU final energy consumption in 2023 from the 763 Mtoe ceiling in Article 4(1)?', 'live_data'],
      ['Public-sector energy manager here: how much should I put in the budget to deliver our share of the 3 % renovation rate in Article 6(1)?', 'live_data'],
      ['To meet Article 26(1)(b) from 2028, would a large heat pump or a biomass boiler be the better financial choice for us?', 'live_data'],
    ]);
    expectAnswered([
      'Has the Commission already set up EU energy efficiency partnerships for sectors like ICT and finance? What was it required to do first, and who chairs them?',
      "Which standard are data centre key performance indicators currently based on, pending the Commission's delegated act?",
      'A colleague says the EED only became law in 2025. When did it actually enter into force?',
      'The ministry wants to let one plant skip a heat-recovery option that would pay off, because of a land ownership dispute. On what grounds is that possible?',
      'As a distribution grid company, can we build a discount for low-income households into our grid charges, or would that be ruled out?',
    ]);
  });

  it('refuses courts, complaints, opinions, parliaments, the press and the negotiations around the text', () => {
    expectVerdicts([
      ['Any CJEU cases yet on Article 11 audits?', 'live_data'],
      ['Has an ESCO ever sued a distribution system operator for impeding the energy services market, the conduct Article 29(8) prohibits?', 'live_data'],
      ['My country still has no one-stop shops as required by Art. 22(4). How do I file a complaint with the European Commission?', 'live_data'],
      ["What did the European Economic and Social Committee's opinion on the recast say about the energy poverty measures in Article 24?", 'live_data'],
      ['Can you summarise the Dáil debate on the Irish bill transposing the public sector building renovation requirement?', 'live_data'],
      ["What was Eurelectric's position on the energy savings obligation during the negotiations?", 'live_data'],
      ['How did Euractiv and Politico Europe cover the provisional agreement on the energy efficiency directive?', 'live_data'],
      ["In its assessment of Spain's updated national energy and climate plan, did the Commission find Spain's contribution too low compared with the Annex I formula?", 'live_data'],
    ]);
    expectAnswered(["A newspaper piece on the EU climate package said the EU's efficiency goal for 2030 is 32.5 %. Is that still the figure in the 2023 recast?"]);
  });

  it("refuses one country's or region's own authority, statute, fines and expert network, and answers what a named Member State must do", () => {
    expectVerdicts([
      ['Art. 26(5) EED: operators above 5 MW need an approved plan. In Denmark, which authority is that, and is there a filing fee?', 'other_jurisdiction'],
      ['I manage energy for a gmina in Poland. Under which Polish statute do we report our consumption for Article 5(1)?', 'other_jurisdiction'],
      ['What fine does Flanders impose for a missed Art. 11(2) audit?', 'other_jurisdiction'],
      ["Who sits on Spain's energy-poverty expert network under Article 24(4)?", 'other_jurisdiction'],
    ]);
    expectAnswered([
      'A small bakery chain in Porto asks whether Portugal must run a programme to help SMEs get energy audits, and whether public audit centres are allowed.',
      "I'm a legal officer at the Danish Energy Agency drafting our transposition bill. May we keep our national rule that makes large companies audit every three years?",
    ]);
  });
});

describe(`${outOfScope.name}, batches R42-R44 (an article cited before practice, records, documents and forecasts; politics and people around the text)`, () => {
  it("refuses politics, studies, statements and events around the text, and answers the directive's rule asked beside a think tank or a webinar", () => {
    expectVerdicts([
      ['Which ITRE members championed making the Article 3 energy efficiency first principle legally binding during the committee stage?', 'live_data'],
      ['Is there a think-tank study estimating how many jobs the recast EED will create across the EU?', 'live_data'],
      ['Did Commissioner Kadri Simson ever give a speech defending the Article 3 energy efficiency first principle? What did she actually say?', 'live_data'],
      ['Everyone says the 2027 evaluation under Article 35 will push the targets upwards. Is that actually likely given the political mood in Brussels?', 'live_data'],
      ['Are any webinars coming up this autumn explaining the Article 5 public sector duties to local authorities?', 'live_data'],
      ['Did French ministers argue in the Council that the Article 31 primary energy factor for electricity was unfair to nuclear power?', 'live_data'],
      ["Has Spain's Ministry for Ecological Transition issued any statement about its Article 9 obligation scheme?", 'live_data'],
    ]);
    expectAnswered([
      "I'm a researcher at a think tank. Will the Commission's next full evaluation of the directive look at electrification and hydrogen, and when is it due?",
      "A consultant's webinar slide said the yearly new-savings requirement jumps from 0.8 % to 1.9 % in 2024. What is the actual phasing of the requirement?",
    ]);
  });

  it("refuses the asker's documents worked on, peers' practice, the world's totals, forecasts of a review and another standard's own definitions", () => {
    expectVerdicts([
      ["Attached is our client's 2023 energy audit report. Please check it line by line against Annex VI and mark every gap in red.", 'live_data'],
      ['Fellow DSO engineers: how are you quantifying network losses for Article 27(3) in practice? Which tools?', 'live_data'],
      ['EU-wide Article 9 scheme savings in 2023, total?', 'live_data'],
      ['What percentage of the public building floor area covered by Article 6(1) was actually renovated across the EU in 2024?', 'live_data'],
      ['Article 31(7) review: which coefficient will come out?', 'live_data'],
      ['I need a prediction for our long-term plan: will the Article 8(1) annual savings rate be pushed above 1,9 % after 2030?', 'live_data'],
      ['Annex VII(c) cites CEN/CENELEC EN 50600-4. How does that standard define and calculate PUE?', 'other_act'],
      ['Quick one: Article 21(4) mentions Article 62 of Directive (EU) 2015/2366. Summarise what that article says about surcharges.', 'other_act'],
      ['Article 30(13) lets public bodies pay into the national fund instead of renovating. For our hospital trust, is paying in cheaper than doing the renovations ourselves?', 'live_data'],
    ]);
    expectAnswered([
      "We're in a dispute with the regulator over whether our boiler-house retrofit counted as a 'substantial refurbishment'. How much does the work have to cost under the EED definition?",
      'As an adviser at a chamber of commerce, I want to know what information the state must put out so that small businesses can actually use ESCO offers.',
    ]);
  });
});

describe(speaksOfThisDirective.name, () => {
  it.each(['What is Article 11 about?', 'Which art. covers audits?', 'Explain Annex VI.', 'Does the EED cover data centres?', 'What do recitals say on poverty?', 'What is the change to the Social Climate Fund regulation?', 'How large is the EU-wide cut in final energy consumption for 2030?', 'Our CHP unit got a capital grant. Must its GO certificate disclose that?', "How big is the Union's energy consumption cap for 2030?", 'Which yearly savings rate applies from 2028?', 'Is the savings rate under the energy savings obligation the same in 2026?'])(
    'hears the directive or a place of it in "%s"',
    (question) => expect(speaksOfThisDirective(question)).toBe(true),
  );

  it('hears what a Member State may or must do as the directive\'s question (fresh batch J1), and a country\'s own wish as not', () => {
    expect(speaksOfThisDirective('Can a Member State leave rooftop PV and other on-site renewable generation out of the energy savings calculation baseline?')).toBe(true);
    expect(speaksOfThisDirective('Must each Member State designate a body for complaints?')).toBe(true);
    expect(speaksOfThisDirective('Does the country want more tourists?')).toBe(false);
  });

  it.each(['How many free allowances does a cement kiln get?', 'Are the articled clerks paid?', 'What is an annexe building?', 'What is the 2030 target for renewables?', 'Can our solar park sell guarantees of origin?', "What is the EU's 2030 emissions target?", 'What savings rate does my bank pay?'])('hears neither in "%s"', (question) =>
    expect(speaksOfThisDirective(question)).toBe(false),
  );
});

describe('the asker set in a country (placeprobe: 3 to 20 % of answered dev questions were refused so placed)', () => {
  it('answers the rule asked wherever the asker says they are', () => {
    expectAnswered([
      'Our company operates in Germany. Our obligation team over-delivered savings this year. Can we book some of them against other years of the scheme?',
      "We're a German manufacturer. Our obligation team over-delivered savings this year. Can we book some of them against other years of the scheme?",
      'As a DSO in Spain, which companies are required to implement a certified energy management system, and what is the deadline?',
      'From what date do the new metering and billing rules for heating, cooling and gas apply in Portugal?',
      'Is the government supposed to publish a list of qualified or certified ESCOs we can choose from in Czechia?',
    ]);
  });

  it("still refuses the country's own figures, money and procedures, and an off-topic question however the asker is placed", () => {
    expectVerdicts([
      ['How many data centres are there in Ireland?', 'other_jurisdiction'],
      ['Quick question from our energy team: How many data centres are there in Ireland?', 'other_jurisdiction'],
      ['I am a homeowner in France. Are we entitled to the national renovation grant?', 'other_jurisdiction'],
      ['As a housing association in Greece, what PUE did Equinix report for its FR5 data centre in Frankfurt?', 'live_data'],
      ['We operate a 3 MWe CHP unit in Austria. How do we register it with the national guarantee of origin registry?', 'other_jurisdiction'],
    ]);
  });

  it('takes the setting and the asker\'s own country out of what a learned judge reads, and leaves a national body\'s', () => {
    expect(withoutAskersSetting('Our company operates in Poland. What energy audit threshold applies to us?')).toBe('. What energy audit threshold applies to us?');
    expect(withoutAskersSetting('As a DSO in Italy, what must we do about metering?')).toBe(', what must we do about metering?');
    expect(withoutAskersSetting('Spain-based DSO here. Must we report losses?')).toBe(' Must we report losses?');
    expect(withoutAskersSetting('We are a Polish utility. Must we offer audits?')).toBe('We are a  utility. Must we offer audits?');
    expect(withoutAskersSetting('Does the rule on heat bills apply for us in Spain?')).toBe('Does the rule on heat bills apply for us?');
    expect(withoutAskersSetting('What tariff will the German regulator approve for our DSO?')).toBe('What tariff will the German regulator approve for our DSO?');
    expect(withoutAskersSetting("How do you say 'heat meter' in Polish?")).toBe("How do you say 'heat meter' in Polish?");
  });
});

describe('batches S3, S5 and S6: categories from their first runs', () => {
  it('answers a rule asked after a colon that follows a think tank, and a question beside the asker\'s own register', () => {
    expectAnswered([
      'analyst at a brussels think tank, quick check for a briefing note: binding EU 2030 final energy consumption cap in the recast EED, and what % reduction vs the 2020 reference scenario is it?',
      'Is Directive 2012/27/EU still in force? Our Austrian compliance register still cites it everywhere – when is it repealed and how should the old references be read?',
    ]);
  });

  it("refuses a programme's payout to the asker, a tax credit for the asker, which Member States are off track today and what a named body issued", () => {
    expectVerdicts([
      ["How much grant funding can our region get from the national programme for replacing oil boilers in schools, and what's the application deadline?", 'advice'],
      ['The EED lets taxation measures count toward energy savings. Does that mean I, as a landlord, can get a tax credit for double glazing in Portugal? How much?', 'advice'],
      ["Which member states are currently off-track for their 2030 energy efficiency contributions in the Commission's most recent assessment?", 'live_data'],
      [
        'I manage energy for a Swedish municipality of about 30 000 inhabitants. Art. 5(3) keeps us out of the public-sector count until the end of 2026, but which reporting template has Energimyndigheten issued for local authorities, and when is our first national submission due?',
        'other_jurisdiction',
      ],
    ]);
  });
});

describe('the directive named as where to look', () => {
  it('judges a question that only names the directive as where to look without it', () => {
    expectVerdicts([
      ['What are the cybersecurity certification rules for smart meters under the Cyber Resilience Act under the EED rules?', 'other_act'],
      ['From an EED perspective, under the Ecodesign for Sustainable Products Regulation, which product groups get digital product passports first?', 'other_act'],
      ['For EED compliance purposes, how do I set up incremental refresh on a Power BI fact table?', 'unrelated'],
      ['Under the Ecodesign for Sustainable Products Regulation, which product groups get digital product passports first? Is this in the EED?', 'other_act'],
      ['Under the Ecodesign for Sustainable Products Regulation, which product groups get digital product passports first? What does the directive say?', 'other_act'],
    ]);
  });

  it('keeps answering what the directive itself holds, its places and what another act changed in it', () => {
    expectVerdicts([
      ['Can the Commission update the CHP harmonised efficiency reference values in Regulation 2015/2402 under this directive?', undefined],
      ['Is there any EED requirement about keeping energy audit data?', undefined],
      ['Our housing cooperative keeps arguing about how to split the cost of heating the stairwells. Does the EED say anything about this?', undefined],
      ['What was the time-limit for transposing what Directive (EU) 2018/844 changed in the energy efficiency directive?', undefined],
      ['analyst at a brussels think tank, quick check: binding EU 2030 final energy consumption cap in the recast EED, and what % reduction is it?', undefined],
    ]);
  });

  it('tells the directive asked about from the directive named as where to look', () => {
    for (const asked of ['Does the EED push countries to recognise auditor schemes?', 'What does the directive itself say about penalties?', 'Should we expect the energy efficiency directive to put pressure on banks?', 'What is the recast EED meant to achieve?', 'When will the Commission evaluate how this law is working?']) {
      expect([asked, asksWhatThisDirectiveHolds(asked)]).toEqual([asked, true]);
    }
    for (const asked of ['Which of the agreed actions are actually required by the energy efficiency directive?', "Which passages set out the directive's reporting duties?"]) {
      expect([asked, asksWhatThisDirectiveHolds(asked)]).toEqual([asked, true]);
    }
    // Another directive's own possessive or saying is not this one's.
    for (const other of ["What is the Renewable Energy Directive's 2030 target?", 'What does the recast Energy Performance of Buildings Directive say about solar?']) {
      expect([other, speaksOfThisDirective(other)]).toEqual([other, false]);
    }
    for (const pointed of ['What should I feed a cat under the EED rules?', 'From an EED perspective, what is a good boiler?', 'According to the EED, how many nurses does a hospital need?']) {
      expect([pointed, asksWhatThisDirectiveHolds(pointed)]).toEqual([pointed, false]);
    }
  });
});

describe('fresh batch B3: categories from its first run', () => {
  it("refuses today's market price asked for the asker's own purpose, what a Commission recommendation suggests and how big a fund is", () => {
    expectVerdicts([
      ["What's the EUA carbon price today? I need it for the cost-benefit analysis of our waste heat project.", 'live_data'],
      ['What default lifetime for LED lamps does the Commission recommendation on implementing the energy savings obligation suggest?', 'other_act'],
      ['How big is the total budget of the Social Climate Fund that the EED tells Member States to use for energy poor households?', 'other_act'],
    ]);
  });

  it('still answers what the directive sets for a price, its own guidance duties and a fund it lets Member States set up', () => {
    expectVerdicts([
      ['Must the cost-benefit analysis for our waste heat project use a carbon price?', undefined],
      ['By when must the Commission adopt guidelines on the energy efficiency first principle?', undefined],
      ['How large is the national energy efficiency fund that Article 30 lets Member States set up?', undefined],
    ]);
  });
});

describe('fresh batch B4: categories from its first run', () => {
  it('takes the country where the asker heard a claim out of what the learned judges read, and keeps a country that is asked about', () => {
    expect(withoutAskersSetting('We were told in Austria that the recast EED had to be transposed by the end of 2024. Correct?')).toBe(
      'We were told  that the recast EED had to be transposed by the end of 2024. Correct?',
    );
    expect(withoutAskersSetting('A colleague in Austria says the recast EED had to be transposed by 2025. Is that right?')).toBe(
      'A colleague  says the recast EED had to be transposed by 2025. Is that right?',
    );
    expect(withoutAskersSetting('Which body in Austria checks the energy audits?')).toBe('Which body in Austria checks the energy audits?');
    expect(withoutAskersSetting('What fine did the regulator in Austria impose last year?')).toBe('What fine did the regulator in Austria impose last year?');
  });
});

describe('fresh batches H1-H3: categories from their first run', () => {
  it("refuses another party's state of the day, a rate charged now, a standard's own text, a country's own fine, a hurdle rate and a room temperature cap", () => {
    expectVerdicts([
      ['Is our competitor currently ISO 50001 certified?', 'live_data'],
      ["Has our city's district heating operator already submitted its decarbonisation plan to the regulator this year?", 'live_data'],
      ['The EED mentions data centres. What PUE is our Frankfurt colocation provider currently reporting?', 'live_data'],
      ['What interest rate does the EIB currently charge on energy efficiency framework loans to municipalities?', 'live_data'],
      ['How does ISO 50001:2018 define an energy performance indicator?', 'other_act'],
      ['What chapters must an EN 16247 energy audit report contain?', 'other_act'],
      ['What fine does the Netherlands impose on companies that miss their EED audit deadline?', 'other_jurisdiction'],
      ["We're doing our EED energy audit anyway - what hurdle rate should our finance team use for a chiller replacement?", 'advice'],
      ['Is there an EU rule this winter that caps heating in public buildings at 19 degrees?', 'other_act'],
      ['Write a short essay on the EED for my class.', 'unrelated'],
    ]);
  });

  it('still answers what the directive requires of those parties, standards, penalties and temperatures, an essay named as the purpose and a turn from another act to this one', () => {
    expectVerdicts([
      ['Is our district heating operator currently required to submit a decarbonisation plan?', undefined],
      ['Does an ISO 50001 certificate exempt us from the energy audit?', undefined],
      ['What penalties must Member States lay down for companies that miss the audit deadline?', undefined],
      ['Our heating network runs below 50 degrees. Does the comprehensive heating and cooling assessment have to cover low-temperature networks?', undefined],
      ['Student essay on households and energy poverty: which underlying factors does the EED say must at least be combined when it defines energy poverty?', undefined],
      ['The EPBD talks about nearly zero-energy buildings. Under the EED, which publicly owned buildings feed into the yearly renovation rate - is there a minimum size?', undefined],
      ['The gas directive 2009/73/EC covers smart meters, but under the EED when must a natural gas customer always get an individual meter?', undefined],
    ]);
    expect(asksWhatThisDirectiveHolds('The EPBD covers solar roofs. Under the EED, what must public bodies renovate?')).toBe(true);
    expect(asksWhatThisDirectiveHolds('What should I feed a cat under the EED?')).toBe(false);
  });
});

describe('fresh batches I1-I4: categories from their first run', () => {
  it('refuses a VAT rate, a named company\'s certificate, the asker\'s own past use, a tariff right now, withheld rent, where to eat and another act asked with the EED set aside before or after', () => {
    expectVerdicts([
      ['eed vat rate heat pumps', 'other_act'],
      ['is siemens iso 50001 certified', 'live_data'],
      ['Can you tell me how much gas our Lyon site used last February according to its meter? We need it for the audit.', 'live_data'],
      ["What's the regulated gas tariff in Belgium right now? Our EED bills should show current prices.", 'live_data'],
      ['My landlord wont replace the drafty windows. I read the EED talks about split incentives, can I withhold part of my rent until he does?', 'advice'],
      ['Any good restaurants near the European Parliament in Strasbourg for dinner after our EED workshop?', 'unrelated'],
      ['Unrelated to our EED reporting: is the 90 % gas storage filling target for 1 November still binding this year under the gas storage regulation?', 'other_act'],
      ["Dutch office tenant: which measures are on the recognised measures list for the Dutch energy savings information obligation? The EED audit doesn't apply to us.", 'other_jurisdiction'],
      ['Our auditors say we have to report energy consumption by source under CSRD. Which ESRS E1 datapoints cover this, and is the EED audit enough to satisfy them?', 'other_act'],
    ]);
  });

  it('still answers a tax measure\'s savings, a certificate\'s effect, what a bill must show, a duty beside the cheapest, and a restaurant that asks about audits', () => {
    expectVerdicts([
      ['Can a VAT cut count as savings under the obligation?', undefined],
      ['Is an ISO 50001 certified company exempt from audits?', undefined],
      ['what info is my gas bill actually supposed to show me? mine is just one number and a due date', undefined],
      ['is the national energy savings obligation supposed to target energy poor people at all or is it just whatever is cheapest', undefined],
      ['We run a small restaurant in Lyon. Do we need an energy audit?', undefined],
      ["Which measures count towards the savings obligation? The EED audit doesn't apply to us.", undefined],
      ['Which RED article does Article 26 of the EED point to, and what must a heat plan contain?', undefined],
    ]);
  });
});

describe('fresh batches J1-J4: categories from their first run', () => {
  it("refuses a named party's figure, listing, certificate or compliance, a named operator's schedule, what a named scheme pays and the cheaper way to pay", () => {
    expectVerdicts([
      ["What PUE does Google's Hamina data centre in Finland report?", 'live_data'],
      ["Is Equinix's Frankfurt campus already in the EU data centre database and what PUE did it report?", 'live_data'],
      ['When will Fluvius replace my old gas meter with a digital meter in Flanders?', 'live_data'],
      ['How much can a Swedish municipality get from Klimatklivet for a district heating connection?', 'live_data'],
      ['Is BASF currently compliant with its EED energy audit obligation?', 'live_data'],
      ['Should our municipality finance its school renovations through an ESCO contract or a bank loan, whichever is cheaper for us?', 'advice'],
    ]);
  });

  it("still answers what places and Member States must report or do, a country asked of as 'it', and an audit's method asked as a choice", () => {
    expectVerdicts([
      ['What figures does Article 12 require data centres to report?', undefined],
      ['When will Article 16 apply to existing meters?', undefined],
      ['When will Member States have to replace gas meters?', undefined],
      ['Is an ISO 50001 certified company compliant with the audit duty?', undefined],
      ['Should our energy audit use simple payback or life-cycle costing?', undefined],
      ['Are firms with a certified environmental management system exempt from the energy audit obligation?', undefined],
      ['Lithuania overshot its cumulative end-use savings at the end of an obligation period. Can it carry the surplus over, and how much?', undefined],
    ]);
  });
});

describe('fresh batch K2: categories from its first run', () => {
  it("refuses how the directive was negotiated, a delegated regulation's own figures and a reform the Commission is planning", () => {
    expectVerdicts([
      ['Which industry lobby groups pushed hardest to weaken the binding target during the EED negotiations?', 'live_data'],
      ["Who was the Parliament's lead negotiator on the EED recast and what were their main amendments?", 'live_data'],
      ["What exact KPIs and thresholds are set in the Commission's delegated regulation rating data centre sustainability?", 'live_data'],
      ['How will the energy efficiency obligation in the EED interact with the new Energy Union governance reform the Commission is planning for 2026?', 'live_data'],
    ]);
  });

  it('still answers a lease negotiation the asker is in and what the directive asks the delegated act to set', () => {
    expectVerdicts([
      ["We're a regional authority renting office space from a private landlord, and the lease is up for renewal next year. Does the EED expect us to do anything about the building's energy performance in that negotiation?", undefined],
      ['By when must the Commission adopt the delegated act establishing the data centre rating scheme?', undefined],
    ]);
  });
});

describe('fresh batches L1-L4: categories from their first run', () => {
  it("answers which part of another act one of this directive's instruments takes, asked with which or what", () => {
    expectVerdicts([
      ["We're preparing the comprehensive heating and cooling assessment for our NECP. Which renewable energy directive assessment has to go with it?", undefined],
      ['Through which Governance Regulation document does a country notify its indicative national energy efficiency contribution for 2030?', undefined],
      ['Our regional council has to publish a list of its heated buildings. Which certificate from the buildings directive needs to be in that list for each building?', undefined],
      ['If a country prefers the emissions-per-unit-of-heat test for efficient district heating, what ceiling applies from 2026, and which renewables directive obligation must it take into consideration?', undefined],
      // Another act's own rule, or its part asked with no instrument of this directive, stays refused.
      ['Which renewable energy directive targets does our country have to meet by 2030?', 'other_act'],
      ['What does the buildings directive require of the energy performance certificate that goes with it?', 'other_act'],
    ]);
  });

  it("answers savings a Member State counts towards its Article 8 savings or claims from a tax, and another act's scene before a duty to save", () => {
    expectVerdicts([
      ['Savings from the minimum energy performance standards in the buildings directive come from mandatory EU law. Can a member state still count them towards its Article 8 savings, and on what condition?', undefined],
      ['In our country a carbon tax and emissions trading both hit the same fuels. What do we have to show the Commission about the savings we claim from the tax?', undefined],
      ['Our steel plant sits under the EU emissions trading system. When our government worked out how much energy it had to save for 2021 to 2023, was it allowed to leave out the energy used by plants like ours?', undefined],
      // A national tax asked for its own sake stays the country's.
      ['In our country, how is the tax deduction for home insulation calculated?', 'other_jurisdiction'],
    ]);
  });

  it('answers a rule asked after a scene that names a spreadsheet, and still refuses the spreadsheet asked', () => {
    expectVerdicts([
      ["I'm modelling national contributions at the energy ministry, and my manager wants the indicative formula rebuilt in a spreadsheet. Which factors make up the national level of ambition in that formula?", undefined],
      ['Our ministry team works in one very stubborn spreadsheet. How far above the formula outcome may a Member State go with its contribution?', undefined],
      ['We track the renovation quota in a spreadsheet. How do I make a pivot table of floor area per building?', 'unrelated'],
    ]);
  });

  it("refuses the fine for a breach in a named country, a standard's clauses, the EED named as the asker's team, and an old article said to still apply", () => {
    expectVerdicts([
      ['What is the penalty for not doing an energy audit in Germany?', 'other_jurisdiction'],
      ['Which ISO 50001 clauses does our energy management system need to meet?', 'other_act'],
      ["Our EED team is asking how Spain's personal income tax deduction for home energy-efficiency works is calculated.", 'other_jurisdiction'],
      ["We were told Article 15(2) of Directive 2012/27/EU still applies. What must our grid operator's assessment of efficiency potential contain under it?", 'repealed_act'],
      // What Member States must lay down, and what the directive asks of an energy management system, stay answered.
      ['What penalties must Member States lay down in Germany and elsewhere for missed audits?', undefined],
      ['Which requirements does our energy management system need to meet under the EED?', undefined],
      ['Old Article 15(2) of Directive 2012/27/EU: where did it go in the recast?', undefined],
    ]);
  });
});

describe('fresh batch M3: categories from its first run (rules asked as advice, opinion or the state of the day)', () => {
  it("answers how often or how long to expect something, a rate to assume, what to tell one's board about a rule, and what counts right now", () => {
    expectAnswered([
      'How often should I expect a gas bill based on my actual use rather than an estimate?',
      "We're a CHP developer. How long should we expect the grid connection process to take at most?",
      "We're doing long-range planning for 2028 to 2030. What annual new-savings rate should we assume for that stretch?",
      'Do we really have to make our audit action plan public? What should I tell the management team?',
      'We run a colocation site with about 600 kW of installed IT. What should I tell my board about the public reporting duty and how often it recurs?',
      'Right now, what mix of renewables, waste heat or CHP does a district heating network need to count as efficient?',
    ]);
  });

  it("still refuses what to expect of one's own kit, a design value, a choice for the board, and taking a job", () => {
    expectVerdicts([
      ['What payback period should I expect from a 2 MWe gas engine?', 'advice'],
      ['What heat pump COP should we assume for recovering heat from our sewage effluent?', 'advice'],
      ['We run a 40 MW network that fails the efficiency criteria. Heat pump now, or biomass boilers and wait? What should I tell the board on Thursday?', 'advice'],
      ['Should we take the job offer from the ESCO?', 'advice'],
    ]);
  });
});

describe('fresh batches M1 and M2: categories from their first run (links to other acts, a country named in the scene)', () => {
  it("answers which provision of another act one of this directive's rules is linked to, sets out or takes into account", () => {
    expectAnswered([
      "We'd like to use the emissions-based route for efficient district heating. Which RED III provision's measures do we have to take into consideration?",
      "Which network development plan provisions of the gas directive and the electricity market directive are linked to the regulator's check on energy efficiency first?",
      'What level must renovated public buildings reach under the 3 % rule, and which EPBD article sets out that standard?',
      'How big must our energy poverty ring-fence under the savings obligation be, and which NECP provision of the Governance Regulation does the figure come from?',
      'Can we leave out the energy used by ETS industrial installations when calculating the savings we owe?',
    ]);
  });

  it("still refuses another act's own article, certificate or targets asked with which", () => {
    expectVerdicts([
      ['Which EPBD article sets the zero-emission building standard?', 'other_act'],
      ['Under the EPBD, which certificate must our office building have?', 'other_act'],
      ['We are doing the comprehensive assessment. Which RED III targets do we have to meet?', 'other_act'],
    ]);
  });

  it("answers a rule of every Member State's subjects asked after a scene that names a country's body, and keeps a national grant refused", () => {
    expectVerdicts([
      ["The City of Vienna's facilities department needs the numbers: by how much must all public bodies together cut final energy use each year, and against which base year?", undefined],
      ['Germany runs the KfW efficiency programme. How much grant can a homeowner get for a heat pump?', 'other_jurisdiction'],
    ]);
  });
});

describe('fresh batch M1: the scene a statement sets is not a rule asked', () => {
  it("still refuses another act's own class asked after a statement about one of this directive's duties", () => {
    expectVerdicts([
      [
        "We're replacing the heat meters at our building substations to comply with Article 14(2). Which accuracy class under the Measuring Instruments Directive and EN 1434 do they need, and how often must they be re-verified?",
        'other_act',
      ],
    ]);
  });
});

describe('fresh batch M4: categories from its first run (the old directive and the record since)', () => {
  it('refuses the old directive said to still bind the asker or asked as it still stands, and the record of the Member States', () => {
    expectVerdicts([
      ['Since old Article 8(4) still applies to us as a large enterprise, do we need our next audit four years after the last one, whatever our consumption?', 'repealed_act'],
      ['Under the 2012 directive as it still stands, how many smart gas meters had to be rolled out by 2020?', 'repealed_act'],
      ['How many Member States met their 2020 indicative national energy efficiency targets?', 'live_data'],
      ["What were the EU's final energy consumption figures for 2022 and 2023?", 'live_data'],
      ['Which Member States got infringement letters for transposing Directive 2012/27/EU late?', 'live_data'],
    ]);
  });

  it("answers the recast's provision asked as an old article's successor, and an old plan's savings counted towards today's obligation", () => {
    expectAnswered([
      'By when must Member States notify their penalty rules for the recast, the successor of old Article 13?',
      "When does the Commission next evaluate the whole directive under the recast's review clause, the successor of old Article 24?",
      'Savings we reported in our old NEEAPs that went beyond the 2014-2020 requirement: can they count towards the post-2020 obligation?',
      // Still applying to the asker without an old article named is a rule's scope.
      'Our data centre serves only the armed forces. Do the public disclosure rules for data centres still apply to us?',
    ]);
  });
});

describe('fresh batch M2: a named party in the news', () => {
  it('refuses what a named company announced, and answers what the Commission must publish', () => {
    expectVerdicts([
      ['What did Microsoft announce about reusing waste heat from its data centres near Helsinki?', 'live_data'],
      ['What must the Commission publish about data centres, and by when?', undefined],
    ]);
  });
});

describe('fresh batches S3, S4 and S6: categories from their first run (hard near misses)', () => {
  it("refuses another act's article asked by the act's name, though its number is one of this directive's", () => {
    expectVerdicts([
      ['By how many percentage points per year must the share of renewables in district heating and cooling increase under Article 24(4) of the Renewable Energy Directive?', 'other_act'],
    ]);
    expectAnswered([
      'By how many percentage points per year must the share of renewables in district heating increase for a network to stay efficient under Article 26(1)?',
      'Our ministry wants to use the GHG-per-kWh route for district heating linked to Article 24(4) of the Renewable Energy Directive 2018/2001. What emission caps apply?',
    ]);
  });

  it("refuses a country's own body, register and definitions, and answers the Union's definition", () => {
    expectVerdicts([
      ['We run a heat network in Copenhagen. What price cap does the Danish Utility Regulator apply to our heating tariffs?', 'other_jurisdiction'],
      ['Our logistics company in Flanders uses about 12 TJ a year. Which regional auditor register do we have to use and which form do we file the audit with?', 'other_jurisdiction'],
      ['How does the Czech Republic define energy poverty in its national legislation?', 'other_jurisdiction'],
      ['We are a training body in Ireland. What modules are in the national curriculum for the nearly zero-energy building retrofit qualification?', 'other_jurisdiction'],
    ]);
    expectAnswered(['How does the directive define energy poverty?', 'Which body must a Member State designate to check the energy audits?']);
  });

  it('refuses where offices are, a past share, the next review, brands, tools, portals and a choice of kit; answers the rules beside them', () => {
    expectVerdicts([
      ['Where are the one-stop shops for home renovation advice located in Portugal?', 'live_data'],
      ['What share of the heat delivered by EU district heating networks came from renewables in 2021?', 'live_data'],
      ["What will the lowered energy efficiency first investment threshold be after the Commission's 2027 review?", 'live_data'],
      ['Will the minimum performance standards for data centres that the Commission may propose become binding from 2027?', 'live_data'],
      ['Which brand of heat cost allocator is the most accurate for a 40-apartment building?', 'live_data'],
      ['Which software tool can calculate the primary energy savings of our CHP unit under the Annex III method?', 'unrelated'],
      ['What file format does the European data centre database portal accept when we upload our KPIs?', 'unrelated'],
      ['Should our hospital install a gas CHP unit or a large heat pump to cut its energy bill?', 'advice'],
      ['Should our municipality connect its schools to the district heating network or install individual heat pumps?', 'advice'],
      ['As a TSO planner, what do the ENTSO-E network codes require for grid-forming capability of inverter-based generation?', 'unrelated'],
      ['In its recommendation on transposing the heating and cooling provisions, which example municipalities does the Commission showcase for local heating and cooling plans?', 'other_act'],
    ]);
    expectAnswered([
      'As a housing cooperative with a central boiler, should we fit individual heat meters in every flat, or are heat cost allocators acceptable?',
      'Which financing tools does the directive tell Member States to foster for low-income households?',
      'Our gas-fired CHP was commissioned in 2015. Does the 270 g CO2 per kWh limit for high-efficiency cogeneration already apply to us?',
      'Is a brand-new town hall above 250 m2 covered by the renovation obligation?',
      'What must the one-stop shops for energy efficiency offer?',
    ]);
  });
});

describe('fresh batch S7: categories from its first run (hard near misses, second set)', () => {
  it("refuses what the Commission or the Council is going to do, who is likely to get what, the weather to come and the statisticians' figures", () => {
    expectVerdicts([
      ['The Commission has to assess the efficiency-first thresholds. What new threshold figure is it actually going to propose?', 'live_data'],
      ['When the Commission revises the default primary energy coefficient for electricity, what value is it expected to set?', 'live_data'],
      ['Will the delegated act on the data centre sustainability rating scheme be amended next year to add water-use thresholds?', 'live_data'],
      ['Which Member States are likely to receive a corrected national energy efficiency contribution in the next NECP assessment round?', 'live_data'],
      ['When will the next EU Reference Scenario be published, and how much will it shift our national 2030 baseline?', 'live_data'],
      ["Will this coming heating season be colder than average? We're planning heat cost allocator readings.", 'live_data'],
      ['What share of Polish households reported being unable to keep their home adequately warm in 2022 according to the Eurostat SILC indicator?', 'live_data'],
    ]);
    expectAnswered([
      'Is the Commission going to set up energy efficiency partnerships for sectors like ours, and by when does it have to decide?',
      'Is the €100 million trigger for efficiency-first checks likely to be lowered? When is Brussels due to review it and report back?',
    ]);
  });

  it('refuses the assistant asked to remember or send, forms and templates, unit conversions, legal claims, negotiation and a region\'s body', () => {
    expectVerdicts([
      ["Can you pull up the audit figures I gave you in last week's chat and compare them with this year's?", 'live_data'],
      ['Can you email this summary of our energy savings obligation to my colleague in the regulator?', 'live_data'],
      ['Is there a downloadable Word template of the model energy performance contract that Member States provide to public bodies?', 'live_data'],
      ['Which eForms field codes do we use to publish the energy efficiency impact of a contract in our TED notice?', 'unrelated'],
      ["How many MWh are there in one tonne of oil equivalent? I'm converting our consumption data for the energy report.", 'unrelated'],
      ['What is the limitation period for a final user to claim back overcharges from inaccurate heating bills?', 'advice'],
      ['Our ESCO missed the guaranteed savings in our performance contract. Can we claim damages under EU law, or is it purely national contract law?', 'advice'],
      ["How should I negotiate the baseline-adjustment clause with our ESCO so we're protected if energy prices swing?", 'advice'],
      ['In Flanders, which agency collects the annual data centre reports, and is there a regional deadline earlier than the EU one?', 'other_jurisdiction'],
    ]);
    expectAnswered([
      'Our e-procurement platform pushes notices to TED through eForms. For above-threshold tenders, does the EED require anything about energy efficiency to be published in those notices?',
    ]);
  });
});

describe('fresh batch S8: categories from its first run (questions in a scene)', () => {
  it("refuses the old text's original wording, a country's allocation, a region's method, a model that fits, a named tariff, a pick to get a plan approved and what the Commission will propose", () => {
    expectVerdicts([
      ['Our compliance software maps old references: what exactly did Article 8 of Directive 2012/27/EU require of large enterprises in its original wording?', 'repealed_act'],
      ["I'm setting up Hungary's renovation advice centres. How much Recovery and Resilience Facility money did Hungary allocate to one-stop shops?", 'other_jurisdiction'],
      ['We sell heat pumps in Belgium. What primary energy factor for electricity does the Flemish EPB calculation method use?', 'other_jurisdiction'],
      ['Our Leipzig housing co-op is replacing its allocators. Which radio heat cost allocator model is compatible with our existing reading system?', 'live_data'],
      ["I advise Malta's Energy and Water Agency. What is Enemalta's current residential electricity tariff per kWh?", 'live_data'],
      ['Engineer at a Ghent steel mill: should we use a 3,5 % or a 7 % discount rate in our waste-heat cost-benefit analysis to get it approved?', 'advice'],
      ['Danish Energy Agency adviser: will the Commission propose a higher 2030 energy efficiency target in its 2027 review, and by how much?', 'live_data'],
      ['Dear copilot, our board wants a briefing on the eceee Summer Study sessions about the recast. What were the main takeaways presented there?', 'live_data'],
    ]);
  });

  it("answers a rule asked beside a sum converted at today's rate, and refuses a cost at today's price", () => {
    expectAnswered([
      "We're a water utility near Wrocław planning a PLN 600 million treatment-plant upgrade, roughly EUR 135 million at today's rate. From what investment value do energy efficiency solutions have to be assessed under the efficiency-first duty?",
    ]);
    expectVerdicts([["Our CHP burned 26 GWh of gas last year. What would the allowances for that cost at today's EUA price?", 'live_data']]);
  });
});

describe("fresh batch S9: categories from its first run (near misses that cite the directive's own places)", () => {
  it("refuses the market's and the record's figures, a named product, advice, a country's choices and a guide's content, whichever article is cited", () => {
    expectVerdicts([
      ['What price do guarantees of origin for high-efficiency CHP electricity fetch in the Netherlands under Article 26(13)?', 'live_data'],
      ['What interest rate does the Lithuanian energy efficiency fund set up under Article 30 charge on its loans?', 'live_data'],
      ['Which tyre models currently hold fuel efficiency class A in the EPREL database, for purchases under Annex IV?', 'live_data'],
      ['Does a Siemens SGT-800 gas turbine running in CHP mode meet the Annex III 270 g CO2 per kWh limit?', 'live_data'],
      ['Has any company in France actually been fined for breaching the EED energy audit rules? Names and amounts, please.', 'live_data'],
      ['What value did the Commission calculate for the correction factor CEU in the Annex I formula when it assessed the 2023 draft NECPs?', 'live_data'],
      ['Did the Commission end up sending Belgium a corrected national contribution under Article 4(5), and what was the number?', 'live_data'],
      ['Has the Commission already decided how far to lower the Article 3 investment thresholds after its 2027 assessment?', 'live_data'],
      ['Article 24 of the EED: what share of people in Portugal could not keep their home adequately warm in 2023?', 'live_data'],
      ["We're a small Member State ministry. For an Article 10 alternative measure, which works better in practice — a renovation grant programme or an income-tax credit?", 'advice'],
      ['Scene: our hospital board is torn between a shared-savings and a guaranteed-savings energy performance contract under Article 29. Which model should we pick?', 'advice'],
      ['For modelling our national Article 4 trajectory, which tool is best — TIMES, PRIMES or LEAP?', 'advice'],
      ['I want a green mortgage for my flat in Zagreb. Article 30 promotes them — which Croatian bank offers the best rate?', 'advice'],
      ['What is a reasonable annual fee per flat for sub-metering billing services in Vienna, given that Article 20 lets reasonable costs be passed on?', 'advice'],
      ["We're a ministry that notified a stricter audit law under Article 1(2) of the EED. Is that law compatible with EU State aid rules if a company files a complaint?", 'advice'],
      ['Under Article 10 of the EED, how many TWh of savings did Sweden claim from its carbon tax?', 'other_jurisdiction'],
      ['Did Poland designate transport fuel retailers as obligated parties in its Article 9 scheme? Yes or no?', 'other_jurisdiction'],
      ['How much will Romania receive in total from the Social Climate Fund mentioned in Article 24?', 'other_jurisdiction'],
      ["I'm a low-income tenant in Lyon. Article 24 talks about supporting energy-poor people — which French grant can I get to replace my electric heaters, and how much is it?", 'other_jurisdiction'],
      ['Our ministry still applies Article 5 of Directive 2012/27/EU. What floor-area threshold did it set for central government buildings before July 2015?', 'repealed_act'],
      ['Does EN 16247-3 require the auditor to measure compressed-air leaks on site during an Article 11 process audit?', 'other_act'],
      ['Article 3 points to Commission Recommendation (EU) 2021/1749. Which worked examples does that Recommendation give for applying energy efficiency first in water utilities?', 'other_act'],
      ['Article 29(5) mentions the Eurostat guide on energy performance contracts in government accounts. Under that guide, when can an EPC be kept off the government balance sheet?', 'other_act'],
    ]);
    expectAnswered([
      'Does Article 26 let a Member State support high-efficiency cogeneration, and under which State aid conditions?',
      'Which method is used to calculate savings from a renovation grant programme under Article 10?',
      'What fees may be charged for sub-metering billing services under Article 20?',
    ]);
  });
});

describe('fresh batch S10: a country\'s own measure in the scene, whether its savings count asked', () => {
  it('answers whether savings from a national tax count, and still refuses the tax itself', () => {
    expectAnswered(["Finland's carbon tax is higher than the EU minimum. Can energy savings from taxation count, and only above which level?"]);
    expectVerdicts([["What is the rate of Finland's carbon tax on heating oil?", 'other_jurisdiction']]);
  });
});

describe('fresh batches S8 and S10: surplus savings carried into another period, asked of a named country', () => {
  it("answers whether a country's surplus may be carried over, and still refuses what it carried", () => {
    expectAnswered([
      'Our ministry in Vilnius overshot its cumulative savings in the last period thanks to a big renovation programme. How much of that surplus can Lithuania carry into the next obligation period?',
      'If Hungary ends up exceeding its cumulative savings obligation by 2030, can it carry the surplus into the next period, and how much?',
      "I'm compliance lead at a French fuel retailer that is an obligated party under the CEE scheme. If we exceed our savings in one year, may the extra savings be booked to other years, and over what window?",
    ]);
    expectVerdicts([
      ['How much surplus did Lithuania carry into the next obligation period?', 'other_jurisdiction'],
      ["What KPIs did the Commission's 2024 delegated regulation on the data centre rating scheme under Article 33(3) adopt, and what are their formulas?", 'live_data'],
      ['Article 7 and Annex IV: what maximum typical energy consumption (TEC) does the current EU GPP criteria set allow for a notebook computer?', 'other_act'],
    ]);
  });
});

describe('fresh batches T1-T3: categories from their first run', () => {
  it('refuses what a capacity mechanism itself asks of a plant, a CHP included', () => {
    expectVerdicts([
      ['Does our gas CHP meet the 550 g CO2/kWh emission limit to take part in the Polish capacity market?', 'other_act'],
      ['Can our CHP still be paid in the capacity mechanism after 2025?', 'other_act'],
    ]);
    expectAnswered(['Our CHP bids into the capacity market. Do we have to carry out a cost-benefit analysis before refurbishing it?']);
  });

  it("refuses the dimensions of the asker's own kit", () => {
    expectVerdicts([
      ['How big should the thermal storage tank be for our 20 MWth CHP to run through the evening peak?', 'advice'],
      ['What pipe diameter do we need for a 5 MW district heating branch running at 70/40 °C over 1.2 km?', 'advice'],
    ]);
    expectAnswered(['How big must our company be before the energy audit obligation applies?']);
  });

  it('refuses which network code sets a requirement, and voluntary climate-target initiatives', () => {
    expectVerdicts([
      ['Which ENTSO-E network code sets the technical requirements for connecting demand response units to our distribution grid?', 'other_act'],
      ['Will SBTi accept energy efficiency savings from our audits toward validating our near-term emissions target?', 'other_act'],
    ]);
    expectAnswered(['Must network tariffs take the network codes into account when they reward demand response?']);
  });

  it('answers which level of the green procurement criteria a buyer must meet, and refuses their own values', () => {
    expectAnswered(['buying LED street lights & traffic signals - which GPP criteria level do we need to hit?']);
    expectVerdicts([
      ['What PUE ceiling do the EU GPP criteria for data centres set?', 'other_act'],
      ['Which values do the GPP criteria for road lighting specify for luminous efficacy?', 'other_act'],
    ]);
  });
});

describe('fresh batches T7 and T8: categories from their first run', () => {
  it("judges a rule of this directive asked after a scene alone, whatever rating, exchange or act the scene names", () => {
    expectAnswered([
      'The Belgian federal buildings agency wants to lease new office space in Brussels. The shortlisted building has a BREEAM Excellent rating and a glossy sustainability brochure. Under the EED procurement annex, what minimum energy level must a building meet before a public body signs a new rental agreement?',
      "We're a Dutch greenhouse grower with a gas-engine CHP commissioned in 2019. We sell power on the EPEX day-ahead market. Under the EED's high-efficiency cogeneration criteria, what CO2 limit applies?",
    ]);
    // The question sentence itself asks the rating, or points back at the scene's act.
    expectVerdicts([
      ['The EED covers public buildings. Which BREEAM rating does an office need for Excellent?', 'other_act'],
      ['Our ministry still works from Commission Recommendation (EU) 2019/1658. Is that guidance note binding under the EED?', 'other_act'],
    ]);
  });

  it('judges what follows a turn to this directive alone, and refuses modelling kit in a simulation tool', () => {
    expectAnswered([
      "We run a colocation site in Frankfurt with 2 MW of IT load. Germany's EnEfG has its own data-centre rules, but what about the EED itself: from what installed IT power must operators publish their data-centre information?",
    ]);
    expectVerdicts([
      ["Germany's EnEfG has its own rules, but what about the EED itself: what does the EnEfG say about waste heat?", 'other_jurisdiction'],
      ["We're preparing a local heating and cooling plan required by EED Article 25. How do I model a ground-source heat pump with a variable-speed compressor in EnergyPlus?", 'advice'],
      ["I'm modelling a cogeneration cost-benefit analysis for the EED. The tool is RETScreen Expert. How do I enter a custom fuel price escalation rate in RETScreen's financial analysis worksheet?", 'advice'],
      ['Our housing association is fitting remote-readable allocators to meet the EED sub-metering rules. Techem has sent a quote. What battery lifetime does Techem guarantee for its radio heat cost allocators?', 'advice'],
    ]);
  });

  it("answers which of the SILC indicators the directive names, and still refuses a figure asked of them", () => {
    expectAnswered(['Which Eurostat SILC indicators are Member States supposed to consider when assessing the energy-poverty share of the savings obligation?']);
    expectVerdicts([['What was the energy poverty rate in Romania in 2022 according to the Eurostat SILC indicator?', 'live_data']]);
  });

  it('answers whether Social Climate Fund money may go towards efficiency, and refuses where a party stands', () => {
    expectAnswered(['Can money from the EU Social Climate Fund go towards helping poor households with efficiency upgrades?']);
    expectVerdicts([
      ["Does the European People's Party support the EU energy efficiency law?", 'live_data'],
      ['What position do the Greens take on the energy efficiency first principle?', 'live_data'],
    ]);
    expectAnswered(['Can savings from complying with building MEPS be counted for the savings obligation?']);
  });
});

describe('fresh batch T4: what this directive changed in another act', () => {
  it('answers whether the recast changed another regulation, and still refuses that regulation itself', () => {
    expectAnswered(['Did the 2023 recast change the definitions in any other EU regulation? I heard something about the Social Climate Fund.']);
    expectVerdicts([
      ['How much money is in the Social Climate Fund?', 'other_act'],
      ['Did the Social Climate Fund regulation change its eligibility rules?', 'other_act'],
    ]);
  });
});

describe('fresh batches T11 and T12: the directive\'s own words in rules written as forecasts or advice', () => {
  it('answers whether banks will be pushed to lend, a meter at a competitive price and a definition changed by the recast', () => {
    expectAnswered([
      'Homeowner hoping to insulate: will banks be pushed to offer special green mortgages or loans for that?',
      'New gas connection in a newly built block - must it come with an individual meter at a competitive price?',
      'Which definition in the Social Climate Fund regulation was changed by the 2023 efficiency recast, and what does it now point to?',
    ]);
    expectVerdicts([
      ['Will the 500 kW threshold be pushed down in the next data centre package?', 'live_data'],
      ['Is EUR 4,000 a competitive price for a heat pump installation?', 'advice'],
      ['What qualified majority threshold does the Council use when it adopts energy legislation, and how is the population criterion counted?', 'live_data'],
    ]);
  });
});

describe("fresh batch T10: a rule asked after a scene of the asker's agency, forecast or tool", () => {
  it('judges the question sentences alone where they point back at nothing the scene named', () => {
    expectAnswered([
      'The Danish Energy Agency tracks our savings in its Energispareindsats database. The latest forecast shows we may fall short by 2030. What happens if the cumulative savings target is missed when the obligation period closes?',
      "At SEAI we maintain Ireland's register of energy auditors. We work with NSAI on certification. Under the EED, by when was the first assessment of certification and qualification schemes due, and how often after?",
    ]);
    // The question sentences point back at the scene's act or name a country themselves.
    expectVerdicts([
      ['We were told to check RED III. What does its Article 22a require for our heat network?', 'other_act'],
      // A scene naming this directive says what is asked about: the whole is judged.
      [
        "I'm at an electricity retailer and need to comply with the EED's electricity billing rules in Article 10 and Annex VII. How often must we send billing information to household customers whose smart meters are read remotely?",
        'other_act',
      ],
      ['At SEAI we maintain a register of energy auditors. Under the EED, how many auditors has Ireland certified so far?', 'live_data'],
    ]);
  });
});

describe('fresh batches U1-U6, V1 and V2: other acts by their titles or set aside, firms from abroad, advice and the status of a measure', () => {
  it("refuses another act's own figures named by its title in capitals, and the electricity smart-meter roll-out", () => {
    expectVerdicts([
      ['What binding 2030 emissions reduction target does my country have under the Effort Sharing Regulation?', 'other_act'],
      ['What do importers have to report under the Carbon Border Adjustment Mechanism?', 'other_act'],
      ['After a positive cost-benefit analysis, what share of electricity customers must have smart meters, and by when?', 'other_act'],
    ]);
    // A gas smart meter is this directive's (Article 13(2)).
    expectAnswered(['Where Member States roll out smart meters for natural gas, what must the meters tell final customers?']);
  });

  it('answers what a firm from outside the Union must do at its sites in a Member State, and still refuses its home rules', () => {
    expectAnswered([
      'A US cloud provider runs a server hall in Ireland with about 700 kW of IT load. What must it disclose publicly, and from when?',
      'A Swiss group\'s Dutch subsidiary uses about 20 TJ a year and has no certified management system. When is its first energy audit due and how often after that?',
    ]);
    expectVerdicts([
      ["We're a UK group with more than 250 staff. When is the ESOS Phase 4 compliance date?", 'other_jurisdiction'],
      ['A US cloud provider runs a server hall in Texas. What must it disclose publicly?', 'other_jurisdiction'],
    ]);
  });

  it('reads any place outside the Union beside a Member State or one of its cities as the owner of a site there (fresh batch V1)', () => {
    expectAnswered([
      "We're a Swiss-headquartered manufacturer and our Austrian plant already holds a certified environmental management system. Are we exempt from the separate audit duty?",
      "We're a Canadian cloud provider with a 2 MW IT-load facility outside Dublin. What yearly public reporting does the EU directive require of us?",
      'Our Swiss developer is finishing a new mixed-use block in Lyon with central hot water. Are separate hot-water meters for each flat mandatory?',
    ]);
    // The place outside the Union as a site, or as where something is, is still that place's.
    expectVerdicts([
      ['We have sites in Germany and the UK. For the UK side, what is the ESOS Phase 4 compliance date?', 'other_jurisdiction'],
      ["I'm the energy lead for the UK arm of a German manufacturing group. What is the notification deadline for ESOS Phase 4?", 'other_jurisdiction'],
      ["What's the ESOS deadline for our plants in England and Germany?", 'other_jurisdiction'],
      ['Should we move our EU data centres into a separate Irish holding company to limit the group\'s exposure?', 'advice'],
      ['Which visa do our Canadian engineers need to work six months at our Polish plant?', 'unrelated'],
    ]);
  });

  it("answers a rule asked of the asker's chain or subsidiary in a Member State and the state help it may expect, and still refuses that country's own taxes (fresh batch U6)", () => {
    expectAnswered([
      'Could our Belgian fuel retail chain be designated as an obligated party under an obligation scheme?',
      'As a small Slovenian bakery chain, can we expect any state help with energy audits?',
    ]);
    expectVerdicts([
      ['Our Belgian fuel retail chain: what excise duty does Belgium charge on diesel?', 'other_jurisdiction'],
      ['Does our Dutch subsidiary qualify for the Dutch EIA tax deduction?', 'other_jurisdiction'],
      ['What payback period should I expect from a 2 MWe gas engine?', 'advice'],
    ]);
  });

  it('answers a rule asked with another act set aside, and still refuses the other act asked with this directive set aside', () => {
    expectAnswered([
      'We run a colocation site with about 800 kW of IT load. Separately from the taxonomy, is there an EU duty to publish its energy performance, and since when?',
      // Fresh batch V2: set aside before or after its name, and with this directive named after it.
      'Apart from how energy performance certificates are issued under the EPBD, by when must the state publish an inventory of public buildings, and how often must it be refreshed?',
      'GDPR aside, by what date must old heat meters and heat cost allocators in our apartment blocks be readable remotely, under the EED?',
      'Leaving the EPBD\'s renovation obligations aside, does a municipality renovating a large non-residential building have to look at energy performance contracting?',
      "Setting aside the renewables directive's 2030 target, what cap on EU final energy consumption for 2030 does the energy efficiency directive set?",
    ]);
    expectVerdicts([
      ['Setting aside the EED, what ecodesign limits apply to no-load power consumption of external power supplies?', 'other_act'],
      ['Apart from the EPBD, what solar requirement does the EPBD set for new public buildings?', 'other_act'],
      [
        "Setting aside the EED's definition of efficient district heating and cooling, what average annual increase in the renewable share of heating and cooling does RED III set?",
        'other_act',
      ],
    ]);
  });

  it("refuses advice on the asker's deal or restructuring, a named firm's compliance and whether a measure still stands", () => {
    expectVerdicts([
      ['Should our hospital sign the 12-year ESCO contract a vendor just offered us?', 'advice'],
      ['Should we split our company into two entities so each stays below the 10 TJ audit threshold?', 'advice'],
      ["Is Google's Hamina data centre compliant with the waste heat reuse rules?", 'live_data'],
      ['Is the Dublin moratorium on new data-centre grid connections still in place?', 'live_data'],
    ]);
    expectAnswered([
      'Is the 2012 Energy Efficiency Directive still in force, or when did it stop applying?',
      'How should we split the cost of heating stairwells and corridors between flat owners - does the EED say there must be rules for that?',
    ]);
  });

  it("refuses other acts asked in their own terms, and answers this directive's duty beside a numbered act it cites (fresh batches W1, W2, W4, W5, W6)", () => {
    expectVerdicts([
      // A renewables share or target not of a heat network or a data centre, and State aid law's own instruments.
      ['What is the binding EU-wide renewable energy share for 2030?', 'other_act'],
      ['If the Commission finds the EU collectively off track on the renewables target, how does the gap-filling procedure work?', 'other_act'],
      ['Does a municipal grant of EUR 60 million for a new district heating network need to be notified to Brussels under the climate and energy aid guidelines?', 'other_act'],
      ['Under the general block exemption, what maximum aid intensity can a large firm receive for an energy-efficiency upgrade of its factory?', 'other_act'],
      // Another act's name right before its article or annex.
      ['IED Annex I capacity thresholds for combustion activities?', 'other_act'],
      ['Social Climate Fund Annex II country allocations?', 'other_act'],
      // The asker's own document read for a verdict, and a named firm's site's standing.
      ['Can you read my lease and tell me whether my landlord is allowed to pass the cost of the new insulation on to me?', 'advice'],
      ["Is Amazon's Dublin data centre currently listed with its KPIs in the European data centre database?", 'live_data'],
      ["I've attached our 2024 energy audit report - can you tell me whether it passes?", 'live_data'],
      // Fresh batch W5, the same kinds in other words.
      ['Is there an indicative 2030 goal for renewable energy use in buildings, like 49 %?', 'other_act'],
      ['ETS Directive Annex I activities?', 'other_act'],
      ['EPBD recast Art. 10: by when must new public buildings carry solar installations?', 'other_act'],
      // Fresh batch W6: another act's article or annex named by its number or short name after it.
      ['As an electricity supplier with over 200 000 customers, do we have to offer dynamic price contracts under Article 11 of 2019/944?', 'other_act'],
      ['What NOx emission limit values apply to a 60 MW gas-fired combustion plant under Annex V of the IED?', 'other_act'],
      // Another act's own duty, asked the same way.
      ['As a supplier, do we have to offer dynamic price contracts to households under Directive 2019/944?', 'other_act'],
    ]);
    expectAnswered([
      'What share of renewables or waste heat must an efficient district heating network use from 2050?',
      'Do we have to publish our renewable energy share for our 800 kW data centre?',
      'Is public support to cogeneration subject to State aid rules?',
      'What does Annex II of the EED say about cogeneration efficiency?',
      // A duty of this directive's, asked by a role ("As the national regulator, ..."), or how another act it cites comes in after it.
      'As the national regulator, do we have to apply efficiency first when setting grid tariffs under the electricity market Directive (EU) 2019/944?',
      'Who has to accredit the bodies that run certification and training for energy auditors? Does it go through the EU accreditation Regulation (EC) No 765/2008?',
      'What does the Energy Efficiency Directive Annex V say about tax measures?',
      'For our NECP update under Article 14(2) of 2018/1999, what do we have to put alongside the final energy consumption figure for our national efficiency contribution?',
      'Which article of 2023/1791 replaced Article 7 of 2012/27?',
    ]);
    // What the asker runs, described at length before its country, is their setting, which the learned judges read without.
    expect(withoutAskersSetting('We operate a 12 MW coal-based district heating system in Poland. Do we have to make a plan to clean it up, and how often?')).toBe(
      '. Do we have to make a plan to clean it up, and how often?',
    );
  });
});
