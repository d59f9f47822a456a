-- PostgreSQL port of ../0007_corpus_flags.sql.
ALTER TABLE listings ADD COLUMN corpus_flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE listings ADD COLUMN corpus_risk TEXT NOT NULL DEFAULT '';
