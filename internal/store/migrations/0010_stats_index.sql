-- The /stats figures: one covering index over what they read, so that
-- the dashboard's aggregates read the index, not every listing's JSON
-- (the expressions must match internal/store/stats.go's exactly).
CREATE INDEX listings_stats ON listings (
    duplicate_of, closed_at, first_seen, source,
    json_extract(data, '$.type'),
    json_type(data, '$.pay'),
    json_extract(data, '$.unpaid'),
    json_extract(data, '$.pay.max'),
    json_extract(data, '$.pay.hourly_usd'),
    json_extract(data, '$.skills'),
    json_extract(data, '$.flags')
);
