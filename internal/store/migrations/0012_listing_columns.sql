-- Columns the ingest path and /readyz read without decoding each listing's
-- JSON: company (the source-companies list, /readyz and the source pages,
-- read a covering index instead of every open listing's data; closed_at
-- is in it so SQLite reads the index alone) and
-- own_flags (the listing's own red flags, cut to id, family and severity:
-- what the cross-listing recompute combines with its flags into a risk).
ALTER TABLE listings ADD COLUMN company TEXT NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN own_flags TEXT NOT NULL DEFAULT '[]';
UPDATE listings SET
    company = COALESCE(json_extract(data, '$.company'), ''),
    own_flags = COALESCE(json_extract(data, '$.flags'), '[]');
CREATE INDEX listings_source_company ON listings (source, company, closed_at) WHERE closed_at IS NULL;
