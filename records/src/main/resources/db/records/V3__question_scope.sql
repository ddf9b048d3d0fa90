-- The knowledge scope each question was asked in (the hand-written runner's migration 3).
ALTER TABLE answers ADD COLUMN scope VARCHAR(500) NOT NULL DEFAULT '';
UPDATE answers SET scope = CASE WHEN platform = 'web' THEN 'web' ELSE platform || ':' || workspace END;
