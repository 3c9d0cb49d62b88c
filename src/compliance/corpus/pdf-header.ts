import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';

/** A PDF announces itself in its first kilobyte; anything else is refused before any parsing. */
export function assertPdfHeader(content: Buffer): void {
  if (!content.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new AppError(ComplianceErrors.COMPLIANCE_PDF_INVALID, 'The file does not start with a PDF header.');
  }
}
