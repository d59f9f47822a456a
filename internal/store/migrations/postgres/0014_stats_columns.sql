-- PostgreSQL port of ../0014_stats_columns.sql: the same columns, written
-- by the same Upsert, filled here with the PostgreSQL stats' expressions
-- for the listings stored before. (PostgreSQL's stats still read the
-- JSONB data; its listings_stats index of 0010 is unchanged.)
ALTER TABLE listings ADD COLUMN job_type TEXT COLLATE "C";
ALTER TABLE listings ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
ALTER TABLE listings ADD COLUMN hourly_usd DOUBLE PRECISION;
ALTER TABLE listings ADD COLUMN skills TEXT NOT NULL DEFAULT '[]';
UPDATE listings SET
    job_type = data #>> '{type}',
    paid = CASE WHEN jsonb_typeof(data -> 'pay') = 'object' AND COALESCE((data ->> 'unpaid')::boolean, false) = false AND
        COALESCE(CASE WHEN jsonb_typeof(data #> '{pay,max}') = 'number' THEN (data #>> '{pay,max}')::float8 END, 0) > 0 THEN 1 ELSE 0 END,
    hourly_usd = CASE WHEN jsonb_typeof(data #> '{pay,hourly_usd}') = 'number' THEN (data #>> '{pay,hourly_usd}')::float8 END,
    skills = CASE WHEN jsonb_typeof(data -> 'skills') = 'array' THEN (data -> 'skills')::text ELSE '[]' END;
