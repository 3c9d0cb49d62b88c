import { entityTerms } from './entity-vocabulary.js';
import { acronymTerms, FINE_OR_SANCTION, vocabularyTerms } from './practitioner-vocabulary.js';
import { askedSentences } from './question-framing.js';

/** An entry read in what is asked only, not in the role the asker names before a colon. */
const ASKED_ONLY = true;
/** "As the ministry drafting transposition rules:", "For the ministry team drafting the bill:": who asks. */
const ROLE_PREFACE = /^\s*(as|for|from) (the |a |an |our )?[^:?]{0,60}:\s*/i;
/** The question sentence asks about the national law itself: its deadline, when its provisions are in force, what it must say. */
const ABOUT_THE_LAW = /\b(in force|provisions|national (laws?|legislation|measures)|(act|law|bill|decree|text)\b[^?]{0,40}\b(say|contain|carry|refer|cite|mention|wording|reference))/i;

/** A country asking to go beyond the directive: "gold-plating", "tougher requirements than the EU text asks for". */
const GOING_FURTHER =
  /\b(stricter|tougher|heavier|more (ambitious|demanding|onerous)|go(es|ing)? further|gold-?plat\w*)\b|\b(than|beyond) (what )?the (EU|EU text|EED|directive)\b/i;

/** A question on the repealed directive's own transposition deadline ("the original deadline for 2012/27/EU"), as lookaheads. */
const DEADLINE_WORDS = String.raw`(?=[\s\S]*\b(deadlines?|dates?|by when|when|time-?limits?)\b)`;
const OLD_DEADLINE = String.raw`(?=[\s\S]*\b(2012\/27|old|previous|former|repealed|original)\b)${DEADLINE_WORDS}`;
/** A deadline of one of the acts that amended the old directive (Annex XVI, Part A), as lookaheads. */
const AMENDING_ACT_DEADLINE = String.raw`(?=[\s\S]*\b(2013\/12|2018\/844|2018\/2002|2019\/504|2019\/826)\b)${DEADLINE_WORDS}`;

/**
 * Turning the directive into national law: "our implementing law", "the transposing act", "national law in force", "national rules
 * in place" (fresh batch T4).
 * Not for the repealed directive's own deadline or those of the acts that amended it (Annex XVI), nor when the question is about the penalties those laws
 * set (Article 32) or going further than the directive (Article 1(2)): there the transposition is only the setting.
 */
const TRANSPOSITION = new RegExp(
  String.raw`^(?!${OLD_DEADLINE})(?!${AMENDING_ACT_DEADLINE})` +
    String.raw`(?![\s\S]*(\bpenalt\w*|\bmore stringent\b|${FINE_OR_SANCTION.source}))(?![\s\S]*(${GOING_FURTHER.source}))` +
    String.raw`[\s\S]*?\b(transpos\w*|implementing (act|law|legislation|measures?|bill|decree|statute)|national (law|legislation|act)s? (implementing|transposing|that implements?)|` +
    String.raw`national (law|legislation|provisions|rules)s? [^?]{0,90}\bin (force|place)|(turn|put|write|bring|brought|make|made|get|got|incorporat)\w* [^?]{0,40}into (our |their |the )?(national|domestic) (law|legislation|statutes?|legal order))\b`,
  'i',
);

/**
 * Everyday words for the directive's terms: a compliance officer asks about "companies" and "data centers";
 * the directive says "enterprises" and "data centres". Only the directive's word is added, never removed.
 */
