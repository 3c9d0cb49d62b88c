import { parentPort, workerData } from 'node:worker_threads';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { EmbeddingReply, EmbeddingTask } from './document-embedding.js';

/** Chunks one large document and, for the offline embedder, embeds its passages, off the HTTP thread. */
function main(): void {
  const port = parentPort;
  if (!port) throw new Error('document-embedding.worker must run as a worker thread');
  port.postMessage({ ready: true });
  try {
    const { document, lexical } = workerData as EmbeddingTask;
    const chunks = chunkLegalText(document);
    if (!lexical) {
      port.postMessage({ ok: true, value: { chunks } satisfies EmbeddingReply });
      return;
    }
    const embeddings = new LexicalEmbeddings(lexical.idf, lexical.dimensions);
    const vectors = new Float32Array(chunks.length * lexical.dimensions);
    chunks.forEach((chunk, i) => vectors.set(embeddings.embedText(embeddingText(chunk)), i * lexical.dimensions));
    port.postMessage({ ok: true, value: { chunks, vectors } satisfies EmbeddingReply }, [vectors.buffer]);
  } catch (error) {
    port.postMessage({ ok: false, message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}

main();
