import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';
import type { CorpusDocument } from './corpus-document.js';
import type { DocumentLimits } from '../../config/document-limits.js';
import { chunkLegalText } from './legal-chunker.js';

/**
 * Refuses a new document that would push the corpus past its bounds, before anything is stored: too many
 * passages in it, too many documents, or too much text in all of them together.
 */
export function admitDocument(document: CorpusDocument, uploaded: readonly CorpusDocument[], limits: DocumentLimits): void {
  const passages = chunkLegalText(document).length;
  if (passages > limits.maxDocumentChunks) {
    throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TOO_MANY_PASSAGES, `The document splits into ${passages} passages; one document may have at most ${limits.maxDocumentChunks}. Split it.`);
  }
  if (uploaded.length >= limits.maxDocuments) {
    throw new AppError(ComplianceErrors.COMPLIANCE_CORPUS_FULL, `The corpus holds ${uploaded.length} uploaded documents, the limit (COMPLIANCE_MAX_DOCUMENTS); delete some first.`);
  }
  const chars = uploaded.reduce((sum, d) => sum + d.text.length, 0);
  if (chars + document.text.length > limits.maxCorpusChars) {
    throw new AppError(
      ComplianceErrors.COMPLIANCE_CORPUS_FULL,
      `The uploaded documents hold ${chars.toLocaleString('en')} characters of text; this one would pass the limit of ${limits.maxCorpusChars.toLocaleString('en')} (COMPLIANCE_MAX_CORPUS_CHARS). Delete documents first.`,
    );
  }
}
