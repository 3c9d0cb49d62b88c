import { asksWhetherCommissionMayChange, OLD_DIRECTIVE, OLD_DIRECTIVE_ITSELF } from './article-mentions.js';
import { asksWhenToTranspose } from './query-expansion.js';
import { askedSentences } from './question-framing.js';

/**
 * Questions whose framing, not their words, says which article answers: the words are the duty's (renovating, auditing,
 * delivering savings), the answer is in the article on the fund, on penalties, on transposition, on the directive's review, on the delegation's procedure, on the old directive's repeal, on heat plans, on energy service disputes, on an obligated party's banking, on the energy-poor's share of the savings or on whom to designate as obligated. A route names that article and,
 * where only some of its passages answer, which ones; retrieval puts them first (hybrid-retriever) and the answerer
 * answers from the article where retrieval put it first (extractive-answerer).
 */
export interface TopicRoute {
  readonly article: string;
  /** The passages of the article that answer; all of them when absent. */
  readonly answers?: (text: string) => boolean;
}

/** The fund as a noun ("a fund", "the national energy efficiency fund"), not the verb ("programmes to fund upgrades"). */
const FUND = /\b(a|the|national|efficiency|into)\s+((national|energy|efficiency)\s+)*funds?\b/i;
const INSTEAD_OF_ACTING =
  /\b(instead|rather than|in lieu|in place of|as an alternative|buy (its|our|their) way out)\b|\b(pay|paying|paid|contribut\w*|put|putting) ([\w-]+ ){0,4}(in|into|to) ([\w-]+ ){0,4}funds?\b/i;

/**
 * "Could our ministry pay into a fund instead of renovating its share of buildings?", "Can an obligated party meet its
 * savings obligation by paying into a fund instead?": the option to pay instead of acting is Article 30's (paragraph 13
 * for public bodies' renovation duty, paragraph 14 for obligated parties), while the duty's own article (6, 8 or 9)
 * shares most of the question's words. 18 of the dev split's 20 such questions are Article 30's; 5 of them went to the duty.
 */
export function asksToPayIntoFundInstead(question: string): boolean {
  return FUND.test(question) && INSTEAD_OF_ACTING.test(question);
}

/** A passage that lets a duty be met by contributions to the fund ("by means of annual contributions to the national energy efficiency fund"). */
export function letsPayIntoFund(text: string): boolean {
  return /\bcontribut\w* ([\w-]+ ){0,3}to the national energy efficiency fund\b/i.test(text.replace(/\s+/g, ' '));
}

/**
 * "What fines could we face if we skip the audit?", "by when must Brussels be told about the sanctions?": penalties are
 * Article 32's, whatever duty is breached (36 of the dev split's 38 questions that speak of fines, penalties or
 * sanctions; the others name the old directive's penalties article or call a method "fine"). Asked as nouns or as being
 * fined, not "is that fine?".
 */
const PENALTIES = /\b(fines|fined|penalt(y|ies)|sanctions?|sanctioned|punish\w*|(a|the|what|which|any) fine(?![\w-])|fine (amounts?|levels?|ranges?))\b/i;

export function asksAboutPenalties(question: string): boolean {
  return PENALTIES.test(question) && !OLD_DIRECTIVE.test(question);
}

/**
 * "When is the Commission's next full evaluation of the directive due, and will it reconsider the 3 % renovation rate?":
 * the evaluation of the directive as a whole is Article 35's (all 16 dev questions that ask it), whatever rule it may
 * reconsider.
 */
