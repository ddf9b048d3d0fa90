-- The first schema of the answer records (the hand-written runner's migration 1, unchanged).
CREATE TABLE answers (
    id VARCHAR(200) PRIMARY KEY,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    platform VARCHAR(32) NOT NULL,
    workspace VARCHAR(500) NOT NULL,
    channel VARCHAR(500) NOT NULL,
    user_id VARCHAR(500) NOT NULL,
    question VARCHAR NOT NULL,
    experiment VARCHAR(200) NOT NULL,
    variant VARCHAR(200) NOT NULL,
    cited INT NOT NULL,
    cited_documents VARCHAR NOT NULL,
    latency_ms BIGINT NOT NULL,
    input_tokens INT NOT NULL,
    output_tokens INT NOT NULL,
    answered BOOLEAN NOT NULL);

CREATE INDEX answers_at ON answers (at);

CREATE TABLE feedback (
    reply_id VARCHAR(200) NOT NULL,
    user_id VARCHAR(500) NOT NULL,
    vote VARCHAR(8) NOT NULL,
    at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (reply_id, user_id));
