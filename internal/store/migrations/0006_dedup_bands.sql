-- The cross-source dedup lookup on indexes. Two 64-bit SimHashes at most
-- 3 bits apart agree exactly on at least one of their four 16-bit bands
-- (pigeonhole), so the near-duplicate candidates of a listing are the rows
-- of its dedup_key sharing a band: four indexed lookups instead of a scan
-- of every listing of the employer. A band is -1 when the text has no
-- SimHash (0), which never matches.
ALTER TABLE listings ADD COLUMN sim_b0 INTEGER NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b1 INTEGER NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b2 INTEGER NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b3 INTEGER NOT NULL DEFAULT -1;
UPDATE listings SET
    sim_b0 = text_simhash & 65535,
    sim_b1 = (text_simhash >> 16) & 65535,
    sim_b2 = (text_simhash >> 32) & 65535,
    sim_b3 = (text_simhash >> 48) & 65535
WHERE text_simhash <> 0;
-- The partial index of 0003 is not used by `dedup_key = ?` (SQLite cannot
-- prove a bound parameter is not ''); these are plain composite indexes.
DROP INDEX IF EXISTS listings_dedup_key;
CREATE INDEX listings_dedup_b0 ON listings (dedup_key, sim_b0);
CREATE INDEX listings_dedup_b1 ON listings (dedup_key, sim_b1);
CREATE INDEX listings_dedup_b2 ON listings (dedup_key, sim_b2);
CREATE INDEX listings_dedup_b3 ON listings (dedup_key, sim_b3);
