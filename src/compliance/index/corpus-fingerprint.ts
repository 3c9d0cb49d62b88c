import { createHash } from 'node:crypto';
import { CHUNKER_VERSION } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';

/** Changes whenever a document, its text or the chunking rules change; order-independent. */
export function corpusFingerprint(documents: readonly CorpusDocument[]): string {
  const lines = documents
    .map((d) => `${d.documentId}:${createHash('sha256').update(d.title).update('\0').update(d.text).digest('hex')}`)
    .sort();
  return createHash('sha256').update(CHUNKER_VERSION).update('\n').update(lines.join('\n')).digest('hex').slice(0, 32);
}
