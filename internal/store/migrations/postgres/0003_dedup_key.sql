-- PostgreSQL port of ../0003_dedup_key.sql (its partial index is dropped by
-- 0006 there; it is not made here).
ALTER TABLE listings ADD COLUMN dedup_key TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN text_simhash BIGINT NOT NULL DEFAULT 0;
