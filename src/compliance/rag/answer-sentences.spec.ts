import { cleanSentence, isFragment, isMetaSentence, leansOnPrevious, listDepths, refersForward, refersToFirstSubparagraph, withoutRunInHeading } from './answer-sentences.js';

describe(isFragment.name, () => {
  it("takes a note block's verbless label for a fragment, however long, and keeps points and sentences", () => {
    expect(isFragment('Energy poverty share of the savings obligation (Article 8).')).toBe(true);
    expect(isFragment('Later audits follow at least every four years.')).toBe(false);
    expect(isFragment('(d) 1,9 % from 1 January 2028 to 31 December 2030.')).toBe(false);
    expect(isFragment('— Guaranteed savings to be achieved by the provider under the contract.')).toBe(false);
    expect(isFragment('Enterprises above 85 TJ must implement a certified energy management system.')).toBe(false);
  });

  it('takes a note\'s label put as a question without its mark for a fragment, and keeps a sentence that opens so (fresh batch I4)', () => {
    expect(isFragment('Who can be an obligated party.')).toBe(true);
    expect(isFragment('When a gas meter must be provided.')).toBe(true);
    expect(isFragment('Where individual meters are not technically feasible, heat cost allocators must be used for each radiator.')).toBe(false);
  });
});

describe('annex part headings', () => {
  it("drops an annex's part heading, standing alone or run into the lead-in before it, and keeps a reference to a part", () => {
    expect(isFragment('Part IV POTENTIAL NEW STRATEGIES AND POLICY MEASURES')).toBe(true);
    expect(cleanSentence('The comprehensive assessment shall include and shall be based on the following: Part I OVERVIEW OF HEATING AND COOLING')).toBe(
      'The comprehensive assessment shall include and shall be based on the following:',
    );
    expect(cleanSentence('The costs shall be calculated as set out in Part II of this Annex.')).toBe('The costs shall be calculated as set out in Part II of this Annex.');
  });
});

describe(withoutRunInHeading.name, () => {
  it("drops an annex heading the official text runs into the sentence it heads, and keeps a sentence's own opening words", () => {
    expect(withoutRunInHeading('Minimum information contained in the bill Member States shall ensure that the following information is made available.')).toBe(
      'Member States shall ensure that the following information is made available.',
    );
    expect(withoutRunInHeading('(b) Costs and benefits The costs and benefits referred to in point (a) shall include at least the following:')).toBe(
      'The costs and benefits referred to in point (a) shall include at least the following:',
    );
    for (const sentence of [
      'Provided that Member States achieve at least their cumulative end-use energy savings obligation, they may count savings.',
      'The platform would gather experts from Member States and industry.',
      'During that period Member States shall report annually.',
    ]) expect(withoutRunInHeading(sentence)).toBe(sentence);
  });
});

describe(refersToFirstSubparagraph.name, () => {
  it('finds a subject named only as the one the first subparagraph refers to, not a subparagraph of another place', () => {
    expect(refersToFirstSubparagraph('Member States shall ensure that the enterprises referred to in the first subparagraph have an energy management system in place at the latest by 11 October 2027.')).toBe(true);
    expect(refersToFirstSubparagraph('The energy audits referred to in the first subparagraph shall be carried out at least every four years.')).toBe(true);
    expect(refersToFirstSubparagraph('The savings referred to in the first subparagraph of paragraph 1 shall be cumulative.')).toBe(false);
    expect(refersToFirstSubparagraph('Enterprises with a consumption above 85 TJ shall implement an energy management system.')).toBe(false);
  });
});

