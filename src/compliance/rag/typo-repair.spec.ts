import { stem, words } from '../embeddings/text-terms.js';
import { withTyposRepaired, type CorpusWords } from './typo-repair.js';

const CORPUS = `The Commission assesses the national contributions; the Commission reports. Cogeneration statistics and cogeneration plants; the inventory and the inventory
of buildings; district heating in the district; tenants and tenants' bills; efficiency and efficiency; reduction of consumption
and reduction again; disconnection and disconnection; effciency once.`;
const forms = new Map<string, number>();
for (const word of words(CORPUS)) forms.set(word, (forms.get(word) ?? 0) + 1);
const stems = new Set([...forms.keys()].map(stem));
const corpus: CorpusWords = { knows: (word) => forms.has(word) || stems.has(stem(word)), hasForm: (word) => (forms.get(word) ?? 0) >= 2 };

describe(withTyposRepaired.name, () => {
  it('repairs two letters swapped and a letter doubled or not doubled in a long word, keeping its capital', () => {
    expect(withTyposRepaired('When are national cogenreation statistics due?', corpus)).toBe('When are national cogeneration statistics due?');
    expect(withTyposRepaired('Is the Effiiciency rule binding?', corpus)).toBe('Is the Efficiency rule binding?');
    expect(withTyposRepaired('Does the Comission check the inventroy?', corpus)).toBe('Does the Commission check the inventory?');
    expect(withTyposRepaired('Must the tennants be told before disconection?', corpus)).toBe('Must the tenants be told before disconnection?');
  });

  it('leaves short words, known words, names and other slips alone', () => {
    for (const question of [
      'Is a deduction the same as a reduction?', // a real word one wrong letter from a word of the corpus
      'Does Energimyndigheten publish it?', // a name with no neighbour
      'Are CHPs counted by the distirct?', // short or in capitals; "distirct" has eight letters and is repaired below
      'Is efficency enough?', // a missing letter is not repaired
    ]) {
      expect(withTyposRepaired(question, corpus)).toBe(question.replace('distirct', 'district'));
    }
  });

  it('does not put a form the corpus writes only once in a slip’s place', () => {
    expect(withTyposRepaired('What about effcinecy?', corpus)).toBe('What about effcinecy?');
    expect(withTyposRepaired('What about efficeincy?', corpus)).toBe('What about efficiency?');
  });
});
