-- PostgreSQL port of ../0004_widget_keys.sql. rowid stands in for SQLite's
-- implicit one: keys are listed in creation order.
CREATE TABLE widget_keys (
    id         TEXT COLLATE "C" PRIMARY KEY,
    name       TEXT NOT NULL,
    origins    TEXT NOT NULL DEFAULT '[]',
    presets    TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    expires_at BIGINT,
    revoked_at BIGINT,
    rowid      BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
);

CREATE TABLE widget_daily (
    key_id   TEXT COLLATE "C" NOT NULL REFERENCES widget_keys (id),
    day      TEXT COLLATE "C" NOT NULL,
    searches BIGINT NOT NULL DEFAULT 0,
    clicks   BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (key_id, day)
);
