/**
 * "Could our ministry pay into a fund instead of renovating its share of buildings?", "Can an obligated party meet its
 * savings obligation by paying into a fund instead?": the option to pay instead of acting is Article 30's (paragraph 13
 * for public bodies' renovation duty, paragraph 14 for obligated parties), while the duty's own article (6, 8 or 9)
 * shares most of the question's words. 18 of the dev split's 20 such questions are Article 30's; 5 of them went to the duty.
 */
/** The fund as a noun ("a fund", "the national energy efficiency fund"), not the verb ("programmes to fund upgrades"). */
const FUND = /\b(a|the|national|efficiency|into)\s+((national|energy|efficiency)\s+)*funds?\b/i;
const INSTEAD_OF_ACTING =
  /\b(instead|rather than|in lieu|in place of|as an alternative|buy (its|our|their) way out)\b|\b(pay|paying|paid|contribut\w*|put|putting) ([\w-]+ ){0,4}(in|into|to) ([\w-]+ ){0,4}funds?\b/i;

/** The article that lets a duty be met by paying into the national energy efficiency fund. */
export const FUND_ARTICLE = 'Article 30';

/** Whether the question asks if paying into a fund can stand in for a duty. */
export function asksToPayIntoFundInstead(question: string): boolean {
  return FUND.test(question) && INSTEAD_OF_ACTING.test(question);
}

/** A passage that lets a duty be met by contributions to the fund ("by means of annual contributions to the national energy efficiency fund"). */
export function letsPayIntoFund(text: string): boolean {
  return /\bcontribut\w* ([\w-]+ ){0,3}to the national energy efficiency fund\b/i.test(text.replace(/\s+/g, ' '));
}
