-- Runbook actions proposed by the model, waiting for (or decided by) an approver.
-- state: pending, approved or denied; an approval is decided by one conditional UPDATE on state = 'pending'.
-- arguments: a JSON object of the action's parameter values.
CREATE TABLE approvals (
    id VARCHAR(64) PRIMARY KEY,
    action_name VARCHAR(64) NOT NULL,
    arguments VARCHAR NOT NULL,
    platform VARCHAR(32) NOT NULL,
    workspace VARCHAR(500) NOT NULL,
    channel VARCHAR(500) NOT NULL,
    thread VARCHAR(500) NOT NULL,
    requester_id VARCHAR(500) NOT NULL,
    requester_name VARCHAR(500) NOT NULL,
    question VARCHAR NOT NULL,
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state VARCHAR(16) NOT NULL,
    decided_by VARCHAR(600) NOT NULL DEFAULT '',
    decided_at TIMESTAMP WITH TIME ZONE,
    outcome VARCHAR NOT NULL DEFAULT '');

CREATE INDEX approvals_pending ON approvals (state, expires_at);
