-- PostgreSQL port of ../0002_duplicates.sql.
ALTER TABLE listings ADD COLUMN duplicate_of TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN also_at TEXT NOT NULL DEFAULT '[]';
