-- Prompt templates saved from the playground, shared by every replica.
-- template: the template as JSON (name, parts, variants); version: 1 on the first save, +1 on each later one, so
-- COUNT(*) and SUM(version) change whenever any replica saves, which the others poll for.
CREATE TABLE prompt_templates (
    name VARCHAR PRIMARY KEY,
    template VARCHAR NOT NULL,
    version BIGINT NOT NULL,
    saved_at TIMESTAMP WITH TIME ZONE NOT NULL);
