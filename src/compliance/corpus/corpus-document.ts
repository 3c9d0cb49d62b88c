import type { DocumentContentType } from './document-text.js';

export type DocumentSource = 'bundled' | 'uploaded';

/** A document of the corpus with its extracted text; what the index is built from. */
export interface CorpusDocument {
  documentId: string;
  title: string;
  contentType: DocumentContentType;
  source: DocumentSource;
  sizeBytes: number;
  createdAt: string;
  text: string;
}
