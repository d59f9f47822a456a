-- PostgreSQL port of ../0012_listing_columns.sql.
ALTER TABLE listings ADD COLUMN company TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE listings ADD COLUMN own_flags TEXT NOT NULL DEFAULT '[]';
UPDATE listings SET
    company = COALESCE(data #>> '{company}', ''),
    own_flags = COALESCE(NULLIF(data #> '{flags}', 'null'::jsonb), '[]'::jsonb)::text;
CREATE INDEX listings_source_company ON listings (source, company, closed_at) WHERE closed_at IS NULL;
