/**
 * The official text sets its annexes' titles in capitals ("MINIMUM REQUIREMENTS FOR BILLING AND BILLING INFORMATION");
 * an answer's lead gives them in sentence case, as the articles' titles read, with the words the directive capitalises.
 */
export function readableTitle(title: string): string {
  if (/[a-z]/.test(title)) return title;
  const lower = title.toLowerCase();
  return `${lower.charAt(0).toUpperCase()}${lower.slice(1)}`
    .replace(/\b(union|commission|annex|article|part)\b/g, (word) => `${word.charAt(0).toUpperCase()}${word.slice(1)}`)
    .replace(/\bmember state/g, 'Member State')
    .replace(/\b(Annex|Article|Part)\s+([ivxlc]+)\b/g, (_, word: string, numeral: string) => `${word} ${numeral.toUpperCase()}`)
    .replace(/\b(eu|chp|co2|ghg)\b/g, (word) => word.toUpperCase());
}
