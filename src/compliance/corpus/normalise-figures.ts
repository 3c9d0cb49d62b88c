/** Makes "1,9 %", "1.9%" and "1.9 per cent" compare equal, "m²" and the official text's "m^2" read "m2", and folds white space and dashes. */
export function normaliseFigures(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/(\d),(\d)/g, '$1.$2')
    .replace(/\s*per\s?cent\b/gi, '%')
    .replace(/m²|m\s?\^\s?2/g, 'm2')
    .replace(/(\d)\s+(?=%)/g, '$1')
    .replace(/\s+/g, ' ');
}

