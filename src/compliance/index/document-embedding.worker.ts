import { serveWorkerTask } from '../../common/worker-task-host.js';
import { chunkLegalText, embeddingText } from '../corpus/legal-chunker.js';
import { LexicalEmbeddings } from '../embeddings/lexical-embeddings.js';
import type { EmbeddingReply, EmbeddingTask } from './document-embedding.js';

/** Chunks one large document and, for the offline embedder, embeds its passages. */
function embed({ document, lexical }: EmbeddingTask): EmbeddingReply {
  const chunks = chunkLegalText(document);
  if (!lexical) return { chunks };
  const embeddings = new LexicalEmbeddings(lexical.idf, lexical.dimensions);
  const vectors = new Float32Array(chunks.length * lexical.dimensions);
  chunks.forEach((chunk, i) => vectors.set(embeddings.embedText(embeddingText(chunk)), i * lexical.dimensions));
  return { chunks, vectors };
}

/** Off the HTTP thread; the vectors are moved to the parent, not copied. */
serveWorkerTask('document-embedding.worker', embed, { ready: true, transfer: (reply) => (reply.vectors ? [reply.vectors.buffer as ArrayBuffer] : []) });
