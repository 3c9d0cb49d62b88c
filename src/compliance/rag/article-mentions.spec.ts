import { asksWhatTheDirectiveIsFor, placeKey } from './article-mentions.js';

describe(asksWhatTheDirectiveIsFor.name, () => {
  it.each([
    'What is the purpose of the directive?',
    'In a nutshell, what is the recast EU energy efficiency law trying to achieve?',
    'Beyond the 2030 numbers, what does the directive say it is actually trying to achieve?',
    "What are this law's main objectives?",
    'What is the EED all about?',
  ])('hears a question on the whole act in "%s"', (question) => expect(asksWhatTheDirectiveIsFor(question)).toBe(true));

  it.each(['What is the purpose of the energy audit?', 'What is the aim of the savings obligation?', 'Which targets does the directive set for 2030?', 'What is the law on heat pumps in Germany?'])(
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
