-- Conversation memory shared by every replica: the last turns of each conversation.
-- conversation_key: a JSON array [platform, workspace, user, conversation]; seq: 1, 2, ... per conversation.
-- stored_at: when the turn was kept (the idle expiry counts from the newest); asked_at: the turn's own time.
CREATE TABLE conversation_turns (
    conversation_key VARCHAR NOT NULL,
    seq BIGINT NOT NULL,
    question VARCHAR NOT NULL,
    answer VARCHAR NOT NULL,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (conversation_key, seq));

CREATE INDEX conversation_turns_stored ON conversation_turns (stored_at);
