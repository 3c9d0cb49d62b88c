import { extractiveAnswer } from './extractive-answerer.js';
import type { RetrievedChunk } from './rag-types.js';

const chunk = (text: string, article = 'Article 11'): RetrievedChunk => ({
  text,
  metadata: { documentId: `note-${article}`, title: article, article, articleTitle: 'Energy management systems and energy audits', chunkIndex: 0 },
  similarity: 0.5,
  score: 0.5,
});

describe(extractiveAnswer.name, () => {
  it('answers with whole sentences, never with a numbered paragraph heading', () => {
    const { answer } = extractiveAnswer('Which enterprises must implement an energy management system above 85 TJ?', [
      chunk('1. Energy management system above 85 TJ. Enterprises whose average annual energy consumption is higher than 85 TJ must implement an energy management system.'),
    ]);
    expect(answer).toContain('Enterprises whose average annual energy consumption is higher than 85 TJ must implement an energy management system. [1]');
    expect(answer).not.toMatch(/Energy management system above 85 TJ\./);
  });

  it('puts the sentence carrying a frequency first when the question asks how often', () => {
    // Both sentences share the same question words; only the frequency tells them apart.
    const { answer } = extractiveAnswer('How often does an enterprise need an energy audit?', [
      chunk('The enterprise must have an energy audit carried out by qualified experts. The enterprise must repeat the energy audit at least every four years.'),
    ]);
    expect(answer.indexOf('every four years')).toBeGreaterThan(-1);
    expect(answer.indexOf('every four years')).toBeLessThan(answer.indexOf('qualified experts'));
  });

  it('names the article up front only when every sentence comes from it', () => {
    const single = extractiveAnswer('energy audit enterprises', [chunk('Enterprises above the threshold must undergo an energy audit every four years.')]);
    expect(single.answer).toMatch(/^Article 11 \(Energy management systems and energy audits\): /);
    const mixed = extractiveAnswer('energy audit enterprises', [
      chunk('Enterprises above the threshold must undergo an energy audit every four years.'),
      chunk('Public bodies and enterprises must publish the energy audit results every year.', 'Article 6'),
    ]);
    expect(mixed.answer).not.toMatch(/^Article/);
    expect(mixed.citations.map((c) => c.article)).toEqual(['Article 11', 'Article 6']);
  });
});
