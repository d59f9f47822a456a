-- PostgreSQL port of ../0015_fingerprint_index.sql.
DROP INDEX IF EXISTS listings_fingerprint;
CREATE INDEX listings_fingerprint ON listings (fingerprint, dedup_key, source) WHERE fingerprint <> '';
