-- Near-duplicate detection: postings of one employer and remote regions
-- (dedup_key) are one opportunity when their titles match (fingerprint) or
-- their texts are near duplicates (text_simhash, a 64-bit SimHash stored
-- as a signed integer).
ALTER TABLE listings ADD COLUMN dedup_key TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN text_simhash INTEGER NOT NULL DEFAULT 0;
CREATE INDEX listings_dedup_key ON listings (dedup_key) WHERE dedup_key <> '';
