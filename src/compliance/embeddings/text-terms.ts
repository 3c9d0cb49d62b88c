/** Function words and legal boilerplate that carry no topic; dropping them sharpens both retrieval and the gate. */
const STOP_WORDS = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if
in into is it its itself just me more most my no nor not now of off on once only or other our ours out over own same she
should so some such than that the their theirs them then there these they this those through to too under until up very
was we were what when where which while who whom why will with would you your yours also may might must shall within
per via tell know explain say says said according pursuant thereof therein whereas referred paragraph paragraphs point
points subparagraph article articles annex annexes directive eu union member states state provided`.split(/\s+/),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLowerCase());
}

/** The only Member States the directive names (Article 8's own rates), as their people call themselves. */
const DEMONYMS: Readonly<Record<string, string>> = { maltese: 'malta', cypriot: 'cyprus', cypriots: 'cyprus' };

/** A light English stemmer: enough to meet "audits"/"audit" and "obligations"/"obligation" without a dictionary. */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  if (DEMONYMS[word]) return stem(DEMONYMS[word]);
  const rules: [RegExp, string][] = [
    [/ies$/, 'y'],
    [/ied$/, 'y'],
    [/sses$/, 'ss'],
    [/([^s])s$/, '$1'],
  ];
  let result = word;
  for (const [pattern, replacement] of rules) {
    if (pattern.test(result)) {
      result = result.replace(pattern, replacement);
      break;
    }
  }
  for (const suffix of ['ational', 'ation', 'ement', 'ment', 'ness', 'ing', 'ity', 'ive', 'ed', 'al', 'ly']) {
    if (result.endsWith(suffix) && result.length - suffix.length >= 4) {
      // "delegation" and "delegated" share "delegat", as "renovation", "renovated" and "renovate" do.
      result = result.slice(0, -suffix.length) + (suffix === 'ation' || suffix === 'ational' ? 'at' : '');
      // A consonant doubled before -ed or -ing is single in the word itself: "capped" meets "cap", "transferred" meets
      // "transfer", "fitted" meets "fit"; l, s and z stay doubled ("billed", "assessed").
      if ((suffix === 'ed' || suffix === 'ing') && /([^aeiouylsz])\1$/.test(result)) result = result.slice(0, -1);
      break;
    }
  }
  // A silent final e goes, so "revoke" meets "revoked" and "require" meets "required" and "requirement".
  return result.length > 4 && result.endsWith('e') && !result.endsWith('ee') ? result.slice(0, -1) : result;
}

/** Words as they appear (lower case), keeping decimal figures such as "1,9" or "11.5" together. */
export function words(text: string): string[] {
  return text.toLowerCase().normalize('NFKD').match(/\d+(?:[.,]\d+)?|[a-z]+/g) ?? [];
}

/** Units a figure is read with: "95 TJ" is a quantity of its own, not the 95 of "95 %" or of "95 years". */
const UNITS = new Set(['tj', 'pj', 'gwh', 'mwh', 'kwh', 'twh', 'mw', 'mwe', 'mwth', 'kw', 'kwe', 'kwth', 'gw', 'mtoe', 'ktoe', 'toe', 'm2', 'million', 'billion']);

/**
 * The content terms of a text: stemmed words without stop words, in order (bigrams are built from this). A figure
 * followed by a unit becomes one term with it ("85 TJ" -> "85tj", beside "tj"), so a practitioner's own quantity
 * ("our plant uses 95 TJ") matches the same quantity only, never a rare bare number elsewhere ("95 %").
 */
export function contentTerms(text: string): string[] {
  const terms: string[] = [];
  const all = words(text);
  for (let i = 0; i < all.length; i++) {
    const word = all[i];
    if (STOP_WORDS.has(word) || (word.length < 2 && !/\d/.test(word))) continue;
    const figure = word.replace(',', '.');
    const isFigure = /^\d/.test(word);
    if (isFigure && all[i + 1] === 'm' && all[i + 2] === '2') {
      // "250 m²" and "250 m^2" read as words "250", "m", "2".
      terms.push(`${figure}m2`);
      i += 2;
    } else if (isFigure && UNITS.has(all[i + 1] ?? '')) terms.push(`${figure}${all[i + 1]}`);
    else terms.push(stem(figure));
  }
  return terms;
}

/** Unigram and bigram features of a text; bigrams carry phrases like "energy audit" or "heat pump". */
export function features(text: string): string[] {
  const terms = contentTerms(text);
  const result = [...terms];
  for (let i = 0; i + 1 < terms.length; i++) result.push(`${terms[i]} ${terms[i + 1]}`);
  return result;
}
