import { words } from '../embeddings/text-terms.js';

/**
 * A fine or a sanction: "fine" the noun ("what fine does the EED set?", "a minimum fine", "fine levels"), not the adjective ("is
 * it fine for our audit to rely on estimates?", "or is simple payback fine?", "a fine-grained breakdown").
 */
export const FINE_OR_SANCTION =
  /\b(fines|sanctions?)\b|(?<=\b(a|an|the|any|no|what|which|big|bigger|maximum|minimum|max|min|heavy|hefty|large|small|administrative|their|our|its|such|daily)\s+([\w-]+\s+)?)fine\b(?!-|\s+(for (us|me|them|you)|to|if)\b)|\bfine(?= (amounts?|levels?|per\b|of (EUR|€|\d)))/i;

/**
 * Practitioners' words for the directive's terms, written for this project: grid, data-centre, heat-network and
 * public-sector jargon and acronyms ("DSO", "PUE", "ISO 50001", "banking savings") that the directive and our
 * notes spell out differently. Each entry names the directive's own words for the thing; retrieval and sentence
 * scoring see them beside the question, and the gate counts the jargon as known rather than as another law.
 */
export interface VocabularyEntry {
  /** How practitioners say it (case-sensitive where the acronym would clash with an ordinary word). */
  readonly pattern: RegExp;
  /** The directive's words for it. */
  readonly terms: string;
}

