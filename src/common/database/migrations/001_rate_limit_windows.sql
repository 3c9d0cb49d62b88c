-- Request counts per client key and wall-clock window, shared by every instance so N instances enforce one limit.
-- UNLOGGED: a count lost in a database crash only forgives one window; it saves the WAL traffic of every request.
CREATE UNLOGGED TABLE rate_limit_windows (
  scope text NOT NULL,
  client_key text NOT NULL,
  window_start bigint NOT NULL,
  hits integer NOT NULL,
  PRIMARY KEY (scope, client_key, window_start)
);
CREATE INDEX rate_limit_windows_start ON rate_limit_windows (window_start);
