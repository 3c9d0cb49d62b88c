/**
 * Everyday names for the kinds of addressee the directive regulates, written for this project. People ask about
 * "a bakery with 3 staff", "our hospital trust" or "the lecture halls"; the directive says SMEs and
 * microenterprises, enterprises, public bodies and buildings (and, among buildings, places of worship, protected
 * buildings, defence buildings). A question that names such an entity AND asks what it owes (an obligation, a
 * duty, a deadline, whether a rule covers it, what support it is entitled to) is about the directive's
 * categories; one that only names it ("how do I heat my swimming pool cheaply?") is not, and gets nothing here.
 */
export type EntityCategory = 'small enterprise' | 'enterprise' | 'public body' | 'building';

interface EntityEntry {
  readonly category: EntityCategory;
  readonly pattern: RegExp;
  /** The directive's words for it. */
  readonly terms: string;
}

const SME = 'SMEs microenterprises enterprises';
const PUBLIC_BODY = 'public bodies';
const BUILDING = 'buildings';

// Read in this order, each match consumed: "hospital trust" is a public body before "hospital" can be a building.
const ENTITIES: readonly EntityEntry[] = [
  {
    category: 'public body',
    terms: 'public bodies local administrative units population',
    pattern: /\b(city|town|parish|village|borough|municipal) (councils?|halls?|authorit(y|ies)|governments?|administrations?)\b/gi,
  },
  {
    category: 'public body',
    terms: PUBLIC_BODY,
    pattern:
      /\b((county|district|regional|local) (councils?|authorit(y|ies)|governments?|administrations?)|councils?|municipal|ministr(y|ies)|government (departments?|agenc(y|ies)|offices?)|public (hospitals?|universit(y|ies)|schools?|agenc(y|ies)|administrations?|employers?|librar(y|ies))|hospital trusts?|health (authorit(y|ies)|trusts?|boards?|services?)|school (boards?|districts?)|(state|national) universit(y|ies)|fire (brigades?|services?|departments?)|police (forces?|services?|departments?)|court services?|prison services?)\b/gi,
  },
  // A municipality is both a public body and a local administrative unit, whose population sets the thresholds.
  { category: 'public body', terms: 'public bodies local administrative units population', pattern: /\b(small(er)? )?municipalit(y|ies)\b/gi },
  { category: 'public body', terms: 'local administrative units population', pattern: /\b(small(er)? )?(towns?|villages?|cities)\b/gi },
  {
    category: 'small enterprise',
    terms: SME,
    pattern:
      /\b(bakery|bakeries|butchers?|caf(e|é)s?|restaurants?|(?<!one[- ]stop )(print |corner |coffee |repair |flower |bike |small )?shops?|joiner(y|ies)|workshops?|garages?|salons?|hairdressers?|family[- ](owned|run) (firms?|business(es)?|compan(y|ies))|sole traders?|start-?ups?|small (business(es)?|firms?|compan(y|ies)|manufacturers?)|craft business(es)?|\d{1,2} (staff|employees|workers))\b/gi,
  },
  {
    category: 'enterprise',
    terms: 'enterprises',
    pattern:
      /\b(supermarkets?( chains?)?|retail chains?|hotels?( groups?| chains?)?|factor(y|ies)|mills?|steelworks|foundr(y|ies)|brewer(y|ies)|dair(y|ies)|car makers?|manufacturers?|logistics (firms?|compan(y|ies))|private hospitals?|hospital groups?|\d{3,} (staff|employees|workers))\b/gi,
  },
  // The building categories the directive treats apart, then buildings in general.
  { category: 'building', terms: 'buildings places of worship religious activities', pattern: /\b(church(es)?|chapels?|cathedrals?|mosques?|synagogues?|temples?|parish (halls?|buildings?))\b/gi },
  { category: 'building', terms: 'buildings officially protected architectural historical merit', pattern: /\b(listed buildings?|heritage (buildings?|sites?)|historic (buildings?|monuments?)|monuments?)\b/gi },
  { category: 'building', terms: 'buildings armed forces national defence', pattern: /\b(barracks|military bases?|army bases?)\b/gi },
  {
    category: 'building',
    terms: BUILDING,
    pattern:
      /\b(schools?|hospitals?|lecture halls?|offices?|office blocks?|headquarters|librar(y|ies)|museums?|sports halls?|gyms?|swimming pools?|courthouses?|care homes?|nursing homes?|kindergartens?|flats|apartment blocks?|premises|estate)\b/gi,
  },
];

/**
 * "Do I have to", "must", "by when", "is it covered by", "can it be left out of": what the entity owes; and its
 * other side, what the directive obliges the state to offer it ("is there any public help for...").
 */
const ASKS_OBLIGATION =
  /\b(ha(ve|s|d) to|must|needs? to|(do|does) ([\w'-]+ ){1,5}need (an?|the|to|any)|required?|requirements?|obliged|obligations?|obligatory|compulsory|mandatory|dut(y|ies)|deadlines?|by when|from when|quotas?|targets?|rules? (for|on|that)|appl(y|ies) to|covered by|caught by|subject to|exempt\w*|left out|excluded|counts? towards|owe|(is there|are there|can (i|we) get|do (i|we) get|entitled to) (any )?(public |state )?(help|support|advice|programmes?))\b/i;

export function asksObligation(question: string): boolean {
  return ASKS_OBLIGATION.test(question);
}

interface EntityMatch {
  category: EntityCategory;
  terms: string;
}

/** The entities a question names, in list order, each stretch of text read once. */
function entitiesIn(question: string): { matches: EntityMatch[]; rewritten: string } {
  const matches: EntityMatch[] = [];
  let text = question;
  for (const { category, pattern, terms } of ENTITIES) {
    text = text.replace(pattern, () => {
      matches.push({ category, terms });
      return terms;
    });
  }
  return { matches, rewritten: text };
}

/** The directive's words for the entities a question asks obligations of, each once; none when it asks no obligation. */
export function entityTerms(question: string): string[] {
  if (!asksObligation(question)) return [];
  return [...new Set(entitiesIn(question).matches.map((m) => m.terms))];
}

/** The categories of those entities ("small enterprise", "public body"...), each once. */
export function entityCategories(question: string): EntityCategory[] {
  if (!asksObligation(question)) return [];
  return [...new Set(entitiesIn(question).matches.map((m) => m.category))];
}

/** Everyday words for being obliged, in the directive's words: "is it compulsory", "are we caught by". */
const OBLIGATION_WORDS: readonly [RegExp, string][] = [
  [/\b(compulsory|obligatory)\b/gi, 'mandatory'],
  [/\b(caught|covered|hit) by\b/gi, 'subject to'],
  [/\b(dut(y|ies)|quotas?)\b/gi, 'obligation'],
  [/\bowe\b/gi, 'obligations'],
];

/**
 * The question with its everyday entities named as the directive names them, and its words for being obliged
 * with the directive's (only when it asks what they owe): what the gate judges.
 */
export function inDirectiveCategories(question: string): string {
  if (!asksObligation(question)) return question;
  return OBLIGATION_WORDS.reduce((text, [pattern, words]) => text.replace(pattern, words), entitiesIn(question).rewritten);
}
