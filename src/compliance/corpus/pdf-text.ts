import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api.js';
import { AppError } from '../../common/errors/app-error.js';
import { ComplianceErrors } from '../compliance.errors.js';
import { loadPdfjs, pdfjsAssets } from './pdfjs-runtime.js';
import { textTooLong } from './text-limit.js';
import { assertPdfHeader } from './pdf-header.js';

/** Pages past this are ignored: a 5 MB upload can declare millions of empty pages. */
export const MAX_PDF_PAGES = 2000;

/**
 * Reads a PDF's text in this thread: call it from the PDF worker (pdf-text-worker.ts), never on the HTTP
 * event loop. Stops as soon as the text passes `maxChars`: one compressed content stream shared by every
 * page multiplies a 31 KB file into megabytes of text. Sniffs the PDF signature first, so a renamed text
 * file is refused rather than "parsed".
 */
export async function readPdfText(content: Buffer, maxChars = Number.POSITIVE_INFINITY): Promise<string> {
  assertPdfHeader(content);
  const { getDocument, VerbosityLevel } = await loadPdfjs();
  const task = getDocument({
    // pdf.js transfers the bytes it is given; a copy keeps the caller's (possibly pooled) Buffer intact.
    data: new Uint8Array(content),
    // Uploads are untrusted: never compile font programs to JavaScript (CVE-2024-4367), never touch the system.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    verbosity: VerbosityLevel.ERRORS,
    ...pdfjsAssets(),
  });
  try {
    const document = await task.promise;
    const pages: string[] = [];
    let chars = 0;
    for (let number = 1; number <= Math.min(document.numPages, MAX_PDF_PAGES); number++) {
      const page = await document.getPage(number);
      const text = pageText((await page.getTextContent()).items);
      page.cleanup();
      chars += text.length + 2;
      if (chars > maxChars) throw textTooLong(maxChars, `page ${number}`);
      pages.push(text);
    }
    return pages.join('\n\n');
  } catch (error) {
    throw readError(error);
  } finally {
    await task.destroy();
  }
}

/**
 * One line per line pdf.js reports (`hasEOL`; it already inserts the spaces between words), without blank
 * lines: the legal chunker expects "Article 11" directly followed by its title line, as pdf-parse gave it.
 */
export function pageText(items: readonly (TextItem | TextMarkedContent)[]): string {
  let text = '';
  for (const item of items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .join('\n');
}

function readError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new AppError(ComplianceErrors.COMPLIANCE_PDF_ENCRYPTED, 'The PDF is password-protected; upload a copy without a password.');
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new AppError(ComplianceErrors.COMPLIANCE_PDF_INVALID, `The PDF could not be read: ${reason.slice(0, 200)}`);
}
