import { definitionsIn, pointedPlace } from './definition-pointers.js';

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

  it('hands a question on such a term to the place its definition points to', () => {
    expect(pointedPlace("From 2028, does our district heating system still count as 'efficient'?", pointers)).toBe('Article 26');
    expect(pointedPlace('Does our unit qualify as high-efficiency cogeneration?', pointers)).toBe('Annex III');
  });

  it('leaves other definition questions to the glossary', () => {
    expect(pointedPlace("Up to what capacity is a unit 'micro-cogeneration'?", pointers)).toBeUndefined();
    expect(pointedPlace("At what cost is an upgrade treated as 'substantial'?", pointers)).toBeUndefined();
    expect(pointedPlace('What is efficient heating and cooling?', pointers)).toBeUndefined();
  });
});
