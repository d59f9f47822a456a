-- PostgreSQL port of ../0013_posting_hash.sql.
ALTER TABLE listings ADD COLUMN posting_hash TEXT NOT NULL DEFAULT '';
