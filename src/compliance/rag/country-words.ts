/**
 * Member States, regions and other countries, by name and adjective, as the place scope model reads them (place-scope-model.ts). What one country does
 * ("What fine does the Netherlands impose", "Which Irish one-stop shop") is asked the same way of every other: as one word a
 * model learns the question's form, not the country, and a country it never saw in a near miss is read as the ones it did.
 * "English" as a language ("in plain English") is no country.
 */
const COUNTRY_NAMES = new RegExp(
  String.raw`\b(German(y)?|France|French|Ital(y|ian)|Dutch|Netherlands|Spain|Spanish|Poland|Polish|Belgi(um|an)|Ireland|Irish|Austria(n)?|Swed(en|ish)|Denmark|Danish|Finland|Finnish|Portug(al|uese)|Greece|Greek|Czech Republic|Czechia|Czech|Hungar(y|ian)|Romania(n)?|Bulgaria(n)?|Croatia(n)?|Slovakia|Slovak|Slovenia(n)?|Estonia(n)?|Latvia(n)?|Lithuania(n)?|Luxembourg(ish)?|Malt(a|ese)|Cyprus|Cypriot|Flanders|Flemish|Wallonia|Walloon|Bavaria(n)?|Catalonia|Catalan|United Kingdom|British|Britain|England|(?<!\b(plain|simple|in|good|clear|basic) )English|Scotland|Scottish|United States|American|Switzerland|Swiss|Norway|Norwegian|Canada|Canadian|Japan(ese)?|China|Chinese|Australia(n)?)\b`,
  'gi',
);
/** Short country names that are also everyday words in lower case ("us"): only in capitals. */
const COUNTRY_CODES = /\b(UK|US|USA)\b/g;
/** The one word every country is read as. */
const A_COUNTRY = 'xcountry';

/** The question with every country or region named as the one word A_COUNTRY. */
export function withCountriesAsOneWord(question: string): string {
  return question.replace(COUNTRY_NAMES, ` ${A_COUNTRY} `).replace(COUNTRY_CODES, ` ${A_COUNTRY} `);
}
