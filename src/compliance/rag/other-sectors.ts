/** An act's instrument asked about as such, unless the question asks what this directive does with it. */
export interface OtherActUnless {
  act: RegExp;
  unless: readonly RegExp[];
}

/** `asked` is where the exemptions are read, when only part of the question asks (scope-rules reads them before a trailing statement). */
export const asksAboutOtherAct = (question: string, rule: OtherActUnless, asked = question): boolean => rule.act.test(question) && !rule.unless.some((use) => use.test(asked));

/**
 * Sectors and subjects other acts regulate and this directive does not: transport fuels (aviation, shipping), waste and
 * landfill, pollutants and methane, refrigerants, hydrogen and wind power, consumer contracts' withdrawal, competition
 * law, sustainable finance disclosures, household products, heavy industry's carbon-priced goods, critical entities, a
 * network's planned outages. Named by their own words ("landfill", "sustainable aviation fuel",
 * "a door-to-door salesman"), which no question on this directive's duties needs, unless it asks how savings in that
 * sector are counted, what an audit or a waste-heat assessment covers there, what a public buyer in it must buy (a
 * port authority tendering quay lighting), or whether the Union's consumption figures take it in.
 */
const OTHER_SECTORS = new RegExp(
  String.raw`\b(${[
    'landfills?', 'aviation', 'airlines?', 'aircraft', 'kerosene', 'ships?', 'shipping', 'maritime', 'vessels?', 'seafaring',
    'salesm[ae]n', 'doorstep', 'door-to-door', 'right of withdrawal', 'withdraw from', 'cartels?', 'price-fixing', 'antitrust', 'mergers?', 'merge[sd]?',
    '(common|agreed?) price (levels?|agreements?)', 'price agreements?', 'SFDR', 'dark green',
    'NOx', 'SOx', 'particulates', 'methane', 'flaring', 'venting', 'refrigerants?', 'pesticides?', 'packaging', 'textiles?', 'deforestation',
    'biodiversity', 'livestock', 'fertili[sz]ers?', 'uranium', 'mining', 'hydrogen', 'blending', 'wind (turbines?|farms?|parks?|power|energy|developers?)',
    'energy[- ]neutral(ity)?', 'recycling rates?', 'municipal waste', 'car ?makers?', 'car manufacturers?', 'new cars', 'fleet[- ]wide',
    // Household products (ecodesign and labelling), heavy industry's carbon rules, the wholesale market's.
    'fridges?', 'fridge-freezers?', 'refrigerators?', 'freezers?', 'dishwashers?', '(tumble )?dryers?', 'washing machines?', 'televisions?', 'TV sets?',
    'vacuum cleaners?', 'circulators?', 'cement', 'clinker', 'aluminium', 'wholesale (markets?|prices?)', 'bidding zones?', 'electrolys[ei]rs?',
    // Critical entities' resilience, nuclear decommissioning, and a network's planned outages (grid codes and national rules).
    'critical (entit(y|ies)|infrastructure)', 'resilience plans?', 'decommissioning', 'radioactive', 'outages?', '(planned|scheduled) interruptions?',
  ].join('|')})\b`,
  'i',
);
/**
 * Privacy and network security law: consent, personal data, cyber incidents. The privacy and security of smart meters, of
 * billing information and of the consumption data handed on at the final user's request (Articles 13, 18(2) and 20) are
 * this directive's, asked about as such.
 */
const PRIVACY_AND_SECURITY = /\b(personal data|data protection|data breach(es)?|supervisory authorit(y|ies)|without (their |his |her |the customer's )?consent|for marketing|cyber\w*|essential entit(y|ies))\b/i;
const METER_OR_BILL_PRIVACY =
  /^(?=[^?]*\b(bills?|billing|smart (gas )?meters?|meters?|consumption (data|information|history))\b)(?=[^?]*\b(privacy|data protection|cyber\w*|secur\w*)\b)(?![^?]*\b(consent|marketing|legal basis|incidents?|breach(es)?)\b)/i;
/** Protection from unfair or misleading selling methods is a customer's right under this directive (Article 21(6)). */
const SELLING_PROTECTION = /\b(protect\w*|unfair|misleading|aggressive|pressur\w*)\b[^?]{0,80}\b(sell\w*|sales|marketing)\b|\b(sell\w*|sales) (methods?|practices?|tactics?)\b/i;
const BUYING = /\b(buy|buys|buying|purchas\w*|procur\w*|tender\w*|contracting (authorit|entit)\w*)\b/i;
export const AUDITS_OR_WASTE_HEAT = /\b(audit\w*|waste heat|cost-benefit|energy management systems?)\b/i;

/**
 * Solar panels on roofs are the buildings directive's duty; electricity generated for own use is left out of the savings
 * counted under this directive (Article 8), which savings words ask about.
 */
const SOLAR_ON_ROOFS = /\brooftop (solar|PV)\b|\b(solar|PV) (panels?|installations?|systems?)\b[^?]{0,40}\broofs?\b/i;
const SAVINGS_WORDS = /\bsav(e|es|ed|ings?)\b/i;
/** Which sectors' energy the Union's consumption figures take in ("Is international aviation in final energy consumption?"): Article 2's. */
const CONSUMPTION_ACCOUNTING = /\b(final|primary) energy consumption\b|\b(FEC|PEC)\b/;

/** A plant's own emission cuts are the emissions trading system's or climate law's; the energy it saves is this directive's. */
const OWN_EMISSION_CUTS = /\b(cut|cuts|reduce|reduces|lower|lowers) (its|our|their|the plant's) (CO2|CO 2|carbon|GHG|greenhouse[- ]gas) emissions\b/i;

/** Sectors, subjects and instruments of other acts, each with what this directive does there. Part of scope-rules' OTHER_ACT_UNLESS. */
export const SECTOR_RULES: readonly OtherActUnless[] = [
  { act: SOLAR_ON_ROOFS, unless: [SAVINGS_WORDS] },
  { act: OWN_EMISSION_CUTS, unless: [SAVINGS_WORDS] },
  { act: OTHER_SECTORS, unless: [SAVINGS_WORDS, AUDITS_OR_WASTE_HEAT, BUYING, CONSUMPTION_ACCOUNTING, SELLING_PROTECTION] },
  { act: PRIVACY_AND_SECURITY, unless: [METER_OR_BILL_PRIVACY] },
];
