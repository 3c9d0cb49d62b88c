import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';

export function textTooLong(maxChars: number, where?: string): AppError {
  return new AppError(
    ComplianceErrors.COMPLIANCE_DOCUMENT_TEXT_TOO_LONG,
    `The document's text is longer than ${maxChars.toLocaleString('en')} characters${where ? ` (reached at ${where})` : ''}; split it into smaller documents.`,
  );
}
