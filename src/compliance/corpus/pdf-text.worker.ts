import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../common/errors/app-error.js';
import { readPdfText } from './pdf-text.js';
import { loadPdfjs } from './pdfjs-runtime.js';

interface PdfTaskData {
  bytes: Uint8Array;
  maxChars: number;
}

/** One PDF per worker: the worker ends after its reply, and with it everything pdf.js allocated. */
async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('pdf-text.worker must run as a worker thread');
  const { bytes, maxChars } = workerData as PdfTaskData;
  // The time limit is for reading this PDF, not for loading pdf.js.
  await loadPdfjs();
  port.postMessage({ ready: true });
  try {
    const text = await readPdfText(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), maxChars);
    port.postMessage({ ok: true, value: text });
  } catch (error) {
    port.postMessage(error instanceof AppError ? { ok: false, code: error.code, message: error.message } : { ok: false, message: String(error) });
  }
}

void main();
