/** Words that read better in capitals (or with their SI casing) in designer labels. */
const SPECIAL_WORDS: Readonly<Record<string, string>> = {
  id: 'ID',
  ids: 'IDs',
  url: 'URL',
  uri: 'URI',
  kw: 'kW',
  kwh: 'kWh',
  mw: 'MW',
  v: 'V',
  mm: 'mm',
  kg: 'kg',
  pdf: 'PDF',
  html: 'HTML',
  llm: 'LLM',
};

/** `powerKw` -> `Power kW`, `nextLink` -> `Next Link`, `top` -> `Top`: the Title Case labels Power Apps shows. */
export function titleCase(name: string): string {
  const words = name
    .replace(/[_\-.@$]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words
    .map((word) => SPECIAL_WORDS[word.toLowerCase()] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** Connector descriptions are sentences (rule SC10): make sure one ends with punctuation. */
export function asSentence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (trimmed.length === 0) return undefined;
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
