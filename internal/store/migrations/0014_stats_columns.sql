-- The /stats figures read plain columns, not the listing's JSON. The
-- covering index of 0010 had SQLite evaluate seven JSON expressions over
-- each listing's data (about 4 KB) on every insert and update, and again
-- over the old data to find the entry an update replaces. The store now
-- writes what those expressions gave beside the data (Upsert, from the
-- listing itself):
--   job_type   json_extract(data, '$.type')
--   paid       the search API's paid=true (pay stated, above zero, not
--              unpaid) as 0 or 1
--   hourly_usd json_extract(data, '$.pay.hourly_usd'), NULL when absent
--   skills     the skills array as JSON ('[]' for none)
-- and the flags' families and severities are read from own_flags (0012).
-- The listings stored before are filled here with the old expressions.
ALTER TABLE listings ADD COLUMN job_type TEXT;
ALTER TABLE listings ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE listings ADD COLUMN hourly_usd REAL;
ALTER TABLE listings ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
UPDATE listings SET
    job_type = json_extract(data, '$.type'),
    paid = COALESCE(json_type(data, '$.pay') = 'object' AND COALESCE(json_extract(data, '$.unpaid'), 0) = 0 AND json_extract(data, '$.pay.max') > 0, 0),
    hourly_usd = json_extract(data, '$.pay.hourly_usd'),
    skills = CASE json_type(data, '$.skills') WHEN 'array' THEN json_extract(data, '$.skills') ELSE '[]' END;
DROP INDEX IF EXISTS listings_stats;
CREATE INDEX listings_stats ON listings (duplicate_of, closed_at, first_seen, source, job_type, paid, hourly_usd, skills, own_flags);
