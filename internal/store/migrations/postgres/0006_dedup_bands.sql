-- PostgreSQL port of ../0006_dedup_bands.sql.
ALTER TABLE listings ADD COLUMN sim_b0 BIGINT NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b1 BIGINT NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b2 BIGINT NOT NULL DEFAULT -1;
ALTER TABLE listings ADD COLUMN sim_b3 BIGINT NOT NULL DEFAULT -1;
UPDATE listings SET
    sim_b0 = text_simhash & 65535,
    sim_b1 = (text_simhash >> 16) & 65535,
    sim_b2 = (text_simhash >> 32) & 65535,
    sim_b3 = (text_simhash >> 48) & 65535
WHERE text_simhash <> 0;
CREATE INDEX listings_dedup_b0 ON listings (dedup_key, sim_b0);
CREATE INDEX listings_dedup_b1 ON listings (dedup_key, sim_b1);
CREATE INDEX listings_dedup_b2 ON listings (dedup_key, sim_b2);
CREATE INDEX listings_dedup_b3 ON listings (dedup_key, sim_b3);
