-- Deliveries already handled (Slack event ids), so a retry reaching another replica is not handled again.
-- A key is claimed by a plain INSERT: the unique violation (SQLState 23505) means another caller had it first.
CREATE TABLE handled_events (
    event_key VARCHAR PRIMARY KEY,
    handled_at TIMESTAMP WITH TIME ZONE NOT NULL);

CREATE INDEX handled_events_at ON handled_events (handled_at);
