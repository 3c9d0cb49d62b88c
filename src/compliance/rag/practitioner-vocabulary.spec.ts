import { inDirectiveWords, vocabularyTerms } from './practitioner-vocabulary.js';
import { expandQuery } from './query-expansion.js';
import { namesUnknownInstrument } from './relevance-gate.js';

/** The words a small corpus of our notes would know: the directive's terms, none of the jargon. */
const NOTES_WORDS = new Set('distribution system operators national energy regulatory authority report network losses data centres key performance indicators water usage power utilisation consumption energy'.split(' '));
const knows = (word: string) => NOTES_WORDS.has(word) || word.length <= 2;

describe('practitioner vocabulary', () => {
  it("gives the directive's words for grid, data-centre and heat jargon", () => {
    expect(vocabularyTerms('As a DSO, do we report grid losses to the NRA?')).toEqual(['distribution system operators', 'national energy regulatory authority', 'network losses']);
    expect(vocabularyTerms('What must we do about the energy we lose in our grid?')).toEqual(['network losses']);
    expect(vocabularyTerms('data centre publication kpis which ones exactly')).toEqual(['key performance indicators']);
    // The Union's check on a country's progress, in everyday words; Brussels as a place adds nothing.
    expect(vocabularyTerms('If Brussels concludes our progress is too slow, how long do we get for extra measures?')).toEqual(['Commission', 'insufficient progress', 'additional measures']);
    expect(vocabularyTerms('Our heat network in Brussels: must the bills show the fuel mix?')).not.toContain('Commission');
    expect(vocabularyTerms('dso duties on grid losses')).toEqual(['distribution system operators', 'network losses']);
    expect(vocabularyTerms('We plan to disconnect a customer in arrears. What must we tell them?')).toEqual(['disconnection']);
    expect(vocabularyTerms('Can our heat supplier cut off households in winter?')).toEqual(['disconnection']);
    expect(vocabularyTerms("small-scale vs micro heat and power - where's the cut-off?")).not.toContain('disconnection');
    expect(vocabularyTerms('What is the cut-off point for the audit duty?')).not.toContain('disconnection');
    expect(vocabularyTerms('Which PUE and WUE figures must a DC publish?').join(' ')).toMatch(/data centres.*power utilisation.*water usage/);
    expect(vocabularyTerms('What CO2 intensity may heat from our heat network have?').join(' ')).toMatch(/district heating and cooling.*greenhouse gas emissions/);
  });

  it("hears one's metering or billing record passed to an adviser as the energy service provider the customer designates", () => {
    const designated = 'made available to an energy service provider designated by the final customer';
    expect(vocabularyTerms("Can we ask for our gas billing and consumption history to be passed to the energy consultancy we've hired?")).toContain(designated);
    expect(vocabularyTerms('Must our readings be shared with a third party we choose?')).toContain(designated);
    expect(vocabularyTerms('Our energy consultant says we need an audit. Is that right?')).not.toContain(designated);
  });

  it('hears the cost-benefit analysis, a management system and energy efficiency first typed in lower case (fresh batch I4)', () => {
    expect(vocabularyTerms('peak load cba exemption hours')).toContain('cost-benefit analysis');
    expect(vocabularyTerms('ems in place deadline large consumers').join(' ')).toMatch(/energy management system/);
    expect(vocabularyTerms('eef cba guidelines commission date')).toEqual(expect.arrayContaining(['energy efficiency first principle', 'cost-benefit analysis']));
  });

  it('hears "fine" as a penalty only where it is the noun', () => {
    for (const question of ['What fine does the EED set for a missed audit?', 'Is there a minimum fine per missed audit?', 'Our members fear fines.', 'Must a country report new fine levels?']) {
      expect(inDirectiveWords(question)).toMatch(/\bpenalties\b/);
    }
    for (const question of ["Isn't it fine for our audit to rely on estimates?", 'Does an audit have to use life-cycle costing, or is simple payback fine?', 'Is a fine-grained breakdown required?']) {
      expect(inDirectiveWords(question)).not.toMatch(/\bpenalties\b/);
    }
  });

  it("gives the directive's words for the metering kit, the bill, the audit and energy poverty named in the asker's own language", () => {
    expect(vocabularyTerms('hallo, in many houses there is still old Heizkostenverteiler. must these become remote readable?')).toContain('heat cost allocators');
    expect(vocabularyTerms('the administrador installed contadores de calefacción with lectura remota, and we get consumo only with the factura')).toEqual(
      expect.arrayContaining(['heat meters', 'remotely readable', 'billing information bills']),
    );
    expect(vocabularyTerms('Notre réseau de chaleur doit-il réaliser un audit énergétique?')).toEqual(expect.arrayContaining(['district heating', 'energy audit']));
    expect(vocabularyTerms('How many flats in our block are in Energiearmut?')).toContain('energy poverty');
  });

  it("names the Commission's acts, the Official Journal and heat and cold in the directive's words", () => {
    expect(vocabularyTerms('How long can MEPs block one of these supplementary acts?')).toContain('delegated acts');
    expect(vocabularyTerms("How does the Commission's mandate to adopt secondary rules end?")).toContain('delegated acts');
    expect(vocabularyTerms("How long after it appeared in the EU's gazette did it take effect?")).toContain('publication in the Official Journal of the European Union');
    expect(vocabularyTerms('How much warmth and chilling will the country need?')).toContain('heating and cooling');
    expect(vocabularyTerms('We represent server-farm operators.')).toEqual(['data centres']);
    expect(vocabularyTerms('Which secondary schools must be renovated?')).not.toContain('delegated acts');
  });

  it('names the primary energy factor, auction revenues, the fund, high-efficiency CHP, guarantees of origin and a review in lay words', () => {
    expect(vocabularyTerms("If our country departs from the EU's standard multiplier for grid power, must we tell Brussels?")).toContain('primary energy factor coefficient');
    expect(vocabularyTerms('Our cooperative argues about how to split the cost of heating the stairwells.')).toContain('common areas staircases');
    expect(vocabularyTerms('Who pays for the hallway radiators?')).toContain('common areas staircases');
    expect(vocabularyTerms('May the cash our country earns from selling carbon permits go into retrofits?')).toContain('revenues from auctioning allowances emissions trading');
    expect(vocabularyTerms('Can the pot be filled with auction proceeds?')).toContain('revenues from auctioning allowances emissions trading');
    expect(vocabularyTerms('Once a national efficiency pot exists, who does it help first?')).toContain('national energy efficiency fund');
    expect(vocabularyTerms('What share must come from top-grade CHP from 2028?')).toContain('high-efficiency cogeneration');
    expect(vocabularyTerms('Must the proof-of-origin document show state grants?')).toContain('guarantees of origin');
    expect(vocabularyTerms('How often does Brussels run a stock-take of heat measures?')).toContain('review assessment');
    expect(vocabularyTerms('Does the major refit of our boiler hall trigger the study?')).toContain('substantial refurbishment refurbished');
    expect(vocabularyTerms('We are doing a major overhaul of the heat-only plant.')).toContain('substantial refurbishment refurbished');
    // Ordinary uses stay plain: a cooking pot, a permit to build, a top-grade boiler.
    expect(vocabularyTerms('Is a cooking pot on a gas hob covered?')).not.toContain('national energy efficiency fund');
    expect(vocabularyTerms('Do we need a building permit for the heat pump?')).not.toContain('revenues from auctioning allowances emissions trading');
    expect(vocabularyTerms('Must a top-grade boiler be installed?')).not.toContain('high-efficiency cogeneration');
  });

  it('knows the trade names of data centres and the EMS acronym', () => {
    expect(vocabularyTerms('Does a colocation provider with a server farm report?')).toEqual(['data centres']);
    expect(vocabularyTerms('Do bit-barn operators have to publish their figures?')).toEqual(['data centres']);
    expect(vocabularyTerms('Is there going to be an EU-wide score or star rating for how green a data center is?')).toContain('common Union scheme for rating the sustainability of data centres');
    expect(vocabularyTerms('What rating does an energy label give a fridge?')).not.toContain('common Union scheme for rating the sustainability of data centres');
    expect(vocabularyTerms('Can a firm skip the audit with a certified EMS?')).toEqual(['energy management system environmental management system']);
  });

  it('knows hosting sites, cogeneration acronyms and the plain EE', () => {
    expect(vocabularyTerms('Our 2 MW hosting site published its figures: again every year?')).toEqual(['data centres']);
    expect(vocabularyTerms('New gas CHP: what PES threshold must it reach?')).toEqual(['cogeneration', 'primary energy savings']);
    expect(vocabularyTerms('CCGT CHP: above what efficiency is all its power CHP electricity?')).toEqual(['cogeneration', 'combined cycle gas turbine']);
    expect(vocabularyTerms('Can the national EE fund be topped up?')).toEqual(['energy efficiency']);
  });

  it('leaves plain questions and ordinary capitalised words alone', () => {
    expect(vocabularyTerms('Which enterprises must carry out an energy audit?')).toEqual([]);
    // "DC" and "DR" are acronyms only in capitals; "dr" or "dc" in running text are not jargon.
    expect(vocabularyTerms('the dr and the dc of it')).toEqual([]);
  });

  it('is added to the question for retrieval, after the question itself', () => {
    expect(expandQuery('Does ISO 50001 replace the audit?')).toBe('Does ISO 50001 replace the audit? energy management system certified');
  });

  it('expands only the jargon the corpus does not use itself', () => {
    const question = 'Must the DSO tell the regulator about grid losses?';
    expect(vocabularyTerms(question)).toEqual(['distribution system operators', 'national energy regulatory authority', 'network losses']);
    // A corpus that says "regulator" and "grid losses" finds those passages by the question's own words.
    const corpus = new Set(['regulator', 'grid', 'losses']);
    expect(vocabularyTerms(question, (word) => corpus.has(word))).toEqual(['distribution system operators']);
    expect(expandQuery(question, (word) => corpus.has(word))).toBe(`${question} distribution system operators`);
  });

  it('lets the gate read jargon as the directive does, so an acronym is not taken for an unknown act', () => {
    const question = 'As a DSO, do we have to report our grid losses to the NRA?';
    expect(namesUnknownInstrument(question, knows)).toBe(true);
    expect(inDirectiveWords(question)).toBe('As a distribution system operators, do we have to report our network losses to the national energy regulatory authority?');
    expect(namesUnknownInstrument(inDirectiveWords(question), knows)).toBe(false);
    // Another act's acronym stays unknown after the rewrite.
    expect(namesUnknownInstrument(inDirectiveWords('What does REMIT require from a DSO?'), knows)).toBe(true);
  });

  it('reads the hyphenated efficiency-first, lenders\' green mortgages and splitting the heating bill', () => {
    expect(vocabularyTerms('At what size does the efficiency-first check start?')).toEqual(['energy efficiency first principle']);
    expect(vocabularyTerms('Must the government push banks to offer green mortgages for home upgrades?')).toEqual([
      'energy efficiency lending products financing',
      'energy efficiency improvement measures renovation',
    ]);
    expect(vocabularyTerms('How do we split the heating costs between the flats?')).toEqual(['allocation of the cost of heating heat cost allocators']);
    expect(vocabularyTerms('Our bank wants to launch green home loans. What must the government do to promote them?')).toEqual(['energy efficiency lending products financing']);
  });

  it("reads rooftop solar for self-consumption as Article 8(8)'s energy generated on or in buildings for own use", () => {
    expect(vocabularyTerms('Our country funds rooftop solar for self-consumption. Can that reduce how much we must save?')).toEqual([
      'energy generated on or in buildings for own use renewable energy technologies',
    ]);
    expect(vocabularyTerms('Which solar panels have the best yield?')).toEqual(['energy generated on or in buildings for own use renewable energy technologies']);
    expect(vocabularyTerms('What must we save each year?')).toEqual([]);
  });

  it('reads the Social Climate Fund by its acronym', () => {
    expect(vocabularyTerms("Which meaning of 'energy poverty' now applies under the SCF regulation?")).toEqual(['Social Climate Fund']);
  });

  it('reads banking as savings moved between years, and a bank as a lender', () => {
    for (const question of [
      'As an obligated supplier, can we bank savings from one year and count them in another year?',
      'Can we bank the surplus for later years?',
      'What portion of the overshoot can it bank for the next period?',
      'obligated party here - can we shift savings (bank/borrow)? how many years?',
      'Are banking and borrowing of savings allowed?',
      'Can we borrow savings from the following years?',
    ]) expect([question, vocabularyTerms(question)]).toEqual([question, ['previous following years counted']]);
    for (const question of [
      'Our bank wants to offer loans for home renovation.',
      'We are a retail bank.',
      'May a district cooling supplier charge more to customers who pay by bank transfer?',
      'Should we borrowing money from a bank?',
      'Which rules bind the banking sector?',
    ]) expect([question, vocabularyTerms(question)]).toEqual([question, []]);
  });

  it('reads words clipped in a hurry and the primary energy factor by their full names', () => {
    expect(vocabularyTerms('Public building reno rate?')).toEqual(['renovation']);
    expect(vocabularyTerms('PEF for electricity savings?')).toEqual(['primary energy factor']);
    expect(namesUnknownInstrument(inDirectiveWords('We are obligated under ETS2. How are our savings counted?'), knows)).toBe(false);
    expect(inDirectiveWords('Intl aviation in FEC? min savings req for the govt?')).toBe('international aviation in final energy consumption? minimum savings requirements for the government?');
    // Ordinary words that merely start alike stay as they are.
    expect(vocabularyTerms('Is the minimum rate of renovation reviewed within the year?')).toEqual([]);
  });

  it("reads outsourced running of buildings as a service contract with significant energy content", () => {
    expect(vocabularyTerms('We are tendering a facility management contract for all our hospitals. Anything on energy?')).toContain('service contracts with significant energy content');
    expect(vocabularyTerms('Does the maintenance contract for our boilers count?')).toEqual(['service contracts with significant energy content']);
    expect(vocabularyTerms('Which facilities must publish their data?')).toEqual([]);
    expect(vocabularyTerms('IED reporting: which combustion plants must include efficiency information?')).toContain('Directive 2010/75/EU industrial emissions installations reporting');
  });

  it("reads a public buyer's tyres and TED notices in the directive's procurement words", () => {
    expect(vocabularyTerms('Which tyres may the city buy for the bin lorries?')).toEqual(['tyres highest fuel energy efficiency class public procurement']);
    expect(vocabularyTerms('Must our TED notices mention efficiency?')).toEqual(['Tenders Electronic Daily notices public procurement']);
    expect(vocabularyTerms('Ted from accounts asks about the audit.')).toEqual([]);
  });

  it("spells out GPP as the green public procurement criteria Annex IV names (fresh batch T2)", () => {
    expect(vocabularyTerms('which GPP criteria level do we need to hit?')).toEqual(['green public procurement criteria public procurement contracting authorities']);
  });

  it('reads green lending, confidential business data and the heat map in the directive\'s words', () => {
    expect(vocabularyTerms('Our lender wants to report green lending.')).toEqual(['energy efficiency lending products financing']);
    expect(vocabularyTerms('For the big heat-map exercise, can stakeholders see our confidential data?')).toEqual([
      'trade secrets business secrets confidentiality',
      'comprehensive heating and cooling assessment mapping',
    ]);
  });
});
