-- Retrieved and cited passages of each answer; answers by asker (the hand-written runner's migration 2).
-- JSON arrays: retrieved [{passage_id, document_id, location, score}], best first;
-- cited_passages [{index, passage_id, document_id, location}], passage_id null when unknown.
ALTER TABLE answers ADD COLUMN retrieved VARCHAR NOT NULL DEFAULT '[]';
ALTER TABLE answers ADD COLUMN cited_passages VARCHAR NOT NULL DEFAULT '[]';
CREATE INDEX answers_asker ON answers (platform, user_id, at);
