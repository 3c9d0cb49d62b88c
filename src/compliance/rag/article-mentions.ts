const ROMAN: Readonly<Record<string, number>> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

function romanToInt(roman: string): number {
  let total = 0;
  for (let i = 0; i < roman.length; i++) {
    const value = ROMAN[roman[i]] ?? 0;
    const next = ROMAN[roman[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

function intToRoman(value: number): string {
  const table: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let roman = '';
  for (const [n, symbol] of table) while (rest >= n) { roman += symbol; rest -= n; }
  return roman;
}

/** "Article 8", "Art. 8(3)", "Articles 11 and 12", "Annex VI", "annex 6" -> canonical labels. */
export function articleMentions(question: string): string[] {
  const found = new Set<string>();
  for (const match of question.matchAll(/\b(?:articles?|art\.)\s*((?:\d{1,2}[a-z]?(?:\(\d+\))?(?:\s*(?:,|and|or|&)\s*)?)+)/gi)) {
    for (const number of match[1].replace(/\(\d+\)/g, '').matchAll(/\d{1,2}/g)) found.add(`Article ${parseInt(number[0], 10)}`);
  }
  for (const match of question.matchAll(/\bannex(?:es)?\s+([ivxlc]+|\d{1,2})\b/gi)) {
    const raw = match[1].toLowerCase();
    const value = /^\d+$/.test(raw) ? parseInt(raw, 10) : romanToInt(raw);
    if (value > 0 && value < 40) found.add(`Annex ${intToRoman(value)}`);
  }
  return [...found];
}
