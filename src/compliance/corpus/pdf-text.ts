// pdf-parse 1.1.1's index.js reads a test PDF when it is the main module; the lib entry avoids that.
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';

/** Sniffs the PDF signature before parsing, so a renamed text file is refused rather than "parsed". */
export async function extractPdfText(content: Buffer): Promise<string> {
  const head = content.subarray(0, 1024).toString('latin1');
  if (!head.includes('%PDF-')) throw new AppError(ComplianceErrors.COMPLIANCE_PDF_INVALID, 'The file does not start with a PDF header.');
  try {
    // pdf.js slices `bytes.buffer` by absolute offsets, so small pooled Buffers (non-zero byteOffset) must be copied.
    const parsed = await pdfParse(new Uint8Array(content), { max: 2000 });
    return parsed.text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(ComplianceErrors.COMPLIANCE_PDF_INVALID, `The PDF could not be read: ${reason.slice(0, 200)}`);
  }
}
