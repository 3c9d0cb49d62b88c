import { defineErrors } from '../common/errors/app-error.js';
import { MAX_QUESTION_CHARS } from './compliance.constants.js';

export const ComplianceErrors = defineErrors({
  COMPLIANCE_QUESTION_EMPTY: { status: 400, message: 'The question is empty.' },
  COMPLIANCE_QUESTION_TOO_LONG: { status: 400, message: `The question is longer than ${MAX_QUESTION_CHARS} characters.` },
  COMPLIANCE_QUESTION_INVALID: { status: 400, message: 'The body must be {"question": "<text>"}.' },
  COMPLIANCE_INDEX_NOT_READY: { status: 503, message: 'The compliance index is still being built; retry shortly.' },
  COMPLIANCE_EMBEDDINGS_UNAVAILABLE: { status: 503, message: 'The embedding service did not answer; retry shortly.' },
  COMPLIANCE_INDEXING_FAILED: { status: 503, message: 'The document could not be indexed; nothing was stored. Retry later.' },
  COMPLIANCE_DOCUMENT_NOT_FOUND: { status: 404, message: 'No document has this id.' },
  COMPLIANCE_DOCUMENT_ID_INVALID: { status: 400, message: 'Document ids are lower-case slugs or UUIDs.' },
  COMPLIANCE_DOCUMENT_BUNDLED: { status: 409, message: 'Bundled notes are part of the product and cannot be deleted.' },
  COMPLIANCE_DOCUMENT_INVALID: { status: 400, message: 'The body must be {"title", "content", "contentType"} or a multipart file.' },
  COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED: {
    status: 415,
    message: 'Supported document types: text/plain, text/markdown, text/html, application/pdf.',
  },
  COMPLIANCE_DOCUMENT_EMPTY: { status: 400, message: 'The document contains no text.' },
  COMPLIANCE_DOCUMENT_TOO_LARGE: { status: 413, message: 'The document is larger than the 5 MB limit.' },
  COMPLIANCE_HTML_INVALID: { status: 400, message: 'The HTML contains a character reference that names no character.' },
  COMPLIANCE_DOCUMENT_TEXT_TOO_LONG: { status: 413, message: 'The document has more text than one document may hold; split it.' },
  COMPLIANCE_DOCUMENT_TOO_MANY_PASSAGES: { status: 413, message: 'The document splits into more passages than one document may hold; split it.' },
  COMPLIANCE_CORPUS_FULL: { status: 409, message: 'The corpus holds as many documents or as much text as it may; delete documents first.' },
  COMPLIANCE_PDF_TOO_COMPLEX: { status: 422, message: 'The PDF could not be read within the time and memory one upload may use.' },
  COMPLIANCE_PDF_INVALID: { status: 400, message: 'The file is not a readable PDF.' },
  COMPLIANCE_PDF_ENCRYPTED: { status: 400, message: 'The PDF is password-protected.' },
});
