import { recitalPassages } from './recital-passages.js';
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
