-- Uploaded documents of the copilot's corpus, shared by every instance; each builds its own HNSW index from them.
-- A deletion leaves a tombstone (deleted, text emptied) so that instances that were away learn of it.
CREATE TABLE documents (
  document_id text PRIMARY KEY,
  title text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  created_at timestamptz NOT NULL,
  body text NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  -- From document_head under its lock: numbers follow commit order, so "changed after n" misses nothing.
  changed_seq bigint NOT NULL
);
CREATE INDEX documents_changed_seq ON documents (changed_seq);

CREATE TABLE document_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq bigint NOT NULL
);
INSERT INTO document_head (last_seq) VALUES (0);
