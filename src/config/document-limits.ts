/** How much one upload and the whole corpus may hold; every bound a hostile document could otherwise push. */
export interface DocumentLimits {
  /** Characters of extracted text per document (what a compressed PDF can multiply). */
  readonly maxDocumentChars: number;
  /** Passages (chunks) per document. */
  readonly maxDocumentChunks: number;
  /** Uploaded documents in the corpus. */
  readonly maxDocuments: number;
  /** Characters of extracted text of all uploaded documents together. */
  readonly maxCorpusChars: number;
  /** Wall-clock time the PDF parser may take, in its own worker thread. */
  readonly pdfTimeoutMs: number;
  /** Heap the PDF parser's worker may use before V8 stops it. */
  readonly pdfMemoryMb: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxDocumentChars: 2_000_000,
  maxDocumentChunks: 4000,
  maxDocuments: 1000,
  maxCorpusChars: 50_000_000,
  pdfTimeoutMs: 30_000,
  pdfMemoryMb: 512,
};
