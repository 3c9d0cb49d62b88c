import { askedFocus, askedIntent, asksDefinitionItself, asksFor, asksForDefinition, intentOf, referralRoute } from './answer-intent.js';

describe(asksFor.name, () => {
  it('reads questions on methods, formulas, criteria and contents as method questions (an annex holds those)', () => {
    for (const question of [
      'Which methods can obligated parties use to calculate the energy savings they claim?',
      'What weight does the wealth factor get in the formula?',
      'What minimum criteria must an energy audit report satisfy?',
      'What clauses must an energy performance contract include?',
      'EEOS M&V question: can we claim boiler swaps using surveyed savings?',
      'From when do boiler subsidies stop counting towards the savings obligation?',
      'Which KPIs must a data centre publish?',
      // What an assessment must look at "at a minimum", which sources or options it covers, when its result is positive.
      'Waste heat CBA for a new plant: which on-site recovery options have to be looked at as a minimum?',
      'For the national heat assessment, which waste-heat sources have to be identified?',
      'In the installation-level cost-benefit analysis, when is a project treated as having a positive result?',
    ]) expect([question, asksFor(question)]).toEqual([question, 'method']);
  });

  it("reads questions on what a bill, contract or report must say as contents questions (an annex lists those)", () => {
    for (const question of [
      'Our heating bill was estimated. What must it explain?',
      'Must our district heating bill tell us where we can complain?',
      'What must an ESCO contract say about the promised savings?',
      'Besides energy indicators, what facts about its traffic must our data centre report?',
      'Apart from the name, what size and traffic figures do we have to publish?',
      'What kind of information goes into the guarantee of origin?',
      'Which technical standard do we take as the basis for the indicators?',
      'Can savings from complying with EU product rules be claimed towards the national target?',
      // Written the American way too.
      'Can subsidies for new gas boilers still count toward Article 8 savings?',
    ]) expect([question, asksFor(question)]).toEqual([question, 'method']);
    // A duty with no document contents stays an obligation question.
    expect(asksFor('Which data centres must report, and from when?')).toBe('obligation');
    // "Report" in a later clause asks to whom, not what a report says.
    expect(asksFor('What does the EED expect us to do about the energy we lose in our grid, and who do we have to report it to?')).not.toBe('method');
    expect(asksFor('What data on energy efficiency financing does our ministry have to report to Brussels, and how often?')).toBe('method');
  });

  it('reads who, when, how much and whether-we-must questions as obligation questions (an article holds those)', () => {
    for (const question of [
      'Which new thermal power plants need a cost-benefit analysis?',
      'How large is the cut in final energy consumption required for 2030?',
      'When must the first energy audit be done?',
      'Do distribution system operators have to report network losses?',
    ]) expect([question, asksFor(question)]).toEqual([question, 'obligation']);
  });

  it('leaves other questions neutral', () => {
    expect(asksFor('Why does the directive care about energy poverty?')).toBe('other');
    // "count as efficient" is a status, not a calculation rule.
    expect(asksFor('What fuel mix lets a district heating network count as efficient?')).toBe('other');
  });
});

describe(askedFocus.name, () => {
  it('reads the clause a tacked-on "and by when?" or "and how often?" asks about', () => {
    expect(askedFocus('Our firm uses 40 TJ. Do we need an energy audit, and by when?')).toEqual(['Do we need an energy audit']);
    expect(askedFocus('Must a colocation provider publish its KPIs, and from what size?')).toEqual(['Must a colocation provider publish its KPIs']);
    expect(askedFocus('When was the inventory due, and how often is it updated?')).toEqual(['When was the inventory due', 'is it updated']);
    expect(askedFocus('When is the first energy audit due?')).toBeUndefined();
  });
});

