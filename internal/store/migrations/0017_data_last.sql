-- The listing's JSON (data, about 4 KB) moves to the end of the row.
-- SQLite stores a row's columns in order and puts what does not fit on the
-- table's page in a chain of overflow pages: data was the seventh column,
-- so every column after it (first_seen, last_seen, closed_at, seq and all
-- those added since 0001) lay on the chain, and a query reading any of
-- them (the change feed, the corpus rows, Upsert's stored states, the
-- close of unseen listings) read each row's overflow pages to reach it,
-- and an update of one of them wrote the last overflow page again. With
-- data last they are on the table's page; only readers of data walk the
-- chain. The table is rebuilt: the same columns, rows, rowids and indexes.
CREATE TABLE listings_new (
    id           TEXT PRIMARY KEY,
    source       TEXT NOT NULL,
    external_id  TEXT NOT NULL,
    fingerprint  TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    risk         TEXT NOT NULL DEFAULT 'low',
    first_seen   INTEGER NOT NULL,
    last_seen    INTEGER NOT NULL,
    closed_at    INTEGER,
    seq          INTEGER NOT NULL,
    duplicate_of TEXT NOT NULL DEFAULT '',
    also_at      TEXT NOT NULL DEFAULT '[]',
    dedup_key    TEXT NOT NULL DEFAULT '',
    text_simhash INTEGER NOT NULL DEFAULT 0,
    sim_b0       INTEGER NOT NULL DEFAULT -1,
    sim_b1       INTEGER NOT NULL DEFAULT -1,
    sim_b2       INTEGER NOT NULL DEFAULT -1,
    sim_b3       INTEGER NOT NULL DEFAULT -1,
    corpus_flags TEXT NOT NULL DEFAULT '[]',
    corpus_risk  TEXT NOT NULL DEFAULT '',
    company      TEXT NOT NULL DEFAULT '',
    own_flags    TEXT NOT NULL DEFAULT '[]',
    posting_hash TEXT NOT NULL DEFAULT '',
    job_type     TEXT,
    paid         INTEGER NOT NULL DEFAULT 0,
    hourly_usd   REAL,
    skills       TEXT NOT NULL DEFAULT '[]',
    data         TEXT NOT NULL
);
INSERT INTO listings_new (rowid, id, source, external_id, fingerprint, content_hash, risk, first_seen, last_seen, closed_at, seq,
    duplicate_of, also_at, dedup_key, text_simhash, sim_b0, sim_b1, sim_b2, sim_b3, corpus_flags, corpus_risk, company, own_flags,
    posting_hash, job_type, paid, hourly_usd, skills, data)
SELECT rowid, id, source, external_id, fingerprint, content_hash, risk, first_seen, last_seen, closed_at, seq,
    duplicate_of, also_at, dedup_key, text_simhash, sim_b0, sim_b1, sim_b2, sim_b3, corpus_flags, corpus_risk, company, own_flags,
    posting_hash, job_type, paid, hourly_usd, skills, data
FROM listings ORDER BY rowid;
DROP TABLE listings;
ALTER TABLE listings_new RENAME TO listings;
CREATE UNIQUE INDEX listings_seq ON listings (seq);
CREATE UNIQUE INDEX listings_source_ext ON listings (source, external_id);
CREATE INDEX listings_first_seen ON listings (first_seen);
CREATE INDEX listings_dedup_b0 ON listings (dedup_key, sim_b0);
CREATE INDEX listings_dedup_b1 ON listings (dedup_key, sim_b1);
CREATE INDEX listings_dedup_b2 ON listings (dedup_key, sim_b2);
CREATE INDEX listings_dedup_b3 ON listings (dedup_key, sim_b3);
CREATE INDEX listings_source_company ON listings (source, company, closed_at) WHERE closed_at IS NULL;
CREATE INDEX listings_stats ON listings (duplicate_of, closed_at, first_seen, source, job_type, paid, hourly_usd, skills, own_flags);
CREATE INDEX listings_fingerprint ON listings (dedup_key, fingerprint, source) WHERE fingerprint <> '';
