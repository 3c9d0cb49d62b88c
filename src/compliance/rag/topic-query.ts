/**
 * The directive's words for kinds of addressee that query expansion appends for an everyday entity ("our town
 * hall", "the ministry", "a small town", "our print shop", "the factory", "our offices"): public bodies, local
 * administrative units by population, SMEs and enterprises, buildings. They tell who asks, not what about: every
 * provision on the public sector shares them, so they pull a question on an energy performance contract or an
 * audit towards Article 5. Longest first, so a shorter one does not cut a longer one apart.
 */
const ADDRESSEE_TERMS = [
  'public bodies local administrative units population',
  'local administrative units population',
  'SMEs microenterprises enterprises',
  'public bodies',
  'enterprises',
  'buildings',
];

/**
 * The expanded question without the addressee words its expansion appended (after the question mark when there is
 * one, else their last occurrence, so a question that itself says "public bodies" or "buildings" keeps them): what
 * the question is about.
 */
export function topicOf(expanded: string): string {
  const end = expanded.lastIndexOf('?') + 1;
  const question = expanded.slice(0, end);
  let tail = expanded.slice(end);
  for (const terms of ADDRESSEE_TERMS) {
    if (end > 0) tail = tail.split(` ${terms}`).join('');
    else {
      const at = tail.lastIndexOf(` ${terms}`);
      if (at > 0) tail = `${tail.slice(0, at)}${tail.slice(at + terms.length + 1)}`;
    }
  }
  return `${question}${tail}`;
}

/**
 * The question without the adjective of a "how large / how long / how often" phrase: it asks for a degree, a period or
 * a frequency and says nothing of the subject, but as a word it matches passages on "large buildings" or "long-term
 * contracts" (a "how large a part of our savings" question went to Article 29's large buildings).
 */
export function withoutDegreeWords(question: string): string {
  return question.replace(/\bhow (large|big|small|long|much|many|far|high|low|often|soon|early|late|quickly)\b/gi, (phrase) => phrase.slice(0, 3));
}

/**
 * The question without the directive's short name: every question is about the EED, so the name says nothing of which article
 * answers, but our notes write it in only two passages (Article 1's), and BM25 weighs so rare a word above all others ("audit repeat
 * frequency eed" went to Article 1, fresh batch I4). The dense side and the gate keep it.
 */
export function withoutDirectiveName(question: string): string {
  return question.replace(/\bEED(['’]s)?\b/gi, ' ');
}
