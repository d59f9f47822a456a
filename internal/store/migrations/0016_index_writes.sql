-- Fewer index pages written by a crawl's inserts.
-- listings_fingerprint leads with dedup_key: a crawl's batch is one board,
-- mostly one employer, so its new entries land side by side (one key's
-- range) instead of on a page per title across the whole index, which
-- every commit then wrote to the WAL. The by-fingerprint candidates
-- (storespeed_dedup.go) ask dedup_key = ? AND fingerprint IN (...) AND
-- source <> ?: the same equality lookups, on both columns.
-- listings_open (source, closed_at) goes: every query of a source's
-- listings asks for the open ones (closed_at IS NULL), which the partial
-- index listings_source_company (0012) holds with the source first.
DROP INDEX IF EXISTS listings_fingerprint;
CREATE INDEX listings_fingerprint ON listings (dedup_key, fingerprint, source) WHERE fingerprint <> '';
DROP INDEX IF EXISTS listings_open;
