-- Cross-source duplicates: kept beside the listing's data so that a
-- crawl's upsert (which knows nothing of other sources) never clears them
-- and never counts them as a content change.
ALTER TABLE listings ADD COLUMN duplicate_of TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN also_at TEXT NOT NULL DEFAULT '[]';