export const PRACTITIONER_VOCABULARY: readonly VocabularyEntry[] = [
  // Grid and market
  // Typed in lower case too ("dso rules on ..."): neither is an ordinary word.
  { pattern: /\bDSOs?\b/i, terms: 'distribution system operators' },
  { pattern: /\bTSOs?\b/i, terms: 'transmission system operators' },
  { pattern: /\b(NRAs?|regulators?|energy regulator)\b/i, terms: 'national energy regulatory authority' },
  { pattern: /\b((grid|network|line) loss(es)?|los(e|es|t|ing) (\w+ ){0,3}(in|on|across) (the |our |their )?(grid|network|lines|cables))\b/i, terms: 'network losses' },
  { pattern: /\b(DR|flexibility|load shifting|peak shaving)\b/, terms: 'demand response' },
  { pattern: /\b(dynamic tariffs?|ToU|time-of-use)\b/i, terms: 'time-of-use tariffs dynamic pricing' },
  // The Union's checks on a country's progress: "if Brussels concludes we're off track, how long do we get for extra measures?".
  { pattern: /\bBrussels (\w+ )?(conclude|find|decide|assess|judge|say|think|want|ask|require|check|review|warn)\w*/, terms: 'Commission' },
  { pattern: /\b(progress (is|was|has been) (too slow|insufficient)|too little progress|(off|behind) (track|schedule)|falling behind|lagging behind)\b/i, terms: 'insufficient progress' },
  { pattern: /\b(extra|further) measures\b/i, terms: 'additional measures' },
  // Enterprises, audits and management systems
  { pattern: /\b(ISO\s?50001|EnMS)\b/i, terms: 'energy management system certified' },
  // "EMS" is said of both; the directive exempts from audits for either kind when certified.
  { pattern: /\bEMS\b/i, terms: 'energy management system environmental management system' },
  { pattern: /\b(ISO\s?14001|EMAS)\b/, terms: 'environmental management system' },
  { pattern: /\b(EN\s?16247|audit standard)\b/i, terms: 'energy audit standards' },
  { pattern: /\bnon-SMEs?\b/i, terms: 'enterprises' },
  { pattern: /\b(M&V|measurement and verification)\b/i, terms: 'measurement control verification' },
  // The Commission's power under the directive, in lay words: "supplementary acts", "secondary rules" are its delegated acts.
  { pattern: /\b(supplementary|secondary|follow-up|follow-on) (acts?|rules|legislation|regulations?)\b/i, terms: 'delegated acts' },
  // The Official Journal as a newspaper: "after it appeared in the EU's gazette".
  { pattern: /\b(gazette|official journal)\b/i, terms: 'publication in the Official Journal of the European Union' },
  // Heat and cold in everyday nouns: "how much warmth and chilling the country will need".
  { pattern: /\b(warmth|chilling|chill)\b/i, terms: 'heating and cooling' },
  // Data centres
  { pattern: /\bDCs?\b/, terms: 'data centres' },
  { pattern: /\b(server[- ](farms?|rooms?|halls?)|bit[- ]?barns?|colocation|colo|hyperscal\w+|cloud (provider|region)s?|hosting (sites?|halls?|centres?|centers?|facilit(y|ies)|compan(y|ies)|providers?))\b/i, terms: 'data centres' },
  { pattern: /\b(PUE|power usage effectiveness)\b/i, terms: 'power utilisation energy consumption key performance indicators' },
  { pattern: /\b(WUE|water usage effectiveness)\b/i, terms: 'water usage key performance indicators' },
  { pattern: /\b(REF|renewable energy factor|renewable share)\b/, terms: 'use of renewable energy' },
  { pattern: /\bKPIs?\b/i, terms: 'key performance indicators' },
  // A green score, star rating or label for data centres: the common Union rating scheme (Article 33(3)).
  { pattern: /\b(scores?|star ratings?|ratings?|rating scheme|grades?|labels?)\b[^?]{0,50}\b(green|sustainab\w*|efficien\w*)\b[^?]{0,40}\b(data ?cent(re|er)s?|server[- ](farms?|halls?)|bit[- ]?barns?)\b|\b(data ?cent(re|er)s?)\b[^?]{0,40}\b(star ratings?|rating scheme|sustainability (rating|score|label)s?)\b/i, terms: 'common Union scheme for rating the sustainability of data centres' },
  { pattern: /\bIT (load|power|capacity)\b/i, terms: 'installed information technology power demand' },
  // Heat and cogeneration
  { pattern: /\b(CHP|cogen|combined heat and power)\b/i, terms: 'cogeneration' },
  { pattern: /\bmicro-?(CHP|cogen(eration)?)\b/i, terms: 'micro-cogeneration unit' },
  { pattern: /\b(heat networks?|DHC?|district energy|heat grids?)\b/, terms: 'district heating and cooling' },
  { pattern: /\b(excess|residual|surplus|rejected) heat\b/i, terms: 'waste heat' },
  { pattern: /\b(CO2|carbon|GHG|emissions?) (intensity|factor|content)\b/i, terms: 'greenhouse gas emissions grams/kWh' },
  { pattern: /\bGHG\b/, terms: 'greenhouse gas' },
  // Typed in lower case too ("eef cba guidelines", fresh batch I4): neither is an ordinary word.
  { pattern: /\bCBAs?\b/i, terms: 'cost-benefit analysis' },
  { pattern: /\b(heat|heating) plans?\b/i, terms: 'local heating and cooling plans' },
  { pattern: /\bMW(th|t)\b/, terms: 'thermal input MW' },
  { pattern: /\bPES\b/, terms: 'primary energy savings' },
  { pattern: /\b(CCGTs?|combined[- ]cycle)\b/i, terms: 'combined cycle gas turbine' },
  // Metering and billing
  { pattern: /\bHCAs?\b/, terms: 'heat cost allocators' },
  { pattern: /\b(smart meters?|AMR|AMI|remote reading)\b/i, terms: 'remotely readable meters' },
  { pattern: /\bsub-?meter(s|ing|ed)?\b/i, terms: 'individual consumption meters' },
  // One's metering or billing record passed to an adviser one chose ("Can we ask for our gas billing and consumption history to be passed
  // to the energy consultancy we've hired?", fresh batch H1): the energy service provider the customer designates (Articles 17 to 20).
  {
    pattern:
      /\b(data|history|histories|readings|records|information)\b[^?]{0,60}\b(passed|sent|shared|given|transferred|handed|forwarded|released|disclosed)\b[^?]{0,30}\b(to|with) (the |our |an? |my |their )?([\w'’-]+ ){0,2}(consultan\w*|advis[eo]rs?|third[- ]part(y|ies)|contractors?)\b/i,
    terms: 'made available to an energy service provider designated by the final customer',
  },
  // Obligation schemes and savings
  { pattern: /\b(EEOS?|white certificates?|supplier obligations?)\b/i, terms: 'energy efficiency obligation scheme obligated parties' },
  // Banking savings is a verb with savings for its object ("bank the surplus", "bank/borrow"); a bank is a lender ("our bank
  // wants to launch green loans", "a bank transfer"), and borrowing money is a loan.
  {
    pattern:
      /\b(bank(s|ed)? (the|our|their|its|any|some|that|this|those|these|it|them|for|surplus|excess|extra|savings|over\w*)\b|bank ?\/ ?borrow|banking(?! (sector|system|licen[cs]e|supervision|union|regulation))\b|borrow(s|ed|ing)? (the|our|their|its|any|some|it|them|savings|from (future|later|next|following|the next|a future|the following) (years?|periods?))\b|borrowing(?! (money|costs?|rates?|capacity))\b|carry (over|forward)|roll over)/i,
    terms: 'previous following years counted',
  },
  { pattern: /\b(fuel poverty|energy-poor)\b/i, terms: 'energy poverty' },
  // Solar on one's own roof for one's own use: Article 8(8)(f)'s energy generated on or in buildings for own use.
  { pattern: /\b(rooftop (solar|PV)|solar (PV|panels?|photovoltaics?)|photovoltaics?|self-?consum\w*|own consumption)\b/i, terms: 'energy generated on or in buildings for own use renewable energy technologies' },
  { pattern: /\b(awareness campaigns?|behaviou?ral (measures|savings))\b/i, terms: 'consumer behaviour advice campaigns' },
  // Public sector and buildings
  { pattern: /\blocal authorit(y|ies)\b/i, terms: 'public bodies' },
  { pattern: /\bNZEBs?\b/, terms: 'nearly zero-energy building' },
  { pattern: /\bZEBs?\b/, terms: 'zero-emission building' },
  { pattern: /\bEPC\b(?! ?certificate)/, terms: 'energy performance contracting' },
  { pattern: /\bLAUs?\b/, terms: 'local administrative units' },
  { pattern: /\b(LCC|life-?cycle costing|whole-life cost(ing|s)?|TCO|total cost of ownership)\b/i, terms: 'life-cycle cost' },
  { pattern: /\b(NPV|net present value|discounted cash flows?)\b/i, terms: 'discount rate discounted benefits costs' },
  // "GPP" spelled out as the criteria Annex IV names ("which GPP criteria level do we need to hit?", fresh batch T2).
  { pattern: /\bGPP\b/i, terms: 'green public procurement criteria public procurement contracting authorities' },
  { pattern: /\b(green (public )?procurement|tenders?|tendering)\b/i, terms: 'public procurement contracting authorities' },
  // What a public buyer buys, and where it publishes: tyres for the fleet, notices on TED.
  { pattern: /\b(tyres?|tires?)\b/i, terms: 'tyres highest fuel energy efficiency class public procurement' },
  { pattern: /\b(TED|procurement notices?|contract notices?)\b/, terms: 'Tenders Electronic Daily notices public procurement' },
  // The industrial emissions directive, which Articles 26(11) and 27(11) name by number: reporting under it is this directive's.
  { pattern: /\b(IED|industrial emissions directive)\b/i, terms: 'Directive 2010/75/EU industrial emissions installations reporting' },
  // Outsourced running of buildings: a service contract with significant energy content (Article 7(3)).
  { pattern: /\b(facilit(y|ies) management|FM contracts?|(building |plant )?(operation and )?maintenance contracts?|outsourc\w+ (the )?(heating|energy|building) (services|operation))\b/i, terms: 'service contracts with significant energy content' },
  { pattern: /\b(RECs?|CECs?|energy co-?ops?|community energy)\b/, terms: 'renewable energy communities citizen energy communities' },
  { pattern: /\b(peakers?|peaking plants?|standby generat\w+|backup (power|generators?))\b/i, terms: 'peak load back-up' },
  // Supply cut off, not a threshold's cut-off ("where's the cut-off between small-scale and micro CHP?").
  { pattern: /\b(cut[- ]offs?(?! (point|size|date|level|value|between))|shut[- ]offs?|cut off|switched off|disconnect(s|ed|ing)?)\b(?<!\b(where|what)('?s| is) the cut[- ]off)/i, terms: 'disconnection' },
  { pattern: /\b(GoOs?|guarantees? of origin)\b/, terms: 'guarantees of origin' },
  { pattern: FINE_OR_SANCTION, terms: 'penalties' },
  { pattern: /\b(MEPS)\b/, terms: 'minimum energy performance standards' },
  // Financing: what lenders and households call the directive's lending products and improvement measures.
  { pattern: /\b(green (home |house |housing |renovation |retrofit )?(mortgages?|loans?|bonds?|lending)|retrofit loans?|on-bill (financing|repayment|loans?))\b/i, terms: 'energy efficiency lending products financing' },
  { pattern: /\b(home|house|flat|building) (upgrades?|improvements?|makeovers?)\b/i, terms: 'energy efficiency improvement measures renovation' },
  // Confidential business data in the national heat assessment, and the heat map practitioners call it.
  { pattern: /\b(confidential (data|information|figures)|commercially sensitive|business secrets?)\b/i, terms: 'trade secrets business secrets confidentiality' },
  { pattern: /\b(heat[- ]?maps?|heat mapping)\b/i, terms: 'comprehensive heating and cooling assessment mapping' },
  // Sharing one boiler's or one substation's costs among the flats.
  { pattern: /\b(split(ting)?|shar(e|ing)( out)?|divid(e|ing)|apportion(ing)?) (the )?(heating |heat |hot water )?(costs?|bills?)\b/i, terms: 'allocation of the cost of heating heat cost allocators' },
  // A block's shared parts in lay words ("heating the stairwells", "the hallway radiators"): the official text's common areas and staircases.
  { pattern: /\b(stairwells?|stairways?|hallways?|landings)\b/i, terms: 'common areas staircases' },
  // Targets and planning
  { pattern: /\bNECPs?\b/, terms: 'integrated national energy and climate plan' },
  { pattern: /\bSCF\b/, terms: 'Social Climate Fund' },
  { pattern: /\bFEC\b/, terms: 'final energy consumption' },
  { pattern: /\bPEC\b/, terms: 'primary energy consumption' },
  { pattern: /\b(EE1st|EEF|efficiency[- ]first)\b/i, terms: 'energy efficiency first principle' },
  { pattern: /\bEE\b/, terms: 'energy efficiency' },
  { pattern: /\bPEFs?\b/, terms: 'primary energy factor' },
  // The primary energy factor in lay words: "the EU's standard multiplier for grid power", "the conversion factor".
  { pattern: /\b(multipliers?|conversion (factors?|coefficients?)|weighting factors?)\b/i, terms: 'primary energy factor coefficient' },
  // Emission allowances' auction revenues in lay words: "the cash our country earns from selling carbon permits".
  {
    pattern: /\b(carbon|emissions?|CO2) (permits?|allowances?|credits?|certificates?)\b[^?]{0,60}\b(cash|money|proceeds|revenues?|income|earn\w*|sell\w*|auction\w*)\b|\b(cash|money|proceeds|revenues?|income|earnings)\b[^?]{0,60}\b(carbon|emissions?|CO2) (permits?|allowances?|credits?|price)\b|\bauction (proceeds|revenues?|income|money)\b/i,
    terms: 'revenues from auctioning allowances emissions trading',
  },
  // The fund in lay words: "a dedicated national efficiency pot".
  { pattern: /\b(efficiency|national|dedicated|green|retrofit) (pot|kitty|purse|piggy bank)s?\b/i, terms: 'national energy efficiency fund' },
  // High-efficiency cogeneration in lay words: "top-grade CHP", "a high-performing cogen unit".
  {
    pattern: /\b(top[- ](grade|tier|class|quality)|best[- ]in[- ]class|high[- ]performing|highly efficient|premium)\b[^?.]{0,25}\b(CHPs?|cogen\w*|combined heat and power)\b|\b(CHPs?|cogen\w*)\b[^?.]{0,25}\b(top[- ](grade|tier|class)|high[- ]performing)\b/i,
    terms: 'high-efficiency cogeneration',
  },
  // A guarantee of origin in lay words: "the proof-of-origin document for our cogeneration electricity".
  { pattern: /\b(proofs?|certificates?|certification|documents?)[- ]of[- ]origin\b|\borigin (certificates?|proofs?|documents?|labels?)\b/i, terms: 'guarantees of origin' },
  // A plant's substantial refurbishment in lay words: "a major refit", "an overhaul of the boiler hall".
  { pattern: /\b(refits?|overhaul(s|ed|ing)?|revamp(s|ed|ing)?)\b/i, terms: 'substantial refurbishment refurbished' },
  // A review in lay words: "a dedicated stock-take of measures".
  { pattern: /\bstock[- ]?tak(e|es|ing)\b/i, terms: 'review assessment' },
  // EU shorthand for the addressees ("for MS to notify", "may a MS designate"), and the assessments and heat sector as
  // planners abbreviate them.
  { pattern: /\bMSs?\b/, terms: 'Member States' },
  { pattern: /\bH&C\b/, terms: 'heating and cooling' },
  { pattern: /\bSEAs?\b|\b[Ss]trategic [Ee]nvironmental [Aa]ssessments?\b/, terms: 'environmental assessment Directive 2001/42/EC' },
  { pattern: /\bGWP\b/, terms: 'global warming potential' },
  // The emissions trading system, which the directive names by its number (Directive 2003/87/EC): the scope rules
  // decide whether a question asks that act's rules or what this directive does with them.
  { pattern: /\b(EU )?ETS ?2?\b/, terms: 'emissions trading' },
  { pattern: /\bHPs?\b/, terms: 'heat pumps' },
  // Words clipped in a hurry ("Public building reno rate?", "Intl aviation in FEC?", "min savings req?"), as short
  // blunt questions write them.
  { pattern: /\brenos?\b/i, terms: 'renovation' },
  { pattern: /\bintl\b/i, terms: 'international' },
  { pattern: /\b(govts?|gov'ts?)\b/i, terms: 'government' },
  { pattern: /\breqs?\b|\breq'ts?\b/i, terms: 'requirements' },
  { pattern: /\bmin\b(?!\.? ?(read|walk|drive))/i, terms: 'minimum' },
  { pattern: /\bmax\b/i, terms: 'maximum' },
  { pattern: /\bmgmt\b/i, terms: 'management' },
  { pattern: /\binfo\b/i, terms: 'information' },
  { pattern: /\b(yrs?|p\.a\.)(?!\w)/i, terms: 'years' },
  // The metering and heating kit, the bill, the audit and energy poverty in the asker's own language, as mixed-language
  // questions name them ("in many houses there is still old Heizkostenverteiler", "contadores de calefacción with
  // lectura remota", "we get consumo information only with the factura").
  { pattern: /\b(Heizkostenverteiler\w*|répartiteurs? de frais de chauffage|repartidores? de costes?( de calefacción)?|ripartitori( di calore)?|kostenverdelers?|podzielnik\w*)/i, terms: 'heat cost allocators' },
  { pattern: /\b(Wärmezähler\w*|Wärmemengenzähler\w*|contadores? de (calefacción|calor)|compteurs? de chaleur|contatori di calore|warmtemeters?|ciepłomierz\w*)/i, terms: 'heat meters' },
  { pattern: /\b(Fernablesung|fernablesbar\w*|lectura (remota|a distancia)|télérelève|lettura (remota|a distanza)|op afstand uitleesbaar|odczyt zdalny)/i, terms: 'remotely readable' },
  { pattern: /\b(Fernwärme\w*|calefacción urbana|red de calor|chauffage urbain|réseau de chaleur|teleriscaldamento|stadsverwarming|warmtenet\w*|ciepło systemowe)/i, terms: 'district heating' },
  { pattern: /\b(Heizkostenabrechnung|Rechnung|factura|facture|bolletta|fattura|rekening|faktura)\b/i, terms: 'billing information bills' },
  { pattern: /\b(Energieaudit|auditoría energética|audit énergétique|diagnosi energetica|energie-audit|audyt energetyczny)/i, terms: 'energy audit' },
  { pattern: /\b(Energiearmut|pobreza energética|précarité énergétique|povertà energetica|energiearmoede|ubóstwo energetyczne)/i, terms: 'energy poverty' },
];

/**
 * The directive's words for the jargon a question uses, each once. With `knows` (the corpus vocabulary), only
 * jargon the corpus does not itself use is expanded: a word it knows ("regulator", "banking") already finds its
 * passages, and adding more words to it only blurs the query.
 */
export function vocabularyTerms(question: string, knows?: (word: string) => boolean): string[] {
  return termsWhere(question, (matched) => !knows || !words(matched).every((word) => knows(word)));
}

/** The directive's words for each vocabulary entry the question uses whose matched text passes `keep`, each once. */
function termsWhere(question: string, keep: (matched: string) => boolean): string[] {
  const terms = new Set<string>();
  for (const { pattern, terms: directive } of PRACTITIONER_VOCABULARY) {
    const match = pattern.exec(question);
    if (match && keep(match[0])) terms.add(directive);
  }
  return [...terms];
}

/** An acronym as typed: no space, two or more capitals ("EnMS", "CHP", "KPIs"), not an ordinary word in capitals. */
const ACRONYM = /^(?=(?:[^A-Z]*[A-Z]){2})[A-Za-z0-9&]+$/;

/** The directive's words for the acronyms a question uses ("EnMS": energy management system), each once. */
export function acronymTerms(question: string): string[] {
  return termsWhere(question, (matched) => ACRONYM.test(matched));
}

/** The question with its jargon replaced by the directive's words: what the gate should judge. */
export function inDirectiveWords(question: string): string {
  let text = question;
  for (const { pattern, terms } of PRACTITIONER_VOCABULARY) text = text.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), terms);
  return text;
}
