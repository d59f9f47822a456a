-- Cross-listing flags (SCAM_TEMPLATE_REUSE, computed by comparing the open
-- listings): kept beside the listing's data like the duplicate links, so a
-- crawl's upsert never clears them and never counts them as a content
-- change. corpus_risk is the listing's risk with them ('' without them).
ALTER TABLE listings ADD COLUMN corpus_flags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE listings ADD COLUMN corpus_risk TEXT NOT NULL DEFAULT '';
