-- A later migration, for the test that the next schema change runs once on top of the shipped ones.
ALTER TABLE answers ADD COLUMN note VARCHAR(50) DEFAULT 'none';