describe(leansOnPrevious.name, () => {
  it('reads "The enterprises must ..." as naming its subject in the sentence before, as "Such audits ..." does', () => {
    expect(leansOnPrevious('The enterprises must carry out a first energy audit by 11 October 2026.')).toBe(true);
    expect(leansOnPrevious('Such audits shall be carried out every four years.')).toBe(true);
    expect(leansOnPrevious('The enterprises with a consumption above 85 TJ must run a system.')).toBe(false);
    expect(leansOnPrevious('Enterprises above 10 TJ must undergo an energy audit.')).toBe(false);
  });

  it('reads a back-reference early in the sentence, after a preposition, and not "this Directive"', () => {
    expect(leansOnPrevious('Costs resulting from the assignment of that task to a third party may be passed onto the final users.')).toBe(true);
    expect(leansOnPrevious('Member States shall, on the basis of those indicators, set the share.')).toBe(true);
    expect(leansOnPrevious('Member States shall ensure that final users receive their bills free of charge.')).toBe(false);
    expect(leansOnPrevious('For the purposes of this Directive, the following definitions apply.')).toBe(false);
    expect(leansOnPrevious('During that transitional period, Member States may use estimated consumption data.')).toBe(true);
    expect(leansOnPrevious('By that date, Member States shall adjust the baseline.')).toBe(true);
    expect(leansOnPrevious('To that end, the Commission shall submit by 30 March 2024 a report.')).toBe(false);
    expect(leansOnPrevious('Until then, the estimated data may be used.')).toBe(true);
    expect(leansOnPrevious('Under this Directive, Member States shall report every two years.')).toBe(false);
    expect(leansOnPrevious('By 11 October 2027, Member States shall adjust the baseline.')).toBe(false);
    expect(leansOnPrevious('Member States shall report the savings achieved, the measures taken and the amounts spent, and shall publish a summary of those reports.')).toBe(false);
  });
});

describe(cleanSentence.name, () => {
  it("capitalises an annex's numbered noun-phrase point, so it is a sentence of its own and not a broken tail", () => {
    const point = cleanSentence('6. a forecast of trends in the demand for heating and cooling to maintain a perspective of the next 30 years in GWh');
    expect(point).toBe('A forecast of trends in the demand for heating and cooling to maintain a perspective of the next 30 years in GWh');
    expect(isFragment(point)).toBe(false);
    expect(isFragment('a forecast of trends in the demand for heating and cooling to maintain a perspective')).toBe(true);
    expect(cleanSentence('2. Member States shall ensure that audits are carried out.')).toBe('Member States shall ensure that audits are carried out.');
    // A short point with a figure is a value of its list, a short verbless label is not.
    expect(isFragment('(b) from 1 January 2026: 150 grams/kWh;')).toBe(false);
    expect(isFragment('Energy audit above 10 TJ.')).toBe(true);
    expect(isFragment('(a) time-of-use tariffs;')).toBe(false);
    // A dash point may open in lower case, as the official Annex III's do.
    expect(isFragment('— cogeneration units in operation before 10 October 2023 may derogate from this requirement until 1 January 2034')).toBe(false);
  });
});

describe(isMetaSentence.name, () => {
  it("reads 'For grid operators, Article 27 means ...' as framing and 'For public bodies in small units, the exclusion lasts ...' as a rule", () => {
    expect(isMetaSentence('For district heating and cooling suppliers, building managers and sub-metering companies, Article 20 therefore means no charge for bills.')).toBe(true);
    expect(isMetaSentence('For public bodies in units with a population of less than 5 000 inhabitants, the exclusion lasts until 31 December 2029.')).toBe(false);
  });
});

describe(listDepths.name, () => {
  it('nests numbered items, lettered points, roman points and dash points, and tells a letter "(i)" from a roman one', () => {
    expect(
      listDepths([
        'In determining the energy savings, the following principles apply:',
        '(h) policies shall be permitted, except for policy measures:',
        '(i) regarding direct combustion newly implemented as from 1 January 2026; and',
        '(ii) subsidising direct combustion in residential buildings.',
        '(i) energy savings from direct fossil fuel combustion shall not count.',
        '(j) by way of derogation from point (i), savings may be counted, provided that:',
        '(i) the enterprise has carried out an energy audit and an implementation plan including:',
        '— an overview of all cost-effective measures;',
        '(1) The guarantee of origin shall contain:',
      ]),
    ).toEqual([0, 2, 3, 3, 2, 2, 3, 4, 1]);
  });
});

describe(refersForward.name, () => {
  it('reads a pointer to a list that follows, not a time that follows or a level below something', () => {
    expect(refersForward('Member States shall achieve savings at least equal to the annual rates below; the rates apply each year.')).toBe(true);
    expect(refersForward('The levels are as follows, for each type of unit.')).toBe(true);
    expect(refersForward('It shall take the following measures, in the order given.')).toBe(true);
    expect(refersForward('It shall achieve the outstanding energy savings by the end of the following obligation period.')).toBe(false);
    expect(refersForward('It may count the surplus towards the annual renovation rate of the following two years.')).toBe(false);
    expect(refersForward('A small-scale cogeneration unit has an installed capacity below 1 MWe.')).toBe(false);
    expect(refersForward('Enterprises below the thresholds are encouraged to undergo energy audits.')).toBe(false);
  });
});
