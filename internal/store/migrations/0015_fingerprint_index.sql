-- The dedup's by-fingerprint candidates (storespeed_dedup.go) are the rows
-- of a title on another board of the same employer: fingerprint IN (...)
-- AND source <> ? AND dedup_key = ?. On 0001's index of the fingerprint
-- alone SQLite read every row of those titles to test the source and key,
-- a board's own listings of one title included (a board that posts the
-- same title again and again read all of them on every crawl). With the
-- key and source in the index, it tests both there and reads only the
-- rows that pass.
DROP INDEX IF EXISTS listings_fingerprint;
CREATE INDEX listings_fingerprint ON listings (fingerprint, dedup_key, source) WHERE fingerprint <> '';
