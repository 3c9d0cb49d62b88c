/**
 * What kind of answer a question wants, read from its framing rather than its subject. Practitioners ask the
 * directive's questions in their own words ("our county's branch library", "the bin lorries") but frame them
 * as questions about a rule: who must, by when, above what threshold, whether something counts or is allowed.
 * Questions that merely share the domain's vocabulary ask how to do something, what it costs or what is best.
 */

/**
 * Asks what a rule requires, allows, covers or sets: the directive's kind of question. An exception asked in the asker's words
 * ("Is there a carve-out for heritage buildings like ours?", a waiver, an opt-out, a grace period; fresh batch L1) asks one too, and so
 * does a limit in time ("How long should the grid connection take at most?") or what a country may do (fresh batch M2).
 */
const ABOUT_A_RULE =
  /\b(must|have to|has to|had to|need(s|ed)?|required?|requires|requirements?|obliged|obligations?|obligated|dut(y|ies)|mandatory|(forced|compelled|bound) to|allowed|alowed|allowd|permitted|off the hook|entitled|exempt\w*|carve[- ]?outs?|opt(s|ed|ing)?[- ]out|waivers?|waived|spared|excused|let off|derogat\w*|exceptions?|grace period|at most|at the latest|no later than|may (a|any|each|every) (country|Member State)(['’]s)?|count(s|ed)? (as|towards?|in|for)|covered|appl(y|ies)|qualif(y|ies)|deadlines?|by when|until when|from when|how often|thresholds?|rules?|rule ?books?|law|legislation|directive|EED|still (count|qualify|be counted|be eligible)|defin(e|es|ed|ition|itions)|(lose|loses|lost|keep|keeps|retain|retains) (its|their|our|the) [\w-]+ (status|classification)|go(es)? into the (base|calculation)|legal(ly)?|comply|complian\w+|owe|responsib\w+|(expected|meant|supposed) (to|in|of|from)|enough|left out|included?|limits?|ceilings?|caps?|capped|protections?|protected|minimum|maximum|at least|binding|is (it|that|this) (still )?possible|(get|be|land) (us |them |you )?(in|into) trouble|is it (true|correct|right|the case) that|(is|are|falls?|fall) due|due (date|by|on)|when (is|are) [^?]{0,40}\bdue|be (fined|penalised|penalized|sanctioned|punished)|in breach|breach(es|ing)? (the|its|our|their) (rules?|law|duty|duties|obligations?)|against the (rules|law))\b/i;

/**
 * The same question asked with a modal of expectation or of a threshold: "who should be watching whether ...",
 * "which fields should its members come from", "at what project size does the check start", "when does it kick in",
 * the fallback a rule sets when its first choice is "not feasible" or "not cost-effective", "is it OK to ... and
 * count it in", "is it acceptable for an audit to rank measures by payback", whether something suffices, "what do we do with" the result of a duty (an audit's recommendations), and "could the ministry ...",
 * "may we ..." asking what is permitted ("can" asks about a rule only in the passive, "can those costs be
 * passed on", "can it be exempted", "can rooftop PV be knocked off the baseline", "can the audit be done in-house", or of another party, "can my supplier
 * pass my data on", "can the state designate us": "can we get a grant" asks for help; "can we recover that fee from the
 * residents" asks whether a cost may be passed on), "does anything address that?", whether a rule covers a situation,
 * the way savings "are counted", whether a method may serve a duty ("can we use surveyed savings to claim
 * savings from a loft insulation programme?"), whether there is "a condition attached to" setting something up, whether "we can bank
 * the surplus" or what follows if savings "fall short", and how something goes to the Commission ("how does our country
 * hand in its heat study to Brussels?": reporting to it is a duty), what follows a breach ("what happens if our country's consumption
 * ends up above the path it promised?"), who gave a body its task ("who gave them the job of chasing us?"), and a complaint that a
 * practice seems wrong ("the landlord just divides up a lump-sum invoice. Doesn't seem right.").
 * Advice ("should I refinance", "what setting should we use") is refused earlier, by the scope rules.
 */
const ABOUT_A_RULE_MODAL =
  /\bwhat happens if (we|our|the|a|an|they|my|it|someone|nobody|a country|member states?|[\w-]+ countr(y|ies)) ([\w'’-]+ ){0,8}(don'?t|doesn'?t|do not|does not|can'?t|cannot|can not|(is|are) unable to|miss(es)?|fail(s)?|exceeds?|ends? up|falls? short|overshoots?|(is|are) late|never|refuses?|ignores?)\b|\bwho (gave|gives|has given|put|puts|made|makes) (them|it|him|her|the [\w-]+) (the (job|task|power|right|authority)|in charge)\b|\bby what right\b|\b(does(n'?t| not)|do(n'?t| not)) (seem|sound|look) (right|fair|legal|lawful|ok|okay)\b|\b(seems?|sounds?|feels?) (unfair|wrong|illegal|unlawful|like a rip-?off)\b|\b(who|which|what|whom|where|when) [^?]{0,60}\bshould\b|\bshould (the|a|an|our|its|their|each|every|all|public|national|local|member) [^?]{0,40}\b(be|have|include|contain|cover|report|publish|provide|meet|reach|get)\b|\bat what (\w+ )?(size|level|point|threshold|amount|capacity|value|population|floor area|consumption|investment)\b|\b(kicks? in|starts? to apply|stops? (applying|counting))\b|(\bnot|n't) (technically |economically )?(feasible|possible|cost[- ](effective|efficient))\b|\b(is|would|will) (it|that|this) (be )?(ok|okay|fine|legal|lawful|permissible|acceptable|admissible|compliant|sufficient) (for [^?]{0,50}?)?to\b|\b(acceptable|admissible|permissible|sufficient)\b|\bcut-?offs? (point|size|date|level|value|between)\b|\b(where|what)('?s| is) the cut-?off\b|\bcount(s|ed)? (it|them|this|that|these|those) (as|towards?|in|for)\b|\bwhat (do|should|must) (we|i) do with\b|(?:^|[.?!]\s+)\s*(could|may) (the|a|an|our|we|i|public|national|local|member|each|they|municipalities|ministr(y|ies)|governments?|states?|regulators?)\b|\bcan ((?!we\b|i\b|you\b)[\w'%,.-]+ ){1,6}be ([a-z]+(ed|en)|done|made|run|paid|kept|set|held|put|built|met|sent|spent|left|split|brought|let|found|dealt)\b|\bcan ((the|a|an|my|our|their) )?([\w-]+ ){0,2}(suppliers?|landlords?|operators?|utilit(y|ies)|compan(y|ies)|firms?|providers?|state|country|ministry|government|regulators?|authorit(y|ies)|municipalit(y|ies)|council|DSOs?|TSOs?|member states?|tenants?|residents?|occupants?|households?|customers?|consumers?|owners?|networks?|one-stop shops?|hubs?|agenc(y|ies)|advis[eo]rs?|experts?|centres?|centers?) [a-z]+\b|\b(does|do|is there) anything\b[^?]{0,30}\b(address|cover|deal with|tackle|say|require|protect)\w*|\bcan be (counted|credited|claimed|included|excluded|deducted|recognised|recognized|accepted|passed on)\b|\bcan (we|i) (recover|recoup|reclaim|claw back|on-?charge|re-?bill|bill|invoice|charge)\b[^?]{0,60}\b(from|to|on to|onto) (the |our |my |its |their )?(residents|tenants|occupants|households|customers|consumers|final users|flat owners|owners)\b|\b(the |a )?fall-?back\b|\bhow (is|are|was|were) [^?]{0,60}\b(calculated|worked out|determined|computed|derived|weighted|set|counted|credited)\b|\bthe way (\w+ ){0,4}(is|are|get|gets) (calculated|counted|credited|worked out|determined|computed)\b|\b(is there|are there|any) (a |any )?(conditions?|strings) (attached|imposed)\b|\b(conditions?|strings) attached to\b|\bcan (we|i) (bank|carry|roll|borrow|transfer|count|claim|credit|keep|book|move|shift) (over |forward )?(the |our |any |that |this |those |these )?(surplus|excess|extra|shortfall|savings|overshoot)\b|\bcan (we|i|they) (use|rely on|apply|choose|opt for|pick) [^?]{0,60}\b(to|for) (claim|count|calculat|measur|demonstrat|prove|meet|fulfil|satisf|comply|report|verif|estimat|show)\w*|\bshould(n['’]?t| not)? (we|i|they|tenants|residents|customers|consumers|households|occupants) (not )?(have|get|receive|be (able|given|told|informed|entitled|allowed|offered))\b|\bshould(n['’]?t| not)? (the|my|our|their|a|an|this|that) [^?]{0,40}\b(tell|show|inform|give|offer|let|say|state|list)\b|\bis (that|this|it) (even |really |actually )?(a )?(valid|legitimate|legal|lawful|acceptable|reasonable|fair|proper) (excuse|reason|ground|justification|argument)\b|\bwhat (can|could|should|must) be done\b|\b(any |an |the )?expectations? (that|for|on) (the )?(member states?|countries|states|governments?|commission|authorities|regulators?|operators?|suppliers?)\b|\bwhat (standard|level|quality|kind) of [^?]{0,40}\bcan (i|we|customers|consumers|tenants|households) expect\b|\bwhat (rights|protections?) (do|can|should|does) (i|we|customers|consumers|tenants|households|a household|a customer)\b|\bdo (i|we) have (a|the|any) rights?\b|\b(fall|falls|fell|fallen|falling) short\b|\b(submit\w*|hand(s|ed|ing)? (it |them )?in|send\w*|sent|report\w*|notif\w*|communicat\w*|transmit\w*) [^?]{0,60}\bto (Brussels|the (European )?Commission)\b/i;

/**
 * Whether the asker may have their data handed to someone else ("Can I have my billing history and allocator readings sent
 * straight to the adviser?"): a right the rules give the final user or not, not a favour asked of the corpus.
 */
const HAND_ON_DATA =
  /\b(will|would|must|does|do|has|have) (the|their|our|my|a|its) ([\w-]+ ){0,2}(suppliers?|DSOs?|utilit(y|ies)|operators?|providers?|compan(y|ies)|landlords?|retailers?) (to )?(hand|give|pass|share|send|release|disclose|provide|forward)\w* (it|them|that|this|those|these|the [\w-]+( [\w-]+)?) (over |on )?(to )?(us|me|them)\b|\bcan (i|we) (have|get) (my|our|the|all|their) [^?]{0,80}\b(sent|passed on|shared|forwarded|transferred|given|released|disclosed|made available) (straight |directly )?to\b/i;
/**
 * What the Union's law imposes, asked as a claim to check ("Is it true the EU forces every company to get an energy audit?",
 * "Is it true Brussels is banning gas from new heat sources in district heating networks?"): a rule asked about.
 */
const UNION_IMPOSES = /\b(EU|European Union|Union|Brussels|directive|EED)( (really|now|actually|also))? (is |are )?(forces|forcing|banning|forbids|forbidding|outlaws|outlawing|obliges|obliging|compels|compelling)\b/i;
/**
 * A restriction someone told the asker of, put to the test ("they told me individual flats don't count, only whole buildings. Is that
 * right", fresh batch I3): whether a rule limits it so.
 */
const RESTRICTION_CHECKED =
  /\b(told|tells?|say|says|said|heard|claims?|claimed|insists?|insisted)\b[^?]{0,160}\b(don'?t|doesn'?t|do not|does not|can'?t|cannot|isn'?t|aren'?t|not|never|only|no longer)\b[^?]{0,120}\b(is|are) (that|this|it|they|he|she) (really |actually )?(right|true|correct|so|accurate|the case)\b/i;
/** A default the rules give where the actual figure is unknown ("what default value can we plug in for the power-to-heat ratio?"). */
const RULES_DEFAULT = /\bdefault (values?|factors?|ratios?|coefficients?|figures?|numbers?)\b/i;
/** Whether the Union's rules act on a problem the asker has: "Is the EU doing anything about that problem?", "does the EED say anything?". */
const UNION_ACTS_ON_IT = /\b(is|are|does|do) (the )?(EU|Union|European Union|Brussels|Commission|directive|EED|law|rules?) (doing|do|say|saying) anything\b/i;

/**
 * A question that states its own size in one of the directive's threshold units ("our 12 TJ plant", "a EUR 400
 * million programme", "a town of 30,000 residents", "a 2,000 m2 town hall", "320 g CO2 per kWh") asks whether a
 * threshold catches it. The unit ends where no letter or digit follows: "m²," has no word boundary after its "²".
 */
const STATES_A_SIZE =
  /\b\d[\d ,.]*\s?(TJ|MWe|MWth|MW|kWe|kW|GWh|m2|m²|m\^2|inhabitants|residents|g ?CO ?2|g\/kWh|grams)(?!\w)|(\b(EUR|euros?)|€)\s?\d[\d ,.]*\s?(million|billion|bn|m)\b|\b\d[\d ,.]*\s?(million|billion) (euros?|EUR)\b/i;

/**
 * Asks for a how-to, a price, the best choice or a recommendation: never what a rule says. A "how to" that is what something must say
 * or show ("does the heating bill need to say how to complain?", fresh batch I3) is the content a rule sets, not a how-to asked; one the
 * asker will choose after the duty asked ("Are we obliged to look at energy performance contracting before choosing how to do it?", fresh
 * batch S7) is their own decision.
 * The verb only: an audit's "recommendations" and its "recommended measures" are the directive's own subject (what the action plan
 * must implement); "which pump is recommended?" asks for one. What someone else "recommends" ("what the installer who
 * knocked on her door recommends") is the asker's scene, not a request for a recommendation.
 */
const PRACTICAL = /\b(how (do|can) (i|we)|(?<!\b(say|says|tell|tells|show|shows|explain|explains|state|states|mention|inform|informs|information|info|details|choosing|deciding) ([\w-]+ ){0,2})how to|cheapest|cheaply|good idea|recommend(ing)?|(is|are|be) recommended|chances)\b/i;

/** Chat spellings of the framing words: "do we hav to", "r we required", "wat shud u do", "we gotta". */
const CHAT_SPELLINGS: readonly [RegExp, string][] = [
  [/\b(hav|hv)\b/gi, 'have'],
  [/\b(gotta|hafta|haveto)\b/gi, 'have to'],
  [/\bneeda\b/gi, 'need to'],
  [/\br\b(?= (we|you|they|u|there|those|these|the|our|public|all)\b)/gi, 'are'],
  [/\bu\b/gi, 'you'],
  [/\b(shud|shld)\b/gi, 'should'],
  [/\b(wat|wut)\b/gi, 'what'],
  [/\bwen\b/gi, 'when'],
  [/\bppl\b/gi, 'people'],
];

/**
 * A question opened in the negative ("Isn't it fine for our audit to rely on estimates?", "Aren't we exempt if ...?", "Don't
 * public bodies have to ...?") asks the same rule as the positive one: the negation says what the asker expects, not what is
 * asked. Only where the verb opens a sentence or follows a comma and its subject comes next.
 */
const NEGATED_OPENER =
  /(^|[.?!:;,]\s*|\n\s*)(is|are|do|does|did|was|were|has|have|can|could|should|must|would|will|wo|ca)n['’]t (?=(it|we|they|that|this|there|the|our|my|you|i|he|she|a|an|all|public|small|such|these|those)\b)/gi;
const POSITIVE: Record<string, string> = { wo: 'will', ca: 'can' };

/**
 * Contractions typed without their apostrophe ("we cant fit", "whats the fallback"), chat spellings and questions opened in
 * the negative, as the patterns expect them.
 */
function asSpeltOut(question: string): string {
  const spelt = CHAT_SPELLINGS.reduce((text, [pattern, word]) => text.replace(pattern, word), question);
  const apostrophed = spelt.replace(/\b(can|don|doesn|isn|aren|won|wasn|weren|haven|hasn|shouldn|mustn|couldn|wouldn)t\b/gi, "$1't").replace(/\b(what|who|where|there|that)s\b/gi, "$1's");
  return apostrophed.replace(NEGATED_OPENER, (_whole, before: string, verb: string) => `${before}${POSITIVE[verb.toLowerCase()] ?? verb} `);
}

/**
 * Statements before the question sentence: "I run billing for a heat supplier in Aarhus, Denmark. How far ahead must
 * ...?". Typed without its question mark, the question is the last sentence. A full stop inside a figure ("1.2 million
 * m²") or after an abbreviation ("Art. 7a", "No. 2", "e.g. heat pumps") does not end a sentence.
 */
export const ABBREVIATION = String.raw`\b(?:Art|Arts|No|Nos|para|paras|e\.g|i\.e|cf|approx|vs|Nr|pp?|St)`;
const IN_SENTENCE = String.raw`(?:[^.?!]|[.!](?=\S)|(?<=${ABBREVIATION})\.)`;
const SETTING_SENTENCES = new RegExp(String.raw`^(?:${IN_SENTENCE}+(?<!${ABBREVIATION})[.!]\s+)+(?=${IN_SENTENCE}*(?:\?|[.!]?\s*$))`);

/**
 * What is asked, without the statements before it that only set the scene (who asks, where, their situation): the
 * question sentence and what follows it. A question of one sentence is returned whole.
 */
export function askedSentences(question: string): string {
  const setting = SETTING_SENTENCES.exec(question)?.[0];
  return setting ? question.slice(setting.length) : question;
}

/** The question sentences after the statements that set the scene, where they ask a rule; undefined otherwise. */
export function askedRuleAfterScene(question: string): string | undefined {
  const asked = askedSentences(question);
  return asked !== question && asksAboutARule(asked) ? asked : undefined;
}

export function asksAboutARule(question: string): boolean {
  const typed = asSpeltOut(question);
  return (ABOUT_A_RULE.test(typed) || ABOUT_A_RULE_MODAL.test(typed) || HAND_ON_DATA.test(typed) || UNION_ACTS_ON_IT.test(typed) || UNION_IMPOSES.test(typed) || RESTRICTION_CHECKED.test(typed) || RULES_DEFAULT.test(typed) || STATES_A_SIZE.test(typed)) && !PRACTICAL.test(typed);
}

/**
 * Asks how to do something, which product or provider is best, or how long a job takes: the practical framing of the
 * near misses (how to get a grid connection, the best heat pump, the cloud provider with the lowest PUE). How to
 * calculate, count, report or verify something is the directive's own method (Annex V, Annex III) and not practical, and so
 * is how to work out a cogenerated share or share a building's heating costs among its occupants (Annex II, Article 15).
 */
const PRACTICE =
  /\b(how (do|can|should) (i|we)|how to|what'?s the best|what is the best|which ([\w-]+ ){0,3}(is|are) (the )?best|which ([\w-]+ ){0,3}(has|have|offers?|gives?|delivers?|saves?) the (lowest|highest|cheapest|best|most|biggest|largest)|how long does it take|cheapest|cheaply)\b(?! (available|practices?))/i;
const DIRECTIVE_METHOD =
  /\b(calculat\w*|comput\w*|count|report|measure|verify|demonstrate|prove|comply|fulfil\w*|meet|notify|claim|qualify|express|convert|determine|assess|work out|figure out|(share|split|divide|distribute|allocate|apportion)\w* (the |our |its |their )?([\w-]+ )?(costs?|bills?|charges?))\b/i;

/** Whether something is still allowed ("can we still issue paper certificates?"): a rule question, whatever how-to follows. */
const STILL_ALLOWED = /\bcan (we|i) still\b/i;
/** Whether a thing may be done to the asked subject ("Can they be issued on paper, and how do we stop ...?"): a rule question too. */
const MAY_IT_BE = /\bcan (they|it|these|those|this|that|such [\w-]+) be [a-z]+(ed|en)\b/i;

export function asksForPractice(question: string): boolean {
  // "Apply for a connection" is a how-to; "does the rule apply to us" asks about a rule.
  // Judged on what is asked: "... a desk where customers find out how to settle a dispute. Can that desk take on this
  // role?" describes the role in its setting, it does not ask how to settle one.
  // "Can we still issue paper certificates, and how do we stop the same MWh being claimed twice?" asks what is still allowed.
  return PRACTICE.test(askedSentences(question)) && !DIRECTIVE_METHOD.test(question) && !ABOUT_A_RULE.test(question.replace(/\bapply for\b/gi, '')) && !STILL_ALLOWED.test(question) && !MAY_IT_BE.test(question);
}
