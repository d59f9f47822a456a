-- Listings: one row per (source, external id). data is the listing as JSON
-- (model.Listing); the columns beside it are what queries need.
CREATE TABLE listings (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    fingerprint  TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    risk         TEXT NOT NULL DEFAULT 'low',
    data         TEXT NOT NULL,
    first_seen   INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL,
    closed_at    INTEGER,
    seq          INTEGER NOT NULL
);
CREATE UNIQUE INDEX listings_seq ON listings (seq);
CREATE UNIQUE INDEX listings_source_ext ON listings (source, external_id);
CREATE INDEX listings_open ON listings (source, closed_at);
CREATE INDEX listings_fingerprint ON listings (fingerprint) WHERE fingerprint <> '';

-- The change counter: every insert, update, close or reopen takes the next value.
CREATE TABLE seq (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
INSERT INTO seq (id, value) VALUES (1, 0);

-- Crawl runs.
CREATE TABLE runs (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    source      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    fetched     INTEGER NOT NULL DEFAULT 0,
    new         INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    unchanged   INTEGER NOT NULL DEFAULT 0,
    closed      INTEGER NOT NULL DEFAULT 0,
    flagged     INTEGER NOT NULL DEFAULT 0,
    errors      INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX runs_source ON runs (source, started_at);

-- HTTP validators for conditional GETs.
CREATE TABLE http_validators (
    url           TEXT PRIMARY KEY,
    etag          TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    updated_at    INTEGER NOT NULL
);