describe(intentOf.name, () => {
  it("reads a list asked for in the imperative, or as 'which rates apply', as a list question (fresh batch D4)", () => {
    expect(intentOf('List the annual new savings rates that apply between 2021 and 2030.').list).toBe(true);
    expect(intentOf('Which annual savings rates apply?').list).toBe(true);
    expect(intentOf('Give me the thresholds for installation-level cost-benefit analysis.').list).toBe(true);
    expect(intentOf('What is the savings rate for 2024?').list).toBe(false);
    expect(intentOf('Give me a summary of Article 8.').list).toBe(false);
  });

  it('reads deadlines, time limits and notice periods in the plural as the singular', () => {
    expect(intentOf('Compare the thresholds and deadlines for the two duties.').date).toBe(true);
    expect(intentOf('What time limits apply to the connection process?').period).toBe(true);
    expect(intentOf('Are there notice periods for price changes?').period).toBe(true);
    expect(intentOf('What are the thresholds for the two duties?').date).toBe(false);
  });

  it('reads "where do they report it?" as asking for the document or platform, not for a date', () => {
    expect(intentOf('What must governments do about split incentives, and where do they report it?').place).toBe(true);
    expect(intentOf('In which report do we notify the measures?').place).toBe(true);
    expect(intentOf('Where does the meter have to be installed?').place).toBe(false);
    expect(intentOf('When must the report be published?').place).toBe(false);
  });

  it('reads what a document must hold as a list question, also asked inside another sentence', () => {
    expect(intentOf('Give me a checklist of what the customer contract has to spell out.').list).toBe(true);
    expect(intentOf('Tell me what the heat plan must contain.').list).toBe(true);
    expect(intentOf('What do we need to say in it about how efficiency first was applied?').list).toBe(false);
  });

  it('reads a frequency asked in other words: how frequently, on what cycle, at what interval', () => {
    expect(intentOf('What financing figures must ministries send to Brussels, and on what cycle?').frequency).toBe(true);
    expect(intentOf('How frequently must residents get billing information?').frequency).toBe(true);
    expect(intentOf('At what intervals is the report due?').frequency).toBe(true);
    expect(intentOf('What financing figures must ministries send to Brussels?').frequency).toBe(false);
  });

  it('reads a horizon or time frame as a period asked, and skipping a duty as asking about its exemption', () => {
    expect(intentOf('Over what horizon should the demand forecast run?').period).toBe(true);
    expect(intentOf('What time frame does the forecast cover?').period).toBe(true);
    expect(intentOf('What does the forecast cover?').period).toBe(false);
    expect(intentOf('Can our peaker skip the plant-level CBA?').derogation).toBe(true);
    expect(intentOf('Must our peaker do the plant-level CBA?').derogation).toBe(false);
  });

  it('reads "which of our X count?" as asking who falls under the rule', () => {
    expect(intentOf('Which of our lecture halls count towards the yearly renovation quota?').who).toBe(true);
    expect(intentOf('Which plants are covered by the cost-benefit analysis duty?').who).toBe(true);
    expect(intentOf('Which savings count towards the obligation?').who).toBe(false);
    expect(intentOf('Which methods may we use to count savings?').who).toBe(false);
  });

  it('reads "every" as asking how often only when a span of time follows it', () => {
    for (const question of ['Do we need an audit every four years?', 'Must the inventory be updated every year?', 'Is the report due every time the plan changes?']) {
      expect([question, intentOf(question).frequency]).toEqual([question, true]);
    }
    expect(intentOf('Does the 3 % rule cover every building we own?').frequency).toBe(false);
    expect(intentOf('Must every flat get its own heat meter?').frequency).toBe(false);
  });

  it('reads "what are the minimum clauses" as asking for a list, not an amount', () => {
    const intent = intentOf('What are the minimum clauses an energy performance contract has to include?');
    expect([intent.list, intent.amount]).toEqual([true, false]);
    expect(intentOf('What is the minimum floor area that counts?').amount).toBe(true);
  });

  it("reads practitioners' shorthand for a figure as asking for an amount", () => {
    for (const question of ['Audit trigger for firms without an EnMS?', 'High-efficiency CHP: min primary energy savings?', 'PEF for electricity savings?', 'Cut-off for small CHP units?']) {
      expect([question, intentOf(question).amount]).toEqual([question, true]);
    }
    expect(intentOf('Does the audit duty apply to firms without an EnMS?').amount).toBe(false);
  });

  it('reads the allowed ways or routes, asked in shorthand, as asking for a list', () => {
    expect(intentOf('Annex V: allowed ways to calculate savings?').list).toBe(true);
    expect(intentOf('Which approaches may a country take to the renovation duty?').list).toBe(true);
    expect(intentOf('Is that the only way to calculate savings?').list).toBe(false);
  });

  it('reads "how far out" as asking for a period', () => {
    expect(intentOf('How far out does the demand forecast have to go?').period).toBe(true);
  });

  it("reads a question on Cyprus's or Malta's own rates as one on the derogation, however the country is named", () => {
    for (const question of ['Does Malta have a lower rate?', 'I work at the Cypriot energy ministry. What rate applies to us?', 'Which savings rate do Maltese authorities apply?']) {
      expect([question, intentOf(question).derogation]).toEqual([question, true]);
    }
    expect(intentOf('I work at the energy ministry. What rate applies to us?').derogation).toBe(false);
    // "Can it still count?" asks whether an exception keeps it in.
    expect(intentOf('Can savings from our new gas furnace still count after 2024?').derogation).toBe(true);
    expect(intentOf('Do savings from our new gas furnace count?').derogation).toBe(false);
  });

  it('reads "what minimum criteria", "what clauses", "which technologies" as asking for a list', () => {
    for (const question of ['What minimum criteria must an energy audit satisfy?', 'What clauses must an energy performance contract include?', 'Which technologies must the analysis look at?']) {
      expect([question, intentOf(question).list]).toEqual([question, true]);
    }
    expect(intentOf('What is the minimum floor area?').list).toBe(false);
  });

  it('reads what a contract or plan must spell out or cover, which circumstances count and who else may be chosen as asking for a list', () => {
    for (const question of [
      'What does the contract with a heating customer have to spell out?',
      'What must a municipal heat plan cover at a minimum?',
      "What exactly does our data centre's annual publication have to contain?",
      'Which national circumstances may a Member State take into account?',
      'Can the state designate us as an obligated party, and who else can be chosen?',
    ]) {
      expect([question, intentOf(question).list]).toEqual([question, true]);
    }
    expect(intentOf('Do national contributions have to include projections for ICT energy use?').list).toBe(false);
  });
});

