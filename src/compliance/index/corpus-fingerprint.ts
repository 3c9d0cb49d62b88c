import { createHash } from 'node:crypto';
import { CHUNKER_VERSION } from '../corpus/legal-chunker.js';
import type { CorpusDocument } from '../corpus/corpus-document.js';

/** One document's line in the fingerprint: its id and a digest of its title and text. */
export function documentDigest(d: Pick<CorpusDocument, 'documentId' | 'title' | 'text'>): string {
  return `${d.documentId}:${createHash('sha256').update(d.title).update('\0').update(d.text).digest('hex')}`;
}

/** Changes whenever a document, its text or the chunking rules change; order-independent. */
export function fingerprintOf(digests: Iterable<string>): string {
  return createHash('sha256').update(CHUNKER_VERSION).update('\n').update([...digests].sort().join('\n')).digest('hex').slice(0, 32);
}

export function corpusFingerprint(documents: readonly CorpusDocument[]): string {
  return fingerprintOf(documents.map(documentDigest));
}
