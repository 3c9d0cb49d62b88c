-- Alerts and webhook subscriptions shared by every instance. Each instance runs the alert rules over the same data
-- and records what it saw; record_alert_events() keeps one row per alert however many instances report it.

-- One row per alert. `seq` orders the listing (the paging cursor); `changed_seq` is bumped by the resolve too,
-- so followers that read "changed after n" see both. Both come from alert_head, whose row lock every writer
-- takes first, so numbers follow commit order.
CREATE TABLE alerts (
  alert_id text PRIMARY KEY,
  seq bigint NOT NULL UNIQUE,
  changed_seq bigint NOT NULL,
  kind text NOT NULL,
  subject text NOT NULL,
  raised_at timestamptz NOT NULL,
  resolved_at timestamptz,
  -- The alert as raised (AlertRecord without resolvedAt).
  record jsonb NOT NULL
);
-- One active alert per kind and subject, whichever instance raised it first.
CREATE UNIQUE INDEX alerts_one_active ON alerts (kind, subject) WHERE resolved_at IS NULL;
CREATE INDEX alerts_subject_raised ON alerts (kind, subject, raised_at);
CREATE INDEX alerts_changed_seq ON alerts (changed_seq);

CREATE TABLE alert_head (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq bigint NOT NULL
);
INSERT INTO alert_head (last_seq) VALUES (0);

CREATE TABLE alert_subscriptions (
  subscription_id text PRIMARY KEY,
  callback_url text NOT NULL,
  secret text NOT NULL,
  kind text,
  severity text,
  region text,
  created_at timestamptz NOT NULL
);

-- The delivery outbox: one row per (alert, subscription) still to deliver. Any instance claims due rows with
-- FOR UPDATE SKIP LOCKED and a lease (claimed_until); a claim whose instance died expires and is taken again.
CREATE TABLE alert_deliveries (
  delivery_id text PRIMARY KEY,
  subscription_id text NOT NULL REFERENCES alert_subscriptions (subscription_id) ON DELETE CASCADE,
  alert_id text NOT NULL,
  alert jsonb NOT NULL,
  raised_at timestamptz NOT NULL,
  attempt integer NOT NULL DEFAULT 1,
  due_at timestamptz NOT NULL DEFAULT now(),
  claimed_by text,
  claimed_until timestamptz
);
CREATE INDEX alert_deliveries_due ON alert_deliveries (due_at);
CREATE INDEX alert_deliveries_subscription ON alert_deliveries (subscription_id);

-- Records one tick's raised and resolved events of one instance in one round trip; returns the changes it made.
-- A raise is skipped when the subject has an alert of its kind that was active at the raise's time: still
-- active, or resolved at or after it (another instance saw the same condition a tick earlier and has already
-- seen it clear). One instance never resolves and raises a subject in the same tick, so its own raises are
-- never taken for another's. A stored raise queues a delivery for every subscription whose filters it passes. A resolve closes
-- the subject's active alert of that kind, whichever instance raised it.
CREATE FUNCTION record_alert_events(p_events jsonb)
RETURNS TABLE (out_alert_id text, out_kind text, out_change text, out_deliveries integer) LANGUAGE plpgsql AS $$
DECLARE
  v_event jsonb;
  v_alert jsonb;
  v_at timestamptz;
  v_seq bigint;
  v_id text;
  v_deliveries integer;
  v_changed boolean := false;
BEGIN
  PERFORM 1 FROM alert_head FOR UPDATE;
  FOR v_event IN SELECT value FROM jsonb_array_elements(p_events) LOOP
    v_alert := v_event -> 'alert';
    IF v_event ->> 'type' = 'raised' THEN
      v_at := (v_alert ->> 'raisedAt')::timestamptz;
      PERFORM 1 FROM alerts a
        WHERE a.kind = v_alert ->> 'kind' AND a.subject = v_alert ->> 'subject'
          AND (a.resolved_at IS NULL OR a.resolved_at >= v_at OR a.alert_id = v_alert ->> 'alertId');
      CONTINUE WHEN FOUND;
      UPDATE alert_head SET last_seq = last_seq + 1 RETURNING last_seq INTO v_seq;
      INSERT INTO alerts (alert_id, seq, changed_seq, kind, subject, raised_at, record)
      VALUES (v_alert ->> 'alertId', v_seq, v_seq, v_alert ->> 'kind', v_alert ->> 'subject', v_at, v_alert - 'resolvedAt');
      INSERT INTO alert_deliveries (delivery_id, subscription_id, alert_id, alert, raised_at)
      SELECT gen_random_uuid()::text, s.subscription_id, v_alert ->> 'alertId', v_alert - 'resolvedAt', v_at
      FROM alert_subscriptions s
      WHERE (s.kind IS NULL OR s.kind = v_alert ->> 'kind')
        AND (s.region IS NULL OR s.region = v_alert ->> 'region')
        AND (s.severity IS NULL OR array_position(ARRAY['critical', 'warning', 'info'], v_alert ->> 'severity')
                                   <= array_position(ARRAY['critical', 'warning', 'info'], s.severity));
      GET DIAGNOSTICS v_deliveries = ROW_COUNT;
      v_changed := true;
      RETURN QUERY SELECT v_alert ->> 'alertId', v_alert ->> 'kind', 'raised'::text, v_deliveries;
    ELSE
      v_at := (v_alert ->> 'resolvedAt')::timestamptz;
      SELECT a.alert_id INTO v_id FROM alerts a
        WHERE a.kind = v_alert ->> 'kind' AND a.subject = v_alert ->> 'subject' AND a.resolved_at IS NULL AND a.raised_at < v_at;
      CONTINUE WHEN NOT FOUND;
      UPDATE alert_head SET last_seq = last_seq + 1 RETURNING last_seq INTO v_seq;
      UPDATE alerts SET resolved_at = v_at, changed_seq = v_seq WHERE alert_id = v_id;
      v_changed := true;
      RETURN QUERY SELECT v_id, v_alert ->> 'kind', 'resolved'::text, 0;
    END IF;
  END LOOP;
  IF v_changed THEN
    PERFORM pg_notify('powergrid_alerts', v_seq::text);
  END IF;
END
$$;
