-- PostgreSQL port of ../0016_index_writes.sql.
DROP INDEX IF EXISTS listings_fingerprint;
CREATE INDEX listings_fingerprint ON listings (dedup_key, fingerprint, source) WHERE fingerprint <> '';
DROP INDEX IF EXISTS listings_open;
