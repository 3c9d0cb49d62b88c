-- Real meters, registered once for every instance: ordinal n is store slot (simulated meters + n) on each of them.
-- Ordinals are handed out under the readings lock, so they have no gaps and never exceed REAL_METER_SLOTS.
CREATE TABLE meters (
  ordinal integer PRIMARY KEY CHECK (ordinal >= 0),
  meter_id text NOT NULL UNIQUE,
  -- Null until set by PUT /api/energy/meters/{meterId}; the store infers them from the first reading until then.
  kind smallint,
  region smallint,
  feeder smallint,
  site text,
  -- Bumped by every change, from the same counter as reading batches, so followers see changes in commit order.
  changed_seq bigint NOT NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX meters_changed_seq ON meters (changed_seq);

-- One row per acknowledged POST of readings: the columns of the batch as little-endian typed arrays. A row per
-- batch rather than per reading keeps a 10,000-reading commit to one small insert; instances decode it straight
-- into the arrays their store writer takes.
CREATE TABLE reading_batches (
  seq bigint PRIMARY KEY,
  committed_at timestamptz NOT NULL DEFAULT now(),
  reading_count integer NOT NULL,
  -- SHA-256 of the batch's meter ids and values: a resent batch is recognised and not stored twice.
  batch_hash bytea NOT NULL UNIQUE,
  newest_reading_at timestamptz NOT NULL,
  ordinals bytea NOT NULL,
  timestamps bytea NOT NULL,
  power bytea NOT NULL,
  voltage bytea NOT NULL,
  energy bytea NOT NULL,
  status bytea NOT NULL
);
-- Float columns barely compress; skipping pglz saves CPU on every insert.
ALTER TABLE reading_batches ALTER COLUMN ordinals SET STORAGE EXTERNAL, ALTER COLUMN timestamps SET STORAGE EXTERNAL,
  ALTER COLUMN power SET STORAGE EXTERNAL, ALTER COLUMN voltage SET STORAGE EXTERNAL,
  ALTER COLUMN energy SET STORAGE EXTERNAL, ALTER COLUMN status SET STORAGE EXTERNAL;
CREATE INDEX reading_batches_committed_at ON reading_batches (committed_at);

-- The one counter behind reading batch and meter change numbers. Taken under the readings lock, so numbers are
-- handed out in commit order with no gaps: a follower that applied n has seen everything up to n.
CREATE TABLE telemetry_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq bigint NOT NULL
);
INSERT INTO telemetry_head (last_seq) VALUES (0);
