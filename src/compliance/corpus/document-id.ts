import { randomUUID } from 'node:crypto';
import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';

/** Slugs ("note-article-11") or UUIDs only: nothing that could walk out of the documents folder. */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function assertDocumentId(id: string): string {
  if (!DOCUMENT_ID_PATTERN.test(id)) {
    throw new AppError(ComplianceErrors.COMPLIANCE_DOCUMENT_ID_INVALID, 'Document ids are lower-case letters, digits and dashes (at most 64).');
  }
  return id;
}

export function newDocumentId(): string {
  return randomUUID();
}

export function bundledDocumentId(fileName: string): string {
  return `note-${fileName.replace(/\.md$/i, '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