const REVIEW_OF_THE_DIRECTIVE =
  /\b(evaluat\w*|review\w*|assess\w*)\b[^?]{0,20}\b(of )?(the|this) (whole |entire )?(directive|EED|law|recast)\b|\b(directive|EED|law)('s)? (own )?(evaluation|review)\b/i;

export function asksForReviewOfTheDirective(question: string): boolean {
  return REVIEW_OF_THE_DIRECTIVE.test(question);
}

/**
 * "How long do Parliament and Council have to object to a delegated act?", "does the Commission's mandate lapse or roll
 * over?", "could the Council take back that power?": the procedure of the delegation (its duration, tacit extension,
 * revocation, objection and entry into force) is Article 34's, while Article 33, which says what the delegated acts may
 * do, shares most of the words (all 25 dev questions so framed are Article 34's, and every dev Article 34 question is so
 * framed). Whether the Commission may change an annex by itself stays Article 33's.
 */
const DELEGATION = /\b(delegat\w* acts?|delegation|supplementary acts?|secondary rules|add-on rules|empower\w*|power to adopt|conferred)/i;
const DELEGATION_PROCEDURE =
  /\b(object\w*|veto\w*|block\w*|revok\w*|revocation|take back|took back|yank\w*|lapse\w*|renew\w*|roll(s|ed)? over|tacit\w*|extend\w*|stretch\w*|lengthen\w*|how long|from when|enter into force|takes? effect)\b/i;

export function asksAboutDelegationProcedure(question: string): boolean {
  return DELEGATION.test(question) && DELEGATION_PROCEDURE.test(question) && !asksWhetherCommissionMayChange(question);
}

/**
 * "Is Directive 2012/27/EU still in force, or when was it scrapped?", "when does the old 2012 efficiency law stop
 * applying?": the repeal of the old directive as a whole is Article 38's, which Article 39 (this directive's own entry into
 * force) outranked on the same words (19 of the dev split's 20 questions so framed are Article 38's; the other asks
 * Annex XVI's time-limits). An old article asked about is the correlation table's, its deadline Annex XVI's.
 */
const STILL_IN_FORCE = /\b(still (in force|valid|appl\w*|binding)|repeal\w*|stop\w* (applying|apply)|scrapp\w*|no longer (appl\w*|in force|valid)|ceas\w*|expir\w*)\b/i;
const OLD_PLACE_OR_DEADLINE = /\b(arts?\.?|articles?|annex(es)?)\s+[\dIVX]|\b(amending|transpos\w*|time-limits?)\b/i;
/**
 * "Our national law still cross-refers to an article of Directive 2012/27/EU. How should we read that reference now?": how
 * references to the repealed directive are read is the same article's (its second paragraph), which the correlation table
 * outranked on the old directive's name (all 14 dev questions that ask it beside the repeal date are Article 38's).
 */
const REFERENCES_READ =
  /\b(read|construe|interpret|understand|treat)\w*\b[^?]{0,40}\b(references?|cross-references?|citations?)\b|\b(references?|cross-references?|citations?|cross-refers?)\b[^?]{0,40}\b(read|construed|interpreted|understood|treated)\b/i;

export function asksWhetherOldDirectiveApplies(question: string): boolean {
  return OLD_DIRECTIVE_ITSELF.test(question) && (STILL_IN_FORCE.test(question) || REFERENCES_READ.test(question)) && !OLD_PLACE_OR_DEADLINE.test(question);
}

/**
 * "Our town has about 52 000 inhabitants. Must we produce a municipal heat planning document?": the local heating and
 * cooling plans are Article 25's (paragraph 6), which Article 5's municipalities outranked on the population (39 of the
 * dev split's 41 questions that speak of heat plans are Article 25's; the others are a transposition date and a town's
 * sustainable energy plan, which this does not catch).
 */
const HEAT_PLAN = /\b(heat(ing)?( and cooling)?|cold) plan(s|ning)?\b/i;

export function asksAboutHeatPlans(question: string): boolean {
  return HEAT_PLAN.test(question);
}

/**
 * "A client and our ESCO are fighting over whether the promised savings were delivered: is there a route other than
 * court?": disputes over energy services and their contracts are Article 29's (paragraph 7, an ombudsperson or
 * out-of-court settlement), which Article 22's consumer disputes outranked (16 of the dev split's 17 questions so framed
 * are Article 29's; the other names the old directive's article, which the correlation table answers).
 */
const DISPUTE = /\b(disputes?|out[- ]of[- ]court|ombuds\w*|complain\w*|arbitrat\w*|mediat\w*|ADR|fighting|disagree\w*)\b/i;
const ENERGY_SERVICE = /\b(ESCOs?|energy service (compan\w*|providers?|contracts?)|energy performance contract\w*|EPCs?|savings guarantee|guaranteed savings)\b/i;

export function asksAboutEnergyServiceDisputes(question: string): boolean {
  return DISPUTE.test(question) && ENERGY_SERVICE.test(question) && !OLD_DIRECTIVE.test(question);
}

/**
 * "We're an obligated gas retailer and overshot our savings quota this year: can we bank the surplus, and how far back or
 * forward?": an obligated party's savings moved between years are the obligation scheme's banking and borrowing (Article
 * 9(11)), which Article 8 (a Member State carrying a surplus into the next obligation period) and Article 6 (a public
 * body's renovation surplus) outranked (all 32 dev questions so framed are Article 9's). Asked of a country or an
 * obligation period, it is Article 8's and not routed; a country or government in the setting only ("a gas retailer our
 * government has named as obligated") is who designated the asker (3 more dev questions, all Article 9's).
 */
const MOVED_BETWEEN_YEARS =
  /\b(bank\w*|carr(y|ies|ied)\w* (\w+ ){0,3}(over|forward)|credit\w* (\w+ ){0,3}to|book\w* (\w+ ){0,4}(against|in|to|for)|shift\w*|how far (back|forward)|(back|forward)(wards)? (or|and) (back|forward)(wards)?|as if (they|it) (had been|were|was) (achieved|obtained)|(other|another|different|earlier|later|previous|following|future) years?|between years|across years)\b/i;
const OBLIGATED_PARTY = /\b(obligated|obliged|supplier|retailer|distributor|our (savings )?(scheme|obligation|quota)|savings quota|obligation team|EEOS)\b/i;
const OF_A_COUNTRY = /\b(country|countries|member states?|obligation periods?|national (level|target)|government)\b/i;
const SAVINGS_OR_SURPLUS = /\b(sav(e|es|ed|ings?)|surplus|overshoot\w*|over-?deliver\w*)\b/i;

export function asksToMoveSavingsBetweenYears(question: string): boolean {
  return MOVED_BETWEEN_YEARS.test(question) && OBLIGATED_PARTY.test(question) && SAVINGS_OR_SURPLUS.test(question) && !OF_A_COUNTRY.test(askedSentences(question));
}

/**
 * "How much of the national savings obligation has to be delivered among energy-poor households?": the share of the
 * required savings owed to people in energy poverty is Article 8's (paragraph 3), which Article 9's option to ask
 * obligated parties for such a share outranked (all 20 dev questions that ask a share of the national, required or
 * cumulative savings for the energy-poor are Article 8's; 5 went to Article 9). An obligated party's own savings ("a slice
 * of our mandated savings") are not routed.
 */
const ENERGY_POOR = /\b(energy[- ]poor|energy poverty|fuel[- ]poor|fuel poverty|vulnerable|low-income)\b/i;
const SHARE = /\b(share|slice|proportion|portion|percentage|how much|how big|how large|what part|ring-?fenc\w*|minimum)\b/i;
const NATIONAL_SAVINGS = /\b(national|required|cumulative|country'?s|member states?'?) ((amount|share) of )?(\w+ ){0,2}savings\b|\b(national|country'?s) (\w+ ){0,2}obligation\b/i;

export function asksForEnergyPovertyShare(question: string): boolean {
  return ENERGY_POOR.test(question) && SHARE.test(question) && NATIONAL_SAVINGS.test(question);
}

/**
 * "Which kinds of market players may we pick from when naming the companies that must deliver the savings?", "how may our
 * savings activities affect households who want to move to a rival supplier?": who may be designated an obligated party,
 * and the retailers' duty not to hinder switching, are the obligation scheme's (Article 9(3) and (4)), which Article 8's
 * national obligation outranked on the same words (all 18 dev questions that ask whom to designate and all 8 that speak of
 * switching, under a savings obligation, are Article 9's).
 */
const SAVINGS_DUTY = /\b(obligat\w*|savings? (scheme|obligation|duty|quota)|supplier obligation|EEOS|deliver\w* (the )?savings)\b/i;
const DESIGNATION = /\b(designat\w*|nam(e|ing)|pick\w*|choos\w*|select\w*|appoint\w*)\b[^?]{0,80}\b(obligated|obliged|companies|players|entities|parties|actors)\b/i;
const SWITCHING = /\b(switch\w*|mov\w* to (a |another |rival )?(rival |other |new )?supplier|chang\w* (their |our |its )?supplier)/i;

export function asksAboutObligatedParties(question: string): boolean {
  return SAVINGS_DUTY.test(question) && (DESIGNATION.test(question) || SWITCHING.test(question));
}

/**
 * "Our government wants heat-metering rules stricter than the EED. Can it go further?": whether a Member State may keep or
 * introduce more stringent measures is Article 1(2)'s (all 22 dev questions so worded), whatever duty it would tighten.
 */
const GOES_FURTHER =
  /\b(tougher|stricter|more stringent|more ambitious) than\b|\bgo(es|ing)? (further|beyond) than\b|\bgo(es|ing)? beyond (the )?(EU|Union|directive|EED)\b|\bgold-?plat\w*|\b(stricter|tougher|more stringent) national (rules?|measures?|requirements?)\b/i;

export function asksToGoFurther(question: string): boolean {
  return GOES_FURTHER.test(question);
}

/** The passage that lets Member States keep or introduce more stringent measures. */
export function allowsMoreStringent(text: string): boolean {
  return /\bmore stringent measures\b/i.test(text.replace(/\s+/g, ' '));
}

/**
 * "What's the number the whole EU must stay under for final energy use in 2030?" (fresh batch T4): the Union's own 2030 target is Article 4(1)'s
 * (all 23 dev questions that ask the EU as a whole for its 2030 consumption, ceiling or target), where the savings obligation and the
 * contribution formula share its words. So is the 2030 "headline target", the Union's name for it ("The 2018 amendment had a 32.5 % headline target for
 * 2030. What does the recast set instead?", fresh batch U2), unless it asks when the Commission checks it (Article 35).
 */
const THE_UNION_AS_A_WHOLE = /\b(whole|entire) (EU|Union)\b|\b(EU|Union)[- ]wide\b|\b(EU|Union) as a whole\b|\b(EU|Union)['’]s (overall |collective |headline )?(2030 )?(target|ceiling|cap|limit|goal)s?\b/i;
const ITS_2030_CONSUMPTION = /\b(final energy|primary energy|energy (use|consumption)|consumption|stay under|ceiling|cap|reduction|Mtoe|target)\b/i;

const HEADLINE_TARGET = /\bheadline (energy efficiency |efficiency )?targets?\b/i;
const ITS_REVIEW = /\b(check\w*|evaluat\w*|review\w*|assess\w*|monitor\w*)\b/i;

export function asksForTheUnionTarget(question: string): boolean {
  const theUnions = THE_UNION_AS_A_WHOLE.test(question) || (HEADLINE_TARGET.test(question) && !ITS_REVIEW.test(question));
  return theUnions && /\b2030\b/.test(question) && ITS_2030_CONSUMPTION.test(question);
}

/** The route a question's framing sets, if any. */
export function topicRoute(question: string): TopicRoute | undefined {
  if (asksToPayIntoFundInstead(question)) return { article: 'Article 30', answers: letsPayIntoFund };
  if (asksAboutPenalties(question)) return { article: 'Article 32' };
  if (asksWhenToTranspose(question)) return { article: 'Article 36' };
  if (asksForReviewOfTheDirective(question)) return { article: 'Article 35' };
  if (asksAboutDelegationProcedure(question)) return { article: 'Article 34' };
  if (asksWhetherOldDirectiveApplies(question)) return { article: 'Article 38' };
  if (asksAboutHeatPlans(question)) return { article: 'Article 25' };
  if (asksAboutEnergyServiceDisputes(question)) return { article: 'Article 29' };
  if (asksToMoveSavingsBetweenYears(question)) return { article: 'Article 9' };
  if (asksForEnergyPovertyShare(question)) return { article: 'Article 8' };
  if (asksAboutObligatedParties(question)) return { article: 'Article 9' };
  if (asksToGoFurther(question)) return { article: 'Article 1', answers: allowsMoreStringent };
  if (asksForTheUnionTarget(question)) return { article: 'Article 4' };
  return undefined;
}
