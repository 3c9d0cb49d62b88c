import { asksRecitalByTopic, everyRecital, recitalPassages, withoutRecitalWords } from './recital-passages.js';
import type { StoredChunk } from '../index/hnsw-chunk-store.js';

const passage = (documentId: string, chunkIndex: number, pageContent: string): StoredChunk => ({ pageContent, metadata: { documentId, title: documentId, chunkIndex, source: 'official' } });

describe(recitalPassages.name, () => {
  const preamble = [
    passage('eed', 1, 'of the Council(4) has been amended. (2) The second recital starts here and'),
    passage('eed', 0, 'Whereas: (1) Directive 2012/27/EU of the European Parliament and'),
    passage('eed', 2, 'runs on into the next passage. (3) A third one.'),
  ];

  it('cuts the named recital out of the preamble passages, across a passage boundary, labelled with its number', () => {
    const [second] = recitalPassages(preamble, 2);
    expect(second.pageContent).toBe('(2) The second recital starts here and runs on into the next passage.');
    expect(second.metadata).toMatchObject({ documentId: 'eed', chunkIndex: 1, paragraph: 'Recital 2', source: 'official' });
    expect(recitalPassages(preamble, 1)[0].pageContent).toBe('(1) Directive 2012/27/EU of the European Parliament and of the Council(4) has been amended.');
    expect(recitalPassages(preamble, 3)[0].pageContent).toBe('(3) A third one.');
  });

  it('never takes a footnote mark for a recital, and finds nothing for a number the preamble lacks', () => {
    expect(recitalPassages(preamble, 4)).toEqual([]);
    expect(recitalPassages([passage('x', 0, 'the Council(5) decided')], 5)).toEqual([]);
  });
});

describe(everyRecital.name, () => {
  it('cuts every recital out of each document\'s preamble in order, without its number, labelled and placed in the passage it opens in', () => {
    const preamble = [
      passage('eed', 1, 'of the Council(4) has been amended. (2) The second recital starts here and'),
      passage('eed', 0, 'Whereas: (1) Directive 2012/27/EU of the European Parliament and'),
      passage('eed', 2, 'runs on into the next passage. (3) A third one.'),
      passage('upload', 0, '(1) Another act\'s first recital.'),
    ];
    const recitals = everyRecital(preamble);
    expect(recitals.map((r) => [r.metadata.documentId, r.metadata.paragraph, r.metadata.chunkIndex, r.pageContent])).toEqual([
      ['eed', 'Recital 1', 0, 'Directive 2012/27/EU of the European Parliament and of the Council(4) has been amended.'],
      ['eed', 'Recital 2', 1, 'The second recital starts here and runs on into the next passage.'],
      ['eed', 'Recital 3', 2, 'A third one.'],
      ['upload', 'Recital 1', 0, "Another act's first recital."],
    ]);
  });

  it('finds none in a preamble without numbered recitals', () => {
    expect(everyRecital([passage('x', 0, 'the Council(5) decided')])).toEqual([]);
  });
});

describe(asksRecitalByTopic.name, () => {
  it.each(['Which recital explains the energy efficiency first principle?', 'Is there a recital about energy poverty?', 'What do the recitals say about data centres?', 'Any recital on heat pumps?'])(
    'reads a recital asked for by its topic: %s',
    (question) => expect(asksRecitalByTopic(question)).toBe(true),
  );

  it.each(['What does recital 12 say?', 'Explain recitals 30 and 31.', 'Which article covers energy poverty?'])('does not read a recital named by number, or no recital, so: %s', (question) =>
    expect(asksRecitalByTopic(question)).toBe(false),
  );

  it('leaves the topic once the words that ask for a recital are gone', () => {
    expect(withoutRecitalWords('Is there a recital about energy poverty?').trim()).toBe('about energy poverty?');
    expect(withoutRecitalWords('Which recitals deal with data centres?').trim()).toBe('deal with data centres?');
  });
});
