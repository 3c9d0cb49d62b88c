import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';
import { binaryFormatOf } from './content-sniff.js';
import { htmlToText } from './html-text.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from '../../config/document-limits.js';
import { extractPdfText } from './pdf-text-worker.js';
import { textTooLong } from './text-limit.js';

export const SUPPORTED_CONTENT_TYPES = ['text/plain', 'text/markdown', 'text/html', 'application/pdf'] as const;
export type DocumentContentType = (typeof SUPPORTED_CONTENT_TYPES)[number];
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export function normaliseContentType(raw: string | undefined): DocumentContentType {
  const type = (raw ?? '').split(';')[0].trim().toLowerCase();
  const aliases: Partial<Record<string, DocumentContentType>> = { 'text/x-markdown': 'text/markdown', 'application/x-pdf': 'application/pdf' };
  const normalised = aliases[type] ?? type;
  if (!(SUPPORTED_CONTENT_TYPES as readonly string[]).includes(normalised)) {
    throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED, `Content type "${type || 'none'}" is not supported; use ${SUPPORTED_CONTENT_TYPES.join(', ')}.`);
  }
  return normalised as DocumentContentType;
}

/** Guesses a type from a file name when a multipart part says only application/octet-stream. */
export function contentTypeFromName(fileName: string, declared: string | undefined): string | undefined {
  const lower = fileName.toLowerCase();
  if (declared && declared !== 'application/octet-stream') return declared;
  if (lower.endsWith('.pdf')) return 'application/pdf';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'text/markdown';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'text/html';
  if (lower.endsWith('.txt')) return 'text/plain';
  return declared;
}

/**
 * Extracts the plain text of a document; refuses empty, oversize, over-long and fake PDFs with their own codes.
 * Runs of spaces are collapsed before the length is counted: padding is not text.
 */
export async function extractText(content: Buffer, contentType: DocumentContentType, limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS): Promise<string> {
  if (content.length > MAX_DOCUMENT_BYTES) throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TOO_LARGE);
  let text: string;
  if (contentType === 'application/pdf') text = await extractPdfText(content, limits);
  else {
    const binary = binaryFormatOf(content);
    if (binary) {
      throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_TYPE_UNSUPPORTED, `The content was declared as ${contentType} but is ${binary}; send PDF files as application/pdf.`);
    }
    const decoded = content.toString('utf8').replace(/^\uFEFF/, '');
    text = contentType === 'text/html' ? htmlToText(decoded) : decoded;
  }
  text = text.replaceAll('\u0000', '').replace(/\r\n?/g, '\n').replace(/[ \t]{2,}/g, ' ');
  if (text.trim().length === 0) throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_EMPTY);
  if (text.length > limits.maxDocumentChars) throw textTooLong(limits.maxDocumentChars);
  return text;
}