describe(`${intentOf.name} (time limits)`, () => {
  it('reads "how long", "how much notice" and "the maximum time" as asking for a period, "from what date" as asking for a date', () => {
    for (const question of ['What is the maximum time a grid connection should take?', 'How much notice must a heat supplier give?', 'How long do Parliament and Council have to object?', 'How far into the future must the demand forecast look?']) {
      expect([question, intentOf(question).period]).toEqual([question, true]);
    }
    expect(intentOf('From what date do the billing rules apply?')).toMatchObject({ period: false, date: true });
  });
});

describe(referralRoute.name, () => {
  it('sends method and contents questions to the annex', () => {
    expect(referralRoute('Which methods can obligated parties use to calculate the energy savings they claim?')).toBe('annex');
    expect(referralRoute('What minimum criteria must an energy audit report satisfy?')).toBe('annex');
  });

  it('sends questions on what someone must do to the article, but not a bare figure or time limit', () => {
    expect(referralRoute('How large is the EU-wide cut in final energy consumption required for 2030?')).toBe('article');
    expect(referralRoute('Which data centres have to publish their energy performance data, and since when?')).toBe('article');
    expect(referralRoute('What is the maximum time a grid connection for a new high-efficiency CHP producer should take?')).toBeUndefined();
    expect(referralRoute('Why does the directive care about energy poverty?')).toBeUndefined();
  });
});

