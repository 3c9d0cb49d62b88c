import { AppError } from '../../common/errors/app-error.js';
import { runWorkerTask, WorkerTaskError } from '../../common/worker-task.js';
import { ComplianceErrors } from '../compliance.errors.js';
import type { DocumentLimits } from '../../config/document-limits.js';
import { assertPdfHeader } from './pdf-header.js';

/** Loading pdf.js takes about a second compiled; much longer through tsx in tests on a busy machine. */
const PDF_WORKER_STARTUP_MS = 180_000;

type Limits = Pick<DocumentLimits, 'maxDocumentChars' | 'pdfTimeoutMs' | 'pdfMemoryMb'>;

/**
 * Extracts a PDF's text in a worker thread of its own with a time and a heap limit: a crafted PDF can make
 * pdf.js spin or allocate for minutes, and neither may happen on the HTTP event loop or in the server's heap.
 */
export async function extractPdfText(content: Buffer, limits: Limits): Promise<string> {
  // Checked here too, so a renamed text file is refused without starting a worker.
  assertPdfHeader(content);
  const bytes = new Uint8Array(content);
  let reply;
  try {
    reply = await runWorkerTask<string>(new URL('./pdf-text.worker.js', import.meta.url), { bytes, maxChars: limits.maxDocumentChars }, {
      timeoutMs: limits.pdfTimeoutMs,
      startupTimeoutMs: PDF_WORKER_STARTUP_MS,
      resourceLimits: { maxOldGenerationSizeMb: limits.pdfMemoryMb, maxYoungGenerationSizeMb: 32 },
      transferList: [bytes.buffer],
    });
  } catch (error) {
    if (!(error instanceof WorkerTaskError) || error.reason === 'crash') throw error;
    const limit = error.reason === 'timeout' ? `${limits.pdfTimeoutMs} ms` : `${limits.pdfMemoryMb} MB of memory`;
    throw new AppError(ComplianceErrors.COMPLIANCE_PDF_TOO_COMPLEX, `The PDF could not be read within ${limit}; nothing was stored.`);
  }
  if (reply.ok) return reply.value;
  const definition = reply.code ? (ComplianceErrors as Record<string, (typeof ComplianceErrors)[keyof typeof ComplianceErrors] | undefined>)[reply.code] : undefined;
  if (!definition) throw new Error(`the PDF worker failed: ${reply.message}`);
  throw new AppError(definition, reply.message);
}
