-- One round trip per acknowledged batch: lock, resend check, number, insert and notify run in the server.
-- Eight round trips of about 10 ms each on a loaded machine were most of a commit's time.
CREATE FUNCTION commit_reading_batch(
  p_hash bytea, p_count integer, p_newest_ms double precision,
  p_ordinals bytea, p_timestamps bytea, p_power bytea, p_voltage bytea, p_energy bytea, p_status bytea
) RETURNS TABLE (out_seq bigint, out_duplicate boolean) LANGUAGE plpgsql AS $$
DECLARE
  v_seq bigint;
BEGIN
  -- The same key as the application's meter registration: re-entrant inside its transaction.
  PERFORM pg_advisory_xact_lock(7264002);
  SELECT b.seq INTO v_seq FROM reading_batches b WHERE b.batch_hash = p_hash;
  IF FOUND THEN
    RETURN QUERY SELECT v_seq, true;
    RETURN;
  END IF;
  UPDATE telemetry_head SET last_seq = last_seq + 1 RETURNING last_seq INTO v_seq;
  INSERT INTO reading_batches (seq, reading_count, batch_hash, newest_reading_at, ordinals, timestamps, power, voltage, energy, status)
  VALUES (v_seq, p_count, p_hash, to_timestamp(p_newest_ms / 1000.0), p_ordinals, p_timestamps, p_power, p_voltage, p_energy, p_status);
  PERFORM pg_notify('powergrid_telemetry', v_seq::text);
  RETURN QUERY SELECT v_seq, false;
END
$$;