describe(asksDefinitionItself.name, () => {
  it('tells a definition asked for in so many words from a situation asked to count as the term', () => {
    expect(asksDefinitionItself('We use 12 TJ a year. Which definition of SME does the directive rely on?')).toBe(true);
    expect(asksDefinitionItself('How is energy poverty defined in the directive?')).toBe(true);
    expect(asksDefinitionItself("Our network is 60 % CHP. Will it still count as 'efficient' from 2028?")).toBe(false);
  });
});

describe(`${intentOf.name}, the document the directive relies on (fresh batch H16)`, () => {
  it('hears which guidelines, guide or standards are asked, not a standard a building must meet', () => {
    expect(intentOf('Calculating CHP electricity for our statistics office: which Commission guidelines do we have to follow?').source).toBe(true);
    expect(intentOf('Which Eurostat guide does the directive mention for model EPC contracts?').source).toBe(true);
    expect(intentOf('Our scheme is built on EN 16247. Does the directive make that standard mandatory, or what must the audit criteria rest on?').source).toBe(true);
    expect(intentOf('What standards must a new public building meet?').source).toBe(false);
    expect(intentOf('How often must large enterprises carry out an energy audit?').source).toBe(false);
  });
});

describe(asksForDefinition.name, () => {
  it('reads a bare "What is X?" as a definition question, and not one on the directive, a place or a figure (fresh batch J4)', () => {
    for (const question of ['What is an energy audit?', 'What is energy poverty?', "what's cogeneration", 'What are energy services?']) expect([question, asksForDefinition(question)]).toEqual([question, true]);
    for (const question of ['What is the EED?', 'What is Article 11?', 'What is the deadline?', 'What is an energy audit and who must have one?']) expect([question, asksForDefinition(question)]).toEqual([question, false]);
  });

  it("reads 'where is <term> defined?' as asking for the term's entry, and 'where is its content defined?' as asking for a place", () => {
    expect(asksForDefinition('Where is energy poverty defined in the directive?')).toBe(true);
    expect(asksForDefinition("Where is 'small-scale cogeneration unit' defined?")).toBe(true);
    expect(asksForDefinition('What assessment must each country send, and where is its content defined?')).toBe(false);
    expect(asksForDefinition('Where are the criteria for efficient district heating defined?')).toBe(false);
  });

  it("reads a term quoted after 'as a' or 'one of the' as asking for the directive's definition", () => {
    expect(asksForDefinition("At what cost level does the directive treat our overhaul as a 'substantial refurbishment'?")).toBe(true);
    // A term asked "in the directive's sense": its definition decides.
    expect(asksForDefinition("The works cost 40% of a new plant. Does that qualify as a major refit in the directive's sense?")).toBe(true);
    expect(asksForDefinition('Is our boiler a large combustion plant within the meaning of the EED?')).toBe(true);
    expect(asksForDefinition('Does the directive make sense for our small plant?')).toBe(false);
    expect(asksForDefinition('Our water utility is owned by the city. Is it a "public body" then?')).toBe(true);
    expect(asksForDefinition('How does the directive define energy poverty?')).toBe(true);
    expect(asksForDefinition("Does our foundation-run hospital fall under the EU efficiency law's notion of a public body?")).toBe(true);
    expect(asksForDefinition("At what point does the directive treat such a refurbishment as 'substantial'?")).toBe(true);
    // A question sentence "is ... a 'term'" (fresh batch H14), not a statement that quotes a scheme's name.
    expect(asksForDefinition("Is a municipally owned utility company a 'public body' for the public-sector cut?")).toBe(true);
    expect(asksForDefinition("Our government is thinking about an 'alternative approach' for its buildings. What does that involve?")).toBe(false);
  });

  it("reads 'what does the directive mean by ...', 'what's a 'term'' and 'what does 'term' mean' as definition questions (fresh batch D4)", () => {
    expect(asksForDefinition("What does the directive mean by an 'obligated party'?")).toBe(true);
    expect(asksForDefinition('What does the EED mean by energy performance contracting?')).toBe(true);
    expect(asksForDefinition("What's a 'public body' in the EED?")).toBe(true);
    expect(asksForDefinition("What is an 'SME'?")).toBe(true);
    expect(asksForDefinition("What does 'waste heat' mean?")).toBe(true);
    expect(asksForDefinition('What does this mean for our company?')).toBe(false);
    expect(asksForDefinition('What is the deadline for the audit?')).toBe(false);
    expect(asksForDefinition("What's the 'energy efficiency first' principle's role in planning decisions? Tell me how it is applied.")).toBe(true);
  });

  it('does not read the asker defining a term, or a term quoted for another reason, as a definition question', () => {
    expect(asksForDefinition("When we define 'vulnerable customers', must we consider tenants on a collective contract?")).toBe(false);
    // The asker's choice of how to define it, with the modal words between ("would rather define", "we'd rather use ... to define").
    expect(asksForDefinition('Our ministry would rather define an efficient heat network by its carbon intensity. What ceilings apply?')).toBe(false);
    expect(asksForDefinition("We'd rather use a CO2-per-kWh yardstick to define efficient district heating. What's the cap?")).toBe(false);
    expect(asksForDefinition('The regulator wants to define vulnerable customers by income. Is that allowed?')).toBe(false);
    // What another scheme will define, and another act's definition written with a possessive ("the fund's own regulation").
    expect(asksForDefinition('Is the EU setting up a rating scheme for data centres, and what will that scheme actually define?')).toBe(false);
    expect(asksForDefinition("How is energy poverty now defined in the fund's own regulation?")).toBe(false);
    expect(asksForDefinition("Our plan calls it 'Project Heat'. Which waste heat must it use?")).toBe(false);
    // Another act's definition, which this directive changes (Article 37), is not its glossary.
    expect(asksForDefinition('Did the directive change how the Social Climate Fund Regulation defines energy poverty?')).toBe(false);
    expect(asksForDefinition('Which definition of energy poverty does Regulation (EU) 2023/955 rely on now?')).toBe(false);
    // The asker's own national definition being drafted, or the body that defines something, is not the glossary either.
    expect(asksForDefinition("I'm drafting our national definition of vulnerable customers. Must it cover tenants without a supply contract?")).toBe(false);
    expect(asksForDefinition('Our regulator is revising the definition of vulnerable customers: does this directive add anything?')).toBe(false);
    expect(asksForDefinition('Will there be an EU rating scheme for data centres, and who defines the indicators?')).toBe(false);
    expect(asksForDefinition('What is the definition of an energy audit?')).toBe(true);
  });

  it('does not read "where is it defined" or "which annex defines" as a definition question: it asks for the place that sets the detail', () => {
    expect(asksForDefinition('What heating and cooling assessment must we send, and where is its content defined?')).toBe(false);
    expect(asksForDefinition('Which annex defines the minimum criteria for audits?')).toBe(false);
    expect(asksForDefinition('How is useful heat defined?')).toBe(true);
  });
});

describe(askedIntent.name, () => {
  it('reads the kind of fact from the question sentences, the scene before them only for who, whether and derogations', () => {
    const question = 'We renovated 4.2% of our public floor area in 2025. Can we bank the extra against later years, and for how long?';
    expect(intentOf(question)).toMatchObject({ amount: true, percent: true });
    expect(askedIntent(question)).toMatchObject({ amount: false, percent: false, period: true });
    expect(askedIntent('We are in Cyprus. What savings rate applies each year?')).toMatchObject({ derogation: true, percent: true });
    expect(askedIntent('How much must we save each year?')).toEqual(intentOf('How much must we save each year?'));
  });
});
