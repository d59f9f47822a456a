-- PostgreSQL port of ../0018_body.sql; the rows stored before are
-- converted after it by the same Go step (migrate_body.go). IF NOT EXISTS:
-- PostgreSQL's 0017 is empty, so a test that runs 0015 onwards again (as
-- a store before 0015) finds the column there.
ALTER TABLE listings ADD COLUMN IF NOT EXISTS body BYTEA;
