-- Career-office widget keys. The key a career office pastes is
-- "wk_<id>.<signature>"; only the id is stored (the signature is
-- recomputed from the server's secret). origins is a JSON array of
-- "scheme://host[:port]"; presets is the locked search filters as a URL
-- query string in the search API's own parameter names.
CREATE TABLE widget_keys (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    origins    TEXT NOT NULL DEFAULT '[]',
    presets    TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER
);

-- Searches and result clicks per key per UTC day (YYYY-MM-DD).
CREATE TABLE widget_daily (
    key_id   TEXT NOT NULL REFERENCES widget_keys (id),
    day      TEXT NOT NULL,
    searches INTEGER NOT NULL DEFAULT 0,
    clicks   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day)
);
