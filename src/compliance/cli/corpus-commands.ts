import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ComplianceEngine, type DocumentInfo } from '../compliance-engine.js';
import { contentTypeFromName } from '../corpus/document-text.js';
import { htmlToText } from '../corpus/html-text.js';
import { ProgressBar } from './progress-bar.js';
import type { AppConfig } from '../../config/app-config.js';
import { DataDirLock, DataDirLockedError } from '../../common/storage/data-dir-lock.js';

export const EED_CELEX = '32023L1791';
export const EED_URL = `https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:${EED_CELEX}`;
const PROGRESS_FROM_BYTES = 256 * 1024;

export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** Exit code when a server holds DATA_DIR: the CLI changed nothing. */
export const EXIT_DATA_DIR_IN_USE = 3;

/**
 * The CLI writes the same documents and index files as the server, which keeps its index in memory and
 * would overwrite them: it runs only while no server holds DATA_DIR.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  try {
    return DataDirLock.acquire(dataDir, { purpose: 'corpus-cli' });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new CliError(
      `${error.message}\nThe corpus CLI changed nothing. While the server runs, add or delete documents through its API ` +
        '(POST /api/compliance/documents, DELETE /api/compliance/documents/{documentId}, with a key from ADMIN_API_KEYS), or stop it first.',
      EXIT_DATA_DIR_IN_USE,
    );
  }
}

export function openEngine(config: AppConfig): ComplianceEngine {
  return new ComplianceEngine({ dataDir: config.dataDir, compliance: config.compliance, notesDir: config.compliance.notesDir });
}

async function readWithProgress(path: string): Promise<Buffer> {
  const size = statSync(path).size;
  const bar = size >= PROGRESS_FROM_BYTES ? new ProgressBar(`reading ${basename(path)}`, size) : undefined;
  const parts: Buffer[] = [];
  let done = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    parts.push(chunk as Buffer);
    done += (chunk as Buffer).length;
    bar?.update(done);
  }
  bar?.finish();
  return Buffer.concat(parts);
}

export async function addFile(engine: ComplianceEngine, path: string, options: { title?: string; contentType?: string }): Promise<DocumentInfo> {
  const content = await readWithProgress(path);
  await engine.open();
  process.stderr.write('indexing...\n');
  return engine.addDocument({ content, title: options.title, fileName: basename(path), contentType: options.contentType ?? contentTypeFromName(path, undefined) });
}

export function formatDocuments(documents: readonly DocumentInfo[]): string {
  const rows = documents.map((d) => [d.documentId, d.source, d.contentType, String(d.chunkCount), String(d.sizeBytes), d.title]);
  const header = ['ID', 'SOURCE', 'TYPE', 'CHUNKS', 'BYTES', 'TITLE'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows].map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i]))).join('  ')).join('\n');
}

/** Downloads the directive from EUR-Lex and adds it; a network failure is a clear message, not a stack trace. */
export async function fetchEed(engine: ComplianceEngine, options: { url?: string; timeoutMs: number }): Promise<DocumentInfo> {
  const url = options.url ?? EED_URL;
  let html: string;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(options.timeoutMs), headers: { accept: 'text/html' } });
    if (!response.ok) throw new Error(`EUR-Lex answered HTTP ${response.status}`);
    html = await response.text();
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = (error as Error).name === 'TimeoutError' ? `no answer within ${options.timeoutMs} ms` : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new CliError(
      `Could not download CELEX ${EED_CELEX} from EUR-Lex (${reason}). This machine may have no access to eur-lex.europa.eu; ` +
        'download the text elsewhere and run: npm run corpus -- add FILE',
      2,
    );
  }
  if (!/Article\s+1\b/.test(htmlToText(html))) throw new CliError('EUR-Lex answered, but the page does not contain the directive text.', 2);
  await engine.open();
  return engine.addDocument({ content: Buffer.from(html), title: `Directive (EU) 2023/1791 (CELEX ${EED_CELEX}, EUR-Lex)`, contentType: 'text/html' });
}
