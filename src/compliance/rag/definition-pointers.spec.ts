import { askedDefinition, askedDefinitions, defines, definitionsIn, namesTerm } from './definition-pointers.js';

const ARTICLE_2 = `(45) ‘micro-cogeneration unit’ means a cogeneration unit with a maximum capacity below 50 kWe;
(46) ‘efficient district heating and cooling’ means a district heating or cooling system meeting the criteria laid down in
Article 26;
(47) ‘efficient heating and cooling’ means a heating and cooling option that measurably reduces the input of primary energy;
(40) ‘high-efficiency cogeneration’ means cogeneration meeting the criteria laid down in Annex III;
(2) ‘energy efficiency first’ means energy efficiency first as defined in Article 2, point (18), of Regulation (EU) 2018/1999.`;

describe('definition pointers', () => {
  const pointers = definitionsIn([ARTICLE_2]);

  it('reads the definitions, and where those that hand their substance to another place of the directive point', () => {
    expect(pointers).toEqual([
      { term: 'micro-cogeneration unit' },
      { term: 'efficient district heating and cooling', place: 'Article 26' },
      { term: 'efficient heating and cooling' },
      { term: 'high-efficiency cogeneration', place: 'Annex III' },
      { term: 'energy efficiency first' },
    ]);
  });

  it('reads the definitions our notes give in their own words', () => {
    const noted = "Under Article 2(40), 'high-efficiency cogeneration' means cogeneration that meets the criteria laid down in Annex III; under Article 2(46), efficient district heating and cooling is a district heating or cooling system that meets the criteria of Article 26. Under Article 2(45), a micro-cogeneration unit is one below 50 kWe.";
    expect(definitionsIn([noted])).toEqual([
      { term: 'high-efficiency cogeneration', place: 'Annex III' },
      { term: 'efficient district heating and cooling', place: 'Article 26' },
      { term: 'a micro-cogeneration unit' },
    ]);
  });

  it('finds every term a question asks about, the likeliest first, and knows which it names as written', () => {
    const glossary = [{ term: 'cogeneration unit' }, { term: 'small-scale cogeneration unit' }, { term: 'micro-cogeneration unit' }, { term: 'energy efficiency' }, { term: 'energy poverty' }];
    const question = "We run an 800 kWe CHP. Does that count as a 'small-scale' cogeneration unit under the EED, and where is the cut-off for micro-cogeneration?";
    expect(askedDefinitions(question, glossary).map((d) => d.term)).toEqual(['small-scale cogeneration unit', 'cogeneration unit', 'micro-cogeneration unit']);
    // The directive's own name ("the EU efficiency law") asks no term; the term written as such wins a tie.
    expect(askedDefinition('How does the EU efficiency law define energy poverty for a household?', glossary)?.term).toBe('energy poverty');
    expect(namesTerm(question, 'small-scale cogeneration unit')).toBe(true);
    expect(namesTerm('What about micro units of cogeneration?', 'micro-cogeneration unit')).toBe(false);
  });

  it("reads our notes' entries given with 'are' and 'refers to'", () => {
    const noted = "Under Article 2(54), split incentives are the lack of fair and reasonable distribution of the financial obligations. Under Article 2(52), 'energy poverty' refers to a household's lack of access to essential energy services.";
    expect(definitionsIn([noted])).toEqual([{ term: 'split incentives' }, { term: 'energy poverty' }]);
  });

  it('hands a question on such a term to the place its definition points to', () => {
    expect(askedDefinition("From 2028, does our district heating system still count as 'efficient'?", pointers)?.place).toBe('Article 26');
    expect(askedDefinition('Does our unit qualify as high-efficiency cogeneration?', pointers)?.place).toBe('Annex III');
  });

  it('leaves other definition questions to the glossary', () => {
    expect(askedDefinition("Up to what capacity is a unit 'micro-cogeneration'?", pointers)?.place).toBeUndefined();
    expect(askedDefinition("At what cost is an upgrade treated as 'substantial'?", pointers)?.place).toBeUndefined();
    expect(askedDefinition('What is efficient heating and cooling?', pointers)?.place).toBeUndefined();
  });

  it('finds the asked definition whether the question quotes the term in the singular or the plural', () => {
    const glossary = definitionsIn(["(12) ‘public bodies’ means national, regional or local authorities; (21) ‘participating party’ means an enterprise or public body that has committed itself to a voluntary agreement."]);
    expect(askedDefinition("Does a city-owned utility count as a 'public body'?", glossary)?.term).toBe('public bodies');
    // An apostrophe of "doesn't" opens no quote.
    expect(askedDefinition("Does a university that doesn't sell anything count as a 'public body' under the directive?", glossary)?.term).toBe('public bodies');
  });

  it('prefers the longer of two terms the question holds alike: "energy audit", not "energy"', () => {
    const noted = definitionsIn(['Under Article 2(1), energy means energy products. Under Article 2(32), an energy audit is a systematic procedure.']);
    expect(askedDefinition('How does the directive define an energy audit?', noted)?.term).toBe('an energy audit');
  });

  it('tells a passage that defines a term from one that only uses it', () => {
    expect(defines(ARTICLE_2, 'micro-cogeneration unit')).toBe(true);
    expect(defines('A micro-cogeneration unit below 50 kWe may be exempt.', 'micro-cogeneration unit')).toBe(false);
  });
});
