import { contextOf } from './answer-composition.js';
import { intentOf } from './answer-intent.js';
import { sentencesOf } from './answer-scoring.js';
import type { RetrievedChunk } from './rag-types.js';

const paragraph = (text: string): RetrievedChunk => ({
  text,
  metadata: { documentId: 'eed', title: 'EED', article: 'Article 11', articleTitle: 'Energy management systems and energy audits', paragraph: '11(1)', chunkIndex: 40, source: 'official' },
  similarity: 0.5,
  score: 0.5,
});

const OPENING = 'Member States shall ensure that enterprises with an average annual consumption higher than 85 TJ of energy over the previous three years implement an energy management system.';
const CERTIFIED = 'The energy management system shall be certified by an independent body.';
const DEADLINE = 'Member States shall ensure that the enterprises referred to in the first subparagraph have an energy management system in place at the latest by 11 October 2027.';

describe(contextOf.name, () => {
  const all = sentencesOf([paragraph(`${OPENING} ${CERTIFIED} ${DEADLINE}`)], () => 1);
  const deadline = all.find((s) => s.text.startsWith('Member States shall ensure that the enterprises referred to'));

  it('brings the opening sentence of the subparagraph a chosen sentence refers to, not only the sentence before it', () => {
    expect(deadline).toBeDefined();
    expect(contextOf(deadline!, all, intentOf('By when?')).map((s) => s.text)).toEqual([OPENING, DEADLINE]);
  });

  it('leaves the sentence alone where the opening would not fit the room left', () => {
    expect(contextOf(deadline!, all, intentOf('By when?'), DEADLINE.length + 10).map((s) => s.text)).toEqual([DEADLINE]);
  });
});
