-- The hash of the posting a listing was built from, with the code and
-- options that built it (ingest.Pipeline): a re-crawl that finds a posting
-- unchanged moves its last_seen without normalizing and assessing it
-- again. Empty for listings stored before: their next sighting rebuilds
-- them once.
ALTER TABLE listings ADD COLUMN posting_hash TEXT NOT NULL DEFAULT '';
