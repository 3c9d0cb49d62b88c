import { articleMentions, paragraphMention, asksWhatTheDirectiveIsFor, placeKey, placeNumbers, withBareParagraphsNamed } from './article-mentions.js';

describe(asksWhatTheDirectiveIsFor.name, () => {
  it.each([
    'What is the purpose of the directive?',
    'In a nutshell, what is the recast EU energy efficiency law trying to achieve?',
    'Beyond the 2030 numbers, what does the directive say it is actually trying to achieve?',
    "What are this law's main objectives?",
    'What is the EED all about?',
    // The whole act in outline, or for whom it is (a new user's first questions).
    'Give me an overview of the EED',
    'Who does the EED apply to?',
    'Summarise the directive.',
    'Tell me about the EED',
    'What is the energy efficiency directive?',
  ])('hears a question on the whole act in "%s"', (question) => expect(asksWhatTheDirectiveIsFor(question)).toBe(true));

  it.each(['What is the purpose of the energy audit?', 'What is the aim of the savings obligation?', 'Which targets does the directive set for 2030?', 'What is the law on heat pumps in Germany?', 'Are we in the scope of the EED audit obligation?', 'Summarise the directive\'s rules on data centres.', 'What is the directive\'s threshold for audits?'])(
    'hears a narrower question in "%s"',
    (question) => expect(asksWhatTheDirectiveIsFor(question)).toBe(false),
  );
});

describe(placeKey.name, () => {
  const passage = (article: string | undefined, chunkIndex: number, paragraph?: string) => ({ metadata: { documentId: 'notes', article, chunkIndex, paragraph } });

  it('names the article a passage belongs to, or the passage itself outside any article', () => {
    expect(placeKey(passage('Annex VI', 10))).toBe('Annex VI');
    expect(placeKey(passage(undefined, 4))).toBe('notes#4');
  });
});

describe(paragraphMention.name, () => {
  it.each([
    ['What exactly does Article 7(1) require?', '7(1)'],
    ['Does Article 26 para 7 require anything of a new 9 MW factory?', '26(7)'],
    ['Art. 26, paragraph 7: who must carry out the analysis?', '26(7)'],
    ['What does Art. 8.1 say about the savings rates?', '8(1)'],
    ['Under Art. 11 § 2, how often must audits be repeated?', '11(2)'],
    ['According to Annex V point 2(c), can we count savings from mandatory Union law?', 'Annex V(2)'],
    ['What does Annex 9 pt. 2 require of billing information?', 'Annex IX(2)'],
  ])('reads "%s" as paragraph %s', (question, paragraph) => {
    expect(paragraphMention(question)).toBe(paragraph);
  });

  it.each(['Does Article 8.1 million homes cover it?', 'For our NECP update under Article 14(2) of the Governance Regulation, what does the EED require?', 'Taking account of our Article 24(4) RED measures, when is a network efficient?', 'Under Article 8. 1 January 2025 is the date?', 'Compare Article 8(1) with Annex V(2).', 'What did old Article 7(1) say?', 'What does Article 11 require?'])(
    'names no single paragraph in "%s"',
    (question) => expect(paragraphMention(question)).toBeUndefined(),
  );
});

describe(articleMentions.name, () => {
  it("skips another act's article named by its short name after the number", () => {
    expect(articleMentions('Taking account of our Article 24(4) RED measures, when is a district heating network efficient?')).toEqual([]);
    expect(articleMentions('Which buildings does Article 9 EPBD cover, and what does Article 6 require of public bodies?')).toEqual(['Article 6']);
  });
});

describe(placeNumbers.name, () => {
  it("reads the numbers of this directive's articles and annexes a text names, and not figures, paragraphs or other acts' places", () => {
    expect([...placeNumbers('What are the annual savings rates under Article 8?')]).toEqual(['8']);
    expect([...placeNumbers('art 8 rates')]).toEqual(['8']);
    expect([...placeNumbers('Do Articles 8 and 9(1) apply, and Annex VI?')]).toEqual(['8', '9', '1', 'vi']);
    expect([...placeNumbers('Under Article 31(1) of the EED, the factor is 1,9.')]).toEqual(['31', '1']);
    for (const none of ['All the options listed in paragraph 8 amount to 8 %.', 'What does Article 24(4) of Directive (EU) 2018/2001 require?', 'under Article 14(2) of the governance regulation', 'Annex I to Regulation 2018/2066']) {
      expect([none, [...placeNumbers(none)]]).toEqual([none, []]);
    }
  });
});

describe(withBareParagraphsNamed.name, () => {
  it("names a paragraph typed without its article's word as the article's, and leaves runs, annex points and other acts' numbers", () => {
    expect(withBareParagraphsNamed('26(6)?')).toBe('Article 26(6)?');
    expect(withBareParagraphsNamed('what does 11(2) require?')).toBe('what does Article 11(2) require?');
    for (const left of ['Articles 8 and 9(1)', 'Article 8(1), 8(3)', 'Annex V(2)', 'point 2(c)', '24(4) of Directive (EU) 2018/2001', 'Regulation 765/2008', '41(1)?']) {
      expect(withBareParagraphsNamed(left)).toBe(left);
    }
  });
});
