import { contentTerms } from '../embeddings/text-terms.js';

/** The question's terms, each weighing 1. */
const askedTerms = (question: string) => ({ terms: new Set(contentTerms(question)), weight: () => 1 });
import { askedQuantities, choosesAmongThresholds, meetsOwnThreshold, thresholdFit } from './threshold-fit.js';

const EMS = 'Member States shall ensure that enterprises with an average annual consumption higher than 85 TJ of energy implement an energy management system.';
const AUDIT = 'Member States shall ensure that enterprises with an average annual consumption higher than 10 TJ of energy are subject to an energy audit.';

describe('threshold fit', () => {
  it("reads the asker's own figures in comparable units", () => {
    expect(askedQuantities('Our factory uses about 40 TJ a year and a 800 kW data hall.')).toEqual([
      { value: 40, unit: 'tj' },
      { value: 0.8, unit: 'mw' },
    ]);
    expect(askedQuantities('We renovate a 1 200 m² town hall in a town of 38,000 inhabitants.')).toEqual([
      { value: 1200, unit: 'm2' },
      { value: 38000, unit: 'inhabitants' },
    ]);
    expect(askedQuantities('A city of 60,000 people.')).toEqual([{ value: 60000, unit: 'inhabitants' }]);
    expect(askedQuantities('What does Article 8 require?')).toEqual([]);
  });

  it('tells duties apart only when the figure meets one threshold and misses another', () => {
    expect(choosesAmongThresholds([{ text: EMS }, { text: AUDIT }], askedQuantities('We use 40 TJ a year.'))).toBe(true);
    expect(choosesAmongThresholds([{ text: EMS }, { text: AUDIT }], askedQuantities('We use 8 TJ a year: are we caught?'))).toBe(false);
    expect(choosesAmongThresholds([{ text: EMS }, { text: AUDIT }], askedQuantities('We use 120 TJ a year.'))).toBe(false);
  });

  it("lets the subject the question names choose before the figure: a 6 MW wastewater plant is the 7 MW item's, not the data centres' 1 MW", () => {
    const service = '(c) a service facility with an annual average total energy input exceeding 7 MW, such as wastewater treatment facilities, to assess utilisation of waste heat';
    const dataCentre = '(d) a data centre with a total rated energy input exceeding 1 MW, to assess the use of its waste heat';
    const thermal = '(a) a thermal electricity generation installation with an average annual total energy input exceeding 10 MW';
    const items = [thermal, service, dataCentre].map((text) => ({ text }));
    const six = askedQuantities('Our new wastewater treatment plant has a 6 MW input: does the waste heat analysis apply?');
    const asked = askedTerms('Our new wastewater treatment plant has a 6 MW input: does the waste heat analysis apply?');
    expect(choosesAmongThresholds(items, six)).toBe(true);
    expect(choosesAmongThresholds(items, six, asked)).toBe(false);
    // The named subject's own threshold met: the figure still damps the items it misses.
    expect(choosesAmongThresholds(items, askedQuantities('Our wastewater plant draws 9 MW.'), asked)).toBe(true);
    expect(choosesAmongThresholds(items, askedQuantities('Our plant draws 4 MW.'), askedTerms('Our plant draws 4 MW.'))).toBe(true);
    // The point whose own words weigh most names the subject: the data centres' "cost and benefit analysis" is the lead's subject, not the plant's.
    const withAnalysis = [thermal, service, `${dataCentre}, in a cost and benefit analysis`].map((text) => ({ text }));
    const rare = { terms: asked.terms, weight: (term: string) => (/^(wastewat|treatment)/.test(term) ? 3 : 1) };
    expect(choosesAmongThresholds(withAnalysis, six, rare)).toBe(false);
    // A term both items carry ("waste heat") names neither, and a sentence that is no list point names no subject.
    expect(choosesAmongThresholds([{ text: EMS.replace('system', 'system certified by an independent body') }, { text: AUDIT }], askedQuantities('We use 40 TJ and no certified system.'), askedTerms('We use 40 TJ and no certified system.'))).toBe(true);
    expect(choosesAmongThresholds(items, six, askedTerms('Our 6 MW site wants to use its waste heat.'))).toBe(true);
  });

  it("damps a duty whose threshold the asker's figure misses, judging a sentence without one by its paragraph", () => {
    const forty = askedQuantities('We use 40 TJ a year.');
    expect(thresholdFit(EMS, forty)).toBeLessThan(1);
    expect(thresholdFit(AUDIT, forty)).toBe(1);
    expect(thresholdFit('They shall have it in place by 11 October 2027.', forty, EMS)).toBeLessThan(1);
    expect(thresholdFit('They shall have it in place by 11 October 2027.', forty)).toBe(1);
    expect(thresholdFit('Data centres with at least 500 kW of installed IT power shall publish.', askedQuantities('Our site has 0.6 MW of IT load.'))).toBe(1);
    expect(thresholdFit('Data centres with at least 500 kW of installed IT power shall publish.', askedQuantities('Our site has 300 kW of IT load.'))).toBeLessThan(1);
  });

  it('tells whether the figure meets a threshold the sentence itself sets, a population given with or without its unit', () => {
    const smallTowns = 'until 31 December 2026, the energy consumption of public bodies in local administrative units with a population of less than 50 000';
    expect(meetsOwnThreshold(smallTowns, askedQuantities('A town of 38,000 inhabitants.'))).toBe(true);
    expect(meetsOwnThreshold(smallTowns, askedQuantities('A city of 60,000 inhabitants.'))).toBe(false);
    expect(meetsOwnThreshold('units with a population of less than 5 000 inhabitants', askedQuantities('A village of 4 200 inhabitants.'))).toBe(true);
    expect(meetsOwnThreshold(EMS, askedQuantities('A village of 4 200 inhabitants.'))).toBe(false);
    expect(meetsOwnThreshold(smallTowns, [])).toBe(false);
  });
});