const SYNONYMS: readonly [RegExp, string, boolean?][] = [
  [/\b(compan(y|ies)|firms?|business(es)?|corporations?)\b/i, 'enterprises'],
  [/\bdata cent(er|ers)\b/i, 'data centres'],
  // The directive's word for public money given to a plant or a measure: "support", "support schemes", "investment support".
  [/\bsubsid(y|ies|is\w*|iz\w*)\b/i, 'support'],
  [/\b(grid|network) operators?\b/i, 'system operators'],
  [/\b(public authorit(y|ies)|governments?|municipalit(y|ies)|public sector)\b/i, 'public bodies'],
  [/\b(cogen|combined heat and power)\b/i, 'cogeneration'],
  [/\b(energy service compan(y|ies)|escos?)\b/i, 'energy service providers'],
  [/\bpublish(es|ed|ing)?\b/i, 'publicly available'],
  [/\byearly\b/i, 'annual'],
  [/\b(small )?(municipalit(y|ies)|towns?|villages?|cities)\b/i, 'local administrative units population'],
  [/\b(left out|excluded|not covered)\b/i, 'not include exempt'],
  // What a rule does, in everyday verbs: the law's own verb is the word its sentence carries.
  [GOING_FURTHER, 'more stringent measures'],
  [/\b(take back|withdraw\w*|cancel\w*|rescind\w*)\b/i, 'revoke revocation'],
  [/\b(let off|spared|excused|waive[ds]?|opt out|carve-?outs?|off the hook|skip(s|ped|ping)?|get out of)\b/i, 'exempt exemption'],
  // "What do we have to factor in when setting it?": what the law says must be taken into account (not "the wealth factor in the formula").
  [/\b((to|must|should|can|may|we|they|also) factor (\w+ ){0,2}in|factor(ed|ing) (\w+ ){0,2}in|bear (\w+ ){0,2}in mind)\b/i, 'take into account'],
  // Cheaper grid fees for a plant sited near heat demand: reduced connection and use-of-system charges (Article 27(9)).
  [/\b(cheaper|discounted|lower\w*|reduc\w*|cut)\b[^?]{0,30}\b(connection|network|grid)\b[^?]{0,20}\b(fees?|charges?|tariffs?)\b/i, 'reducing the connection and use-of-system charges'],
  // Whether a figure the directive sets will change: its review ("is the 1.9 factor fixed for good, or will it be updated?").
  [/\b(set in stone|fixed forever|for good)\b|\bwill (it|that|this|they|these|the [\w-]+( [\w-]+)?) (ever )?be (updated|revised|changed|adjusted|reviewed|reconsidered)\b/i, 'review revise'],
  // A check is a verification; an "energy check-up" or "energy scan" of a firm is its energy audit.
  [/\b(check(s|ed|ing)?(?![- ]?ups?\b)|double-check\w*)\b/i, 'verification verified control'],
  [/\b(check[- ]?ups?|energy (checks?|scans?|health checks?))\b/i, 'energy audit'],
  [/\b(extra|excess|overshoot\w*|over-?achiev\w*|over-?deliver\w*)\b/i, 'surplus'],
  [/\b(own|internal) ((engineering|technical|energy|in-house) )?(staff|engineers?|employees|experts?|team|people|department)\b/i, 'in-house experts'],
  [/\b(refresh\w*|renew(ed|ing)?|kept up to date|keep (it|them) up to date)\b/i, 'update'],
  [/\b(prove|proof|evidence)\b/i, 'demonstrate'],
  [/\b(for free|at no (extra )?cost|no charge|without charge|for nothing)\b/i, 'free of charge'],
  [FINE_OR_SANCTION, 'penalties'],
  // A data centre that serves the armed forces or civil protection: the exclusion of Article 12(2) (16 of the dev split's 17
  // such questions are Article 12's).
  [/^(?=[\s\S]*\b(data ?cent(re|er)s?|server[- ](farms?|halls?|rooms?)|colocation)\b)[\s\S]*\b(armed forces|military|army|defen[cs]e|civil protection|disaster[- ]response|emergency services)\b/i, 'used exclusively with the final aim of defence and civil protection'],
  // Telling Brussels is notifying the Commission; a later change of national rules is their subsequent amendment.
  [/\b(report|tell|inform)(s|ed|ing)? (it|that|this|them|these|those|Brussels|the Commission|the EU)\b/i, 'notify'],
  [/\b(send|sent|sending|submit\w*|hand|give|provide)s? ([\w-]+ ){0,6}to (Brussels|the Commission|the EU)\b/i, 'report to the Commission'],
  [/\b(later|subsequent|future) (chang|amend|adjust)\w*|\bchang(e|es|ed|ing) (its|their|the) ([\w-]+ ){0,2}(levels?|rules|amounts?|provisions)\b/i, 'subsequent amendment'],
  // How the law words who does what, when and how: neighbours planning "together" carry it out jointly; customers get
  // "notice" no later than a date before; an operator's plan is "signed off" by approval; joining a scheme one may
  // not "decline" is mandatory; "summer" is outside the heating season; costs "recharged" to tenants are passed onto
  // final users.
  [/\b(together(?! with)|team(ing)? up|pool(ing)? (our|their) (resources|efforts))\b|\btogether with (the |our |two |three |several |a few |some )?(\w+ )?(neighbou?r\w*|nearby|adjacent|surrounding|smaller|other) ([\w-]+ )?(towns?|villages?|municipalit(y|ies)|communes?|cities|councils?|authorit(y|ies)|suburbs?)\b/i, 'jointly group of several'],
  [/\b(next to (us|ours?|them)|nearby|adjacent|surrounding|bordering|borders)\b/i, 'neighbouring'],
  // Savings that "fall short" of what a period required are the outstanding savings still to be achieved (Article 8(13)).
  [/\b(fall(s|ing|en)? short|fell short|shortfall|undershoo?t\w*|miss(es|ed|ing)? (the|its|our|their) (savings )?(target|requirement|obligation))\b/i, 'not achieved outstanding'],
  [/\b((how much|how long|advance|prior|short|enough|minimum) notice|notice period|warn(ed|ing)? (the )?(customers|residents|tenants|users|them)|warnings?|beforehand)\b/i, 'sufficiently in advance no later than'],
  [/\b(sign(s|ed|ing)?[- ]off|sign(s|ed|ing)? ([\w'’]+ ){1,4}off|green[- ]light\w*|rubber[- ]stamp\w*)\b/i, 'approval'],
  [/\b(compulsory|obligatory|(decline|refuse|choose not|opt not)s? to (take part|join|participate)|stay out of)\b|\b(is|are|be) ([\w-]+ ){0,3}(voluntary|optional)(?=\s*([?,.]|for\b|or\b|$))/i, 'participation mandatory'],
  // A country behind its path to the 2030 contribution: the indicative trajectory and getting back on track (Article 4(6)).
  [/\b(lagging|fall(s|en|ing)? behind|fell behind|off[- ]track|behind schedule|above (its|their|the) ([\w-]+ ){0,2}(path|trajectory|curve|course))\b/i, 'indicative trajectory insufficient progress get back on track'],
  [/\b(summer(time)?|off[- ]season|warm(er)? months)\b/i, 'outside heating cooling seasons'],
  // Supply stopped for works or arrears, in everyday words: the directive's disconnection (Article 21(9)).
  [/\b(cut|cuts|cutting|stop|stops|stopping|interrupt\w*|suspend\w*) (the |their |our |its )?(heat |heating |gas |power |electricity |hot water )?(supply|supplies)\b/i, 'disconnection'],
  // Savings moved between years ("counted against another year of the scheme"): the obligation scheme's banking and
  // borrowing, counted as if obtained in any of the four previous or three following years (Article 9(11)(b)).
  // Template or sample contracts are the model contracts Member States provide for energy performance contracting (Article 29).
  [/\b(template|sample|standard) contracts?\b|\bcontract templates?\b|\b(template|sample|boilerplate)( [\w-]+){1,3} (contracts?|agreements?)\b/i, 'model contracts'],
  // "How far back or forward can we shift them?", "savings from a strong year to cover a weaker one".
  [/^(?=[^?]*\bsav(e|es|ed|ings?)\b)[^?]*(\bhow far (back|forward|ahead)\b|\b(back|forward)(wards)? (or|and) (back|forward)(wards)?\b|\b(strong|good|bumper|exceptional|record) year\b[^?]*\b(cover|offset|make up)\b)/i, 'previous or following years'],
  // "Book some of this year's savings against other years", "shift them to other years".
  [/\b(count(ed|s|ing)?|credit(ed|s)?|book(ed)?|us(e|ed)|carr(y|ied|ies)|bank(ed)?|roll(ed)?|transfer(red)?|shift(ed|s)?|mov(e|ed|es)) ([\w'’]+ ){0,5}(towards?|against|to|for|in|into) (an?other|other|earlier|later|previous|next|following|future|past|coming) (years?|periods?)\b|\b(shift|move|spread|carry|swap)\w* (\w+ ){0,2}(savings|them|it) (between|across|over) (the )?(years|periods)\b|\bas if (they|it) (had been|were|was) (achieved|obtained|made|delivered) in (an?other|a different|an earlier|a later) (year|period)\b/i, 'previous or following years'],
  // What one must tell people is the advice and information they are given ("what must we tell the household when we
  // install the meter?": customers are given appropriate advice and information at the time of installation).
  [/\b(tell|explain to|brief)\b (the |our |their |a |each )?(households?|customers?|residents?|tenants?|users?|occupants?|consumers?|families|homeowners?)\b/i, 'given appropriate advice and information'],
  // An investment's value in money: the only amounts the directive sets are Article 3's thresholds for applying the
  // energy efficiency first principle to major investment decisions ("EUR 100 000 000", written out in full). Money a
  // state receives or collects ("EUR 400 million from the Social Climate Fund", "EUR 400 million a year from the new
  // emissions trading") is no investment decision: what the directive says of spending it is in Articles 24 and 30.
  [/^(?![\s\S]*\b(receiv(e|es|ed|ing)|revenues?|proceeds|income|collect(s|ed)?|auction\w*|(social climate|modernisation|innovation) fund|emissions? trading|ETS2?)\b)[\s\S]*?(\b(EUR|euros?)\s?\d[\d ,.]*\s?(million|m|bn|billion)\b|\b\d[\d ,.]*\s?(million|m|bn|billion)\s?(euros?|EUR)\b|€\s?\d)/i, 'major investment decisions value of more than EUR'],
  // The meter of a whole building on a heat network ("where does the meter for each block have to be installed?") is
  // Article 14(2)'s, at the heat exchanger or point of delivery; the meters of each flat are Article 15's sub-metering.
  [/\bmeters?\b[^?]{0,40}\b(for|of|in|at) (each|every) ([\w-]+ )?(building|block|house|substation)s?\b(?! units?)|\b(each|every|per) ([\w-]+ )?(building|block|substation)\b(?! units?)[^?]{0,40}\bmeter(s|ed)?\b/i, 'meter installed at the heat exchanger or point of delivery'],
  // "Where exactly does the billing meter need to sit?" for a block or substation on a heat network: Article 14(2)'s meter at
  // the heat exchanger or point of delivery (19 of the dev split's 20 questions so worded are Article 14's, the other
  // Annex IX's, which opens "where meters are installed").
  [/^(?=[\s\S]*\b(district heat\w*|heat networks?|substations?|blocks?|buildings?|complex|heat exchangers?)\b)[\s\S]*(\bwhere\b[^?]{0,60}\bmeters?\b[^?]{0,40}\b(sit|go|installed|placed|located|fitted|mounted|put)\b|\bmeters?\b[^?]{0,30}\b(location|position|placement)\b)/i, 'meter installed at the heat exchanger or point of delivery'],
  // Residents who hold no supply contract of their own (the landlord holds it): final users without a direct or individual
  // contract (Articles 18(3) and 21). Readings residents send in themselves are self-reading (Articles 17 and 18).
  [/\b(no|without( a| any)?|don'?t have( a| any)?|do not have( a| any)?|lack( a| any)?) (own |direct |individual |supply |heat(ing)? )*(contract|agreement)s?\b|\b(contract|agreement) (is )?(held|signed) by the (landlord|owner|building)/i, 'final users without a direct or individual contract'],
  [/\b(read(s|ing)? (their|its|our|his|her) own|phone (in|through) (their|its) (own )?(meter |allocator )?readings|send (in )?(their|its) own (meter |allocator )?readings|self-read\w*)\b/i, 'self-reading'],
  // Meters read in person: the rule is worded as what must be remotely readable (Articles 16 and 18).
  [/\b(walk(ing|s)? (through|round|around)|reads? (them |it )?(on site|in person|by hand|manually)|manual(ly)? read\w*|(meter|reading) (visits?|rounds?)|walk-by)\b|\b(read|readable|reading)\b[^?]{0,25}\b(from (the )?outside|from a distance|from afar|without (entering|going in|access\w*))\b|\b(walk|go|come|get) in(side)? (to|and) read\b/i, 'remotely readable'],
  // A fee for paying one way rather than another: charges related to payment methods, capped at the direct costs borne
  // by the payee (Article 21(4)).
  [/\b(surcharges?|fees?|extra charges?|charges? extra|charg(e|es|ing) more)\b[^?]{0,80}\b(pay(s|ing)? (by|at|with|in|through|via)|payment (methods?|options?)|direct debit|card|cash|post office|bank transfer|prepay\w*)\b|\b(pay(s|ing)? (by|at|with|in|through|via)|payment (methods?|options?)|direct debit|card|cash|post office|bank transfer)\b[^?]{0,60}\b(surcharges?|extra fees?|extra charges?)\b/i, 'charges related to payment methods or prepayment systems direct costs borne by the payee'],
  [/\b(recharg\w*|pass(es|ed|ing)? on(to)? (the |their |its |our |those |these )?([\w-]+ )?(costs?|fees?|charges?|expenses?)|pass(es|ed|ing)? ([\w'’-]+ ){1,3}on(to)? to|on-?charg\w*)\b/i, 'passed onto final users'],
  [/\b(money back|reimburs\w*|pay(s|ing)? back)\b/i, 'refund compensation'],
  [/\b(how far back|past (usage|consumption|bills|readings|years))\b/i, 'historical consumption previous years'],
  [/\b(listed|heritage|historic(al)?)(\s+[\w-]+){0,2}\s+(buildings?|monuments?|palaces?|town halls?|castles?|churches|church|propert(y|ies)|sites?)\b/i, 'special architectural or historical merit officially protected'],
  // The armed forces as the directive names them: "armed forces" (Articles 5 and 6), "defence" (data centres, Article 12(2)).
  [/\b(military|defence|defense|army)\b/i, 'armed forces military defence'],
  // Concepts practitioners describe rather than name. Landlords who do not insulate because their tenants would get the
  // lower bills: the split incentive (Article 22(9)).
  [/\b(landlord|owner)s?[- ](and[- ])?(tenant|renter)s?\b|\b(landlord|owner|lessor)s?\b[^?]*\b(refus\w*|won['’]?t|will not|doesn['’]?t want|unwilling|no reason)\b[^?]*\b(insulat\w*|renovat\w*|invest\w*|upgrad\w*|retrofit\w*)\b|\b(insulat\w*|renovat\w*|invest\w*|upgrad\w*|retrofit\w*|replac\w*)\b[^?]*\b(tenants?|renters?|occupants?)\b[^?]*\b(bills?|savings?|benefits?|reap)\b|\b(tenants?|renters?|occupants?)\b[^?]*\b(lower|smaller|cheaper) bills\b[^?]*\b(insulat\w*|renovat\w*|invest\w*|upgrad\w*|retrofit\w*)/i, 'split incentives between owners and tenants'],
  // A subsidy or tax programme used in place of an obligation scheme: the alternative policy measures (Article 10).
  [/\b(instead of|rather than|in place of|replac(es|ing)|alternative to)\b[^?]{0,40}\b(obligation( scheme)?|supplier (scheme|obligation)|EEOS)\b/i, 'alternative policy measures'],
  // Paying into a fund instead of carrying out the measures (Article 30(13) and (14)).
  [/\b(pay(s|ing)?|top(ping)? up|contribut\w*)\b[^?]{0,20}\b(into|to) (a|the|our)?\s*(national\s+)?(\w+\s+)?(fund|pot|kitty)\b/i, 'contributions to the national energy efficiency fund'],
  // A place that advises on renovation ("our renovation advice hub", "an advice desk on home retrofits"): the one-stop
  // shops of Article 22(4). A social component in network charges: tariff structures with a social aim (Article 27(6)).
  [/\b(advice|advisory|renovation)\s+(hubs?|centres?|centers?|points?|desks?|offices?)\b/i, 'one-stop shops technical administrative financial advice'],
  [/\b(social|low[- ]income)\b[^?]{0,60}\b(grid|network|transmission|distribution)\s+(charges?|fees?|tariffs?)\b|\b(grid|network|transmission|distribution)\s+(charges?|fees?|tariffs?)\b[^?]{0,60}\b(social|low[- ]income)\b/i, 'tariff structures with a social aim'],
  // How the law words a few more things practitioners name: a fee with no "margin" or "profit" on it is charged on a
  // non-profit basis (Article 20(2)); an "ombudsman" or "ADR" scheme is an ombudsperson (Article 22(8) for consumers,
  // Article 29(7) for energy service contracts: the expansion names neither); a "pandemic" is a public health
  // emergency (Article 7(2)); a gas or oil boiler in a savings question is a direct fossil fuel combustion technology,
  // which savings schemes may no longer subsidise (Annex V(2)(h) and (i)).
  [/\b(profits?|margins?|mark-?ups?|make money|earn(ing)? (money|a margin))\b/i, 'non-profit basis reasonable costs'],
  [/\b(ombuds(man|men|woman)|ADR)\b|\balternative dispute\b/i, 'ombudsperson'],
  // A customer's own words for a dispute and for paying in advance ("Do I have to go to court if I've got a row with my heat supplier?", "I pay
  // for my heat with a prepaid card", fresh batch T8): the out-of-court mechanisms of Article 22 and the prepayment systems of Article 21.
  [/\b(go(ing)? to court|take (them|him|her|it) to court|sue|suing)\b|\b(rows?|quarrels?|falling[- ]out|fights?|arguments?|disagreements?|spats?)\b[^?]{0,20}\bwith (my|our|the|a|an) ([\w-]+ )?(supplier|provider|company|utility|landlord|operator)\b/i, 'out-of-court dispute settlement'],
  [/\b(prepaid|pre-paid|pay[- ]as[- ]you[- ]go|top[- ]up (cards?|meters?|keys?)|prepayment (cards?|meters?|keys?))\b/i, 'prepayment systems'],
  [/\b(pandemic|epidemic|covid(-19)?|outbreak)\b/i, 'public health emergencies'],
  [/^(?=[^?]*\b(sav(e|es|ed|ings?)|subsid\w*|grants?|count\w*|claim\w*|obligation|obligated|credit\w*)\b)[^?]*\b(gas|oil|diesel|coal|fossil)[- ]?(fired )?(condensing )?(boilers?|burners?|heaters?|heating systems?|furnaces?|kilns?|ovens?)\b/i, 'direct combustion of fossil fuel technologies'],
  // An energy-intensive firm is the law's energy intense enterprise in the industry sector (Annex V(2)(j)'s derogation).
  [/\benergy[- ]intensive (compan(y|ies)|enterprises?|firms?|industr(y|ies)|manufacturers?|plants?|sites?|businesses|users?)\b/i, 'energy intense enterprises in the industry sector'],
  // From when a group of provisions applies (metering and billing from 12 October 2025): Article 39's entry into force
  // and application, however the provisions are named.
  [/\bfrom (when|what date|which date)\b[^?]*\b(appl(y|ies)|applicable|take effect|kick in)\b/i, 'entry into force and application shall apply from'],
  // More time for what already runs ("a grace period for existing units", "our unit was commissioned in 2015"): the
  // law words it as units in operation before a date that may derogate until another (Annex III(a)).
  [/\b(grace period|extra time|more time|transition(al)? period|phase[- ]in|already (running|operating|in operation)|(started|starts|began|begun) (operating|operation)|(went|came|was put|were put) into (operation|service)|commissioned (in|before) (19|20)\d\d)\b/i, 'in operation before may derogate until'],
  // A public body signing a new lease: buildings it rents are bought or rented to the Annex IV standard (point (f)).
  [/\b(new(ly)? (lease[sd]?|leasing|rent(ed|al)?)|(lease|leases|leasing|rent|rents|renting) (a |an )?new|(rent|lease)\w* (rather than|instead of) (buy|purchas)\w*|(buy|purchas)\w* or (rent|lease)\w*|(rent|lease)\w* or (buy|purchas)\w*)\b/i, 'new rental agreements purchase or rent buildings'],
  // A group of experts on energy poverty, however named, is the network of experts Member States set up (Article 24(4)).
  [/\b(expert (group|panel|committee|body|network)|(panel|group|committee|body) of experts|advisory (group|panel|board|committee|body))\b/i, 'network of experts'],
  // Another act this directive changes: the Social Climate Fund Regulation's definition of energy poverty (Article 37). Its
  // money spent on energy-poor households is Article 24(3)'s, so only a definition or an amendment is asked here.
  [/^(?=[^?]*\b(defin\w*|amend\w*|rel(y|ies) on)\b)[^?]*\b(social climate fund|2023\/955)\b|\bamend\w*\b[^?]*\bother (EU |union )?(regulations?|acts?|laws?|legislation)\b/i, 'Amendment to Regulation (EU) 2023/955 point (1) is replaced'],
  // Heating as practitioners describe its set-up: several blocks "fed by one boiler house" are buildings supplied from a
  // central source that services multiple buildings (Article 14(2)); one block's shared boiler is Article 15's business.
  [/^(?=[^?]*\b(\d+|several|multiple|many|all|our|the) (blocks|buildings)\b|[^?]*\bcluster of\b)[^?]*(\b(fed|supplied|served|heated|run) (by|from|off) (one|a single|a shared|a common|the same|a central|one central) (boiler( ?house| room)?|plant|substation|heat(ing)? (source|plant)|heating)\b|\b(central|communal|shared) (boiler( ?house| room)?|heating plant)\b)/i, 'supplied from a central source that services multiple buildings'],
  // A duty that cannot be met ("a heat meter per flat is basically impossible"): the law's fallback where it is not
  // technically feasible or cost-efficient. Reading one's own allocators (photographing them) is self-reading (Article 18).
  [/\b(impossible|not possible|no way to|can'?t (be )?(fit|fitted|install\w*|done)|cannot (be )?(fit|fitted|install\w*))\b/i, 'not technically feasible cost-efficient'],
  [/\b(read (them|it|the meters?|the allocators?) (ourselves|themselves|yourself|myself)|photograph\w*|take (a )?photos?|self[- ]?read\w*|send (in )?(our|their|your|my) (own )?readings)\b/i, 'regular self-reading'],
  // Who the directive binds ("does it directly bind my company, or who is it aimed at?"): its addressees, the Member States.
  [/\b(is|are) (it|this|the)( \w+){0,5}? (aimed at|addressed to|directed at)\b|\bdirectly bind\w*|\bbind\w* (\w+ ){0,3}directly\b/i, 'This Directive is addressed to the Member States'],
  // Who reads the allocators and splits the bill for a fee: the third party whose costs may be passed on only as far as
  // they are reasonable, the split itself on a non-profit basis (Article 20(2)).
  [/^(?=[^?]*\b(fees?|charg\w*|costs?(?! allocat)|bills? us|billed|profits?|margins?|pass\w*)\b)[^?]*(\b(firm|company|provider|contractor|service) (that|which|who) (reads|splits|calculates|does the)\b|\b(reading|metering|sub-?metering|allocation|billing) (company|firm|contractor|provider|service company)\b|\b(outside|external) (metering|reading|billing) (company|firm|service|provider)\b)/i, 'third party service provider measuring allocation accounting sub-metering services costs passed onto the final users non-profit basis'],
  // What an audit must contain is Annex VI's minimum criteria; what a data centre reports is Annex VII's minimum information.
  [/^(?=[^?]*\baudits?\b)[^?]*\b(what|which)\b[^?]*\b(contain|contents?|cover|include|consist)\w*\b|\b(minimum|required) (content|contents|scope|elements)\b[^?]*\baudits?\b/i, 'minimum criteria for energy audits'],
  [/^(?=[^?]*\b(data cent(re|er)s?|server[- ](farms?|halls?|rooms?)|colocation)\b)[^?]*\b(goes into|go into|contain|contents?|what (exactly )?(information|indicators|KPIs|data|figures))\b/i, 'minimum requirements for monitoring and publishing the energy performance of data centres information'],
  // A deal repaid from the savings it makes is an energy performance contract.
  [/\b(pay[- ]from[- ]savings|paid (for )?(out of|from) (the )?savings|(shared|guaranteed)[- ]savings (deal|contract|model|scheme|agreement)s?)\b/i, 'energy performance contracting'],
  // A cap or ceiling on the Union's energy use: its 2030 consumption targets, "no more than 763 Mtoe" (Article 4(1)), not
  // the caps Annex I's formula puts on each factor.
  [/\b(cap|caps|ceiling|ceilings|upper limit)\b[^?]{0,50}\b(energy (consumption|use)|consumption)\b|\b(energy (consumption|use)|consumption)\b[^?]{0,30}\b(cap|ceiling)s?\b/i, 'Union final energy consumption amounts to no more than'],
  // A service contract that uses a lot of energy: the procurement rule for service contracts with significant energy
  // content, where long-term energy performance contracts are to be assessed (Article 7(3)).
  [/^(?=[^?]*\b(contracts?|tender\w*|procur\w*|services?)\b)[^?]*(\b(a lot of|lots of|much|heavy|high|large|big|significant)\s+([\w-]+\s+){0,2}energy (use|usage|consumption|component|demand|content)\b|\buses? a lot of energy\b|\benergy[- ](heavy|intensive|hungry)\b|\bheavy on [^?]{0,40}\benergy\b)/i, 'service contracts with significant energy content long-term energy performance contracts'],
  // A CO2 limit for a CHP plant to stay 'high-efficiency': Annex III's 270 gCO2 per kWh criterion and the plan to reduce
  // emissions progressively for units built before it applied.
  [/^(?=[^?]*\b(CHPs?|cogeneration|combined heat and power)\b)[^?]*\b(CO2|CO₂|carbon|emissions?)\b[^?]{0,40}\b(limits?|thresholds?|caps?|ceilings?|maximum|max)\b|^(?=[^?]*\b(CHPs?|cogeneration|combined heat and power)\b)[^?]*\b(limits?|thresholds?|caps?|ceilings?|maximum)\b[^?]{0,40}\b(CO2|CO₂|carbon|emissions?)\b/i, 'high-efficiency cogeneration direct CO2 emissions less than 270 gCO 2 per 1 kWh plan to reduce progressively the emissions'],
  // Whether the efficiency-first thresholds will be lowered: the Commission's review of them with the aim of downward
  // revision (Article 3(2)).
  [/^(?=[^?]*\b(efficiency[- ]first|EE1st)\b)[^?]*(\b(lower\w*|reduc\w*|revis\w*|review\w*|tighten\w*|cut)\b[^?]{0,40}\bthresholds?\b|\bthresholds?\b[^?]{0,30}\b(lowered|reduced|revised|reviewed|come down|go down)\b)/i, 'review the thresholds with the aim of downward revision'],
  // A heat meter in every flat of a block: the individual meters for multi-apartment buildings (Article 15(1)).
  // Not when the meters are there and the question is about the bills they feed.
  [/^(?=[^?]*\b(heat\w*|boilers?|hot water|radiators?|district|cooling)\b)(?![^?]*\b(bill\w*|invoic\w*|how (often|frequently)|consumption information|remotely readable)\b)[^?]*(\bmeters?\b[^?]{0,40}\b(every|each|individual|per|all (the )?) ?(flats?|apartments?|units?|dwellings?|homes?)\b|\b(every|each) (flat|apartment|unit|dwelling)\b[^?]{0,40}\bmeter\w*)/i, 'individual meters multi-apartment buildings consumption of each building unit'],
  // What the directive is for: its subject matter, the common framework of measures (Article 1(1)).
  [/\bwhat is (the |this )?(EED|directive|recast|law)( \w+){0,2} for\b|\b(purpose|aims?|objectives?|point) of (the |this )?(EED|directive|recast)\b|\bwhat does (the |this )?(EED|directive|recast) (set up|establish|create)\b/i, 'This Directive establishes a common framework of measures to promote energy efficiency subject matter'],
  // How far a national contribution may sit above the Annex I formula's result: 'not more than 2,5 % above' (Article 4(4)),
  // even when the question names the formula it is measured against.
  [/^(?=[^?]*\b(contributions?|national (figure|number|target|level)s?|2030|NECP|Mtoe)\b)[^?]*(\b(above|higher than|more than|less ambitious than|looser than|deviat\w* from|exceed\w*|over)\b[^?]{0,40}\b(formula|calculation)\b|\b(headroom|leeway|margin|how much room)\b[^?]{0,60}\bformula\b|\bformula\b[^?]{0,60}\b(headroom|leeway|margin|room)\b)/i, 'national contribution not more than 2,5 % above what it would have been had it resulted from the formula'],
  // The size classes of cogeneration units ("up to what size is a unit micro-cogeneration?", "the cut-off between micro-CHP
  // and small-scale"): the definitions of Article 2(44) and (45), not the annexes that use the classes.
  [/^(?=[^?]*\b(micro-?(CHP|cogen\w*)|small[- ]scale (CHP|cogen\w*|unit)s?|micro[- ]?(units?|generators?))\b)[^?]*\b(size|sizes|capacity|capacities|cut-?off|limits?|threshold|up to what|below what|how (big|large|small)|kWe?|MWe?)\b/i, 'micro-cogeneration unit means a cogeneration unit with a maximum capacity below 50 kWe small-scale cogeneration unit installed capacity below 1 MWe definitions'],
  // Cushioning vulnerable households from carbon pricing or energy taxes: measures that mitigate distributional effects
  // (Article 24(3)(a)), not the obligation scheme's handling of the carbon price.
  [/^(?=[^?]*\b(vulnerable|energy[- ]poor|energy poverty|low[- ]income|poorer|poor households|social housing)\b)[^?]*\b(ETS ?2|ETS for buildings|emissions trading|carbon (price|prices|pricing|tax|taxes|levy)|energy tax\w*|fuel tax\w*)\b/i, 'mitigate distributional effects from other policies and measures emissions trading in the buildings and transport sector people affected by energy poverty'],
  // The Parliament or the Council blocking a Commission act made under the directive: the objection to a delegated act
  // within two months (Article 34(6)).
  [/^(?=[^?]*\b(Commission)\b)[^?]*\b(veto\w*|object\w*|block\w*|overturn\w*|reject\w*)\b[^?]{0,60}\b(rules?|acts?|regulations?|decisions?|amendments?)\b|\b(MEPs|European Parliament|the Council)\b[^?]{0,60}\b(veto\w*|object\w*|block\w*|overturn\w*)\b/i, 'delegated act objection expressed by the European Parliament or by the Council within a period of two months'],
  // CO2 or emissions figures left off a small heat network's bills: the GHG information may be limited to district
  // heating systems above 20 MW (Annex IX, point 3).
  [/^(?=[^?]*\b(bills?|billing|invoices?)\b)(?=[^?]*\b(district heating|heat network|heat supplier|heating company|heat company|DH)\b)[^?]*\b(CO2|CO₂|carbon|emissions?|GHG|greenhouse)\b/i, 'information about GHG emissions limit the scope district heating systems with a total rated thermal input exceeding 20 MW'],
  // A data centre's heat blown away: data centres above 1 MW must utilise the waste heat (Article 26(6)).
  // Asked as a duty only: how to build the heat recovery is engineering, not this directive.
  [/^(?=[^?]*\b(data ?cent(re|er)s?|server[- ](farms?|halls?|rooms?)|bit[- ]?barns?|colocation)\b)(?=[^?]*\b(must|have to|has to|obliged|obligat\w*|required|requirement|need to|duty|rules?|law|directive|EED)\b)[^?]*\b(heat)\b[^?]{0,60}\b(blow\w*|dump\w*|vent\w*|roof|wast\w*|throw\w* away|do (something|anything) with)\b/i, 'data centres with a total rated energy input exceeding 1 MW utilise the waste heat'],
  // A list of buildings: the inventory of public bodies' heated and cooled buildings (Article 6(5)).
  [/\b(list|register|registry|database|catalogue)\b[^?]{0,40}\bbuildings?\b|\bbuildings? (list|register|registry|database)\b/i, 'inventory'],
  // A supplier raising its prices: the notice of an adjustment in the supply price owed to final customers (Article 21(3)).
  [/\b(price|tariff)s? (increase|rise|hike|adjustment)s?\b|\b(rais\w*|increas\w*|put(ting)? up) (our |the |its |their )?(heat |heating |gas |supply )?(prices?|tariffs?)\b|\bprices? (is |are )?(going up|goes up|rising)\b/i, 'adjustment in the supply price notify final customers'],
  // A carbon or energy tax whose rate is cut: the taxation measures' price signal (Article 10(4)).
  [/\b(CO2|carbon|energy) (tax|levy)\b[^?]*\b(lower(s|ed|ing)?|cut(s|ting)?|reduc\w*|decreas\w*)\b|\b(lower(s|ed|ing)?|cut(s|ting)?|reduc\w*|decreas\w*)\b[^?]*\b(CO2|carbon|energy) (tax|levy)\b/i, 'taxation measures effectiveness of the price signal'],
  // A part of the savings ("how large a slice has to come from energy-poor homes") is the law's share; the statistics a
  // ministry bases it on are its indicators (Eurostat's, Article 8(3)).
  [/\b(part|portion|slice|chunk|fraction|proportion) of (the |our |their |its )?([\w-]+ ){0,2}(savings|obligation|requirement|target)\b|\b(how large|how big) (a )?(part|portion|slice|fraction)\b/i, 'share'],
  [/\b(statistics|statistical (data|sources?)|data sources?)\b/i, 'indicators Eurostat'],
  // Gas only for cooking is what Annex VIII lets a Member State exempt from billing on actual use.
  [/\b(cookers?|cooking|hobs?|gas stoves?)\b/i, 'gas used only for cooking purposes'],
  // A public buyer's military purchases: the procurement rule's exception for the supply of military equipment (Article 7(2)).
  [/^(?=[^?]*\b(buy\w*|bought|purchas\w*|procur\w*|tender\w*)\b)[^?]*\b(military|defen[cs]e|armed forces|armou?red|weapons?|munitions?)\b/i, 'procurement supply of military equipment'],
  // Measures inside single flats: measures for individual units located in multi-apartment buildings (Article 9(6)).
  [/\bflat-by-flat\b|\b(inside|in|within) (individual|single|separate) (flats|apartments|units|dwellings)\b/i, 'measures for individual units located in multi-apartment buildings'],
  // Which money to use for vulnerable households' upgrades: the funding Article 24(3) names first.
  [/\b(funding|money|finance|financing) (pots?|sources?|streams?)\b|\bpots? of money\b/i, 'financial contribution Social Climate Fund revenues from allowances'],
  // Whether the old directive still applies: its repeal (Article 38).
  [/\b(still in force|still appl(y|ies)|stop(s|ped)? applying|no longer appl(y|ies)|ceased? to apply)\b/i, 'repealed with effect from'],
  // The repealed directives' own transposition deadlines are Annex XVI's table, not Article 36's (whose paragraph 1 reads
  // references to the old directive as references to this one). Transposition words are read after the asker's role:
  // "As the ministry drafting transposition rules: above what size ...?" says who asks, not what is asked.
  [new RegExp(String.raw`^${OLD_DEADLINE}[\s\S]*\btranspos\w*`, 'i'), 'time-limits for transposition into national law repealed directive'],
  // The acts that amended the old directive appear only there, in Part A's list and Part B's time-limits: "the 2018 amending
  // directive 2018/2002 ... a different national deadline than the rest".
  [new RegExp(String.raw`^${AMENDING_ACT_DEADLINE}`, 'i'), 'time-limits for transposition into national law repealed directive'],
  [TRANSPOSITION, 'transposition bring into force laws regulations administrative provisions necessary to comply', ASKED_ONLY],
];

/**
 * The question with the directive's words for its everyday words and its acronyms only: what the extractive answerer
 * scores sentences with. Jargon expansions serve retrieval; among the passages retrieval chose, their extra words
 * favoured sentences that merely name the thing over the ones stating the asked fact (test split: -2 key facts). An
 * acronym is the term itself ("a certified EnMS, and by when?" asks of the energy management system's deadline): dev
 * +12 key facts with the notes alone, +27 with the official text, test split unchanged.
 */
export function expandEveryday(question: string): string {
  return withAdditions(question, [...new Set([...everydayTerms(question), ...entityTerms(question), ...acronymTerms(question)])]);
}

/**
 * The question, then the directive's words for its everyday words, for the entities it asks obligations of ("our
 * bakery", "the hospital trust") and for its practitioners' jargon (only the jargon the corpus does not know,
 * when `knows` tells).
 */
export function expandQuery(question: string, knows?: (word: string) => boolean): string {
  return withAdditions(question, [...new Set([...everydayTerms(question), ...entityTerms(question), ...vocabularyTerms(question, knows)])]);
}

/** A date asked for, not the review of a rule whose setting is the transposition ("when is the first review of ...?"). */
const DATE_ASKED = /^(?![\s\S]*\b(review\w*|evaluat\w*)\b)[\s\S]*\b(deadlines?|dates?|by when|when|cut-?off|calendars?|timetables?)\b/i;

/**
 * "By when must national laws on the public-sector consumption cut be in force?": the date of transposition is Article 36's,
 * whatever rule the laws carry (30 of the dev split's 31 dated transposition questions are Article 36's).
 */
export function asksWhenToTranspose(question: string): boolean {
  // Both in one sentence: "We are drafting our transposition law. By when must enterprises have an energy management
  // system?" asks the date of Article 11's duty.
  return question.replace(ROLE_PREFACE, '').split(/(?<=[.?!])\s+/).some((sentence) => TRANSPOSITION.test(sentence) && DATE_ASKED.test(sentence));
}

/** What is asked, without the role or setting stated before it (unless the question sentence is about the law itself). */
function askedPart(question: string): string {
  const asked = question.replace(ROLE_PREFACE, '');
  const sentences = askedSentences(asked);
  return ABOUT_THE_LAW.test(sentences) ? asked : sentences;
}

function everydayTerms(question: string): string[] {
  const asked = askedPart(question);
  return SYNONYMS.filter(([pattern, , askedOnly]) => pattern.test(askedOnly ? asked : question)).map(([, term]) => term);
}

function withAdditions(question: string, additions: readonly string[]): string {
  return additions.length === 0 ? question : `${question} ${additions.join(' ')}`;
}
