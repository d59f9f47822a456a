-- Digest subscriptions (double opt-in) and the digest ledger.
-- A subscription is one address's saved search; status is pending until
-- the address confirms, then active; unsubscribed keeps the row (and its
-- ledger) so a later subscribe starts again from pending; failed means
-- the mail server refused the address permanently (5xx).
CREATE TABLE subscriptions (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL,
    query         TEXT NOT NULL,           -- the search API's parameters, encoded
    frequency     TEXT NOT NULL CHECK (frequency IN ('daily', 'weekly')),
    hour          INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    timezone      TEXT NOT NULL,
    status        TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'active', 'unsubscribed', 'failed')),
    paused        INTEGER NOT NULL DEFAULT 0,
    token_key     TEXT NOT NULL,           -- random; signs this subscription's links, replaced on re-subscribe
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    confirm_sent_at INTEGER,
    confirmed_at  INTEGER,
    last_slot     INTEGER,                 -- the local send time the last digest was for
    covered_until INTEGER,                 -- listings first seen before this were considered
    last_sent_at  INTEGER,
    failures      INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT NOT NULL DEFAULT '',
    UNIQUE (email, query)
);
CREATE INDEX subscriptions_status ON subscriptions (status, paused);

-- One row per digest e-mail. A digest is written (pending) with its ledger
-- rows in one transaction before the SMTP transaction, and marked sent
-- after; a pending digest left by a crash is sent again with the same
-- message_id.
CREATE TABLE digests (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    message_id      TEXT NOT NULL UNIQUE,
    slot            INTEGER NOT NULL,
    window_from     INTEGER NOT NULL,
    window_to       INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    error           TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER
);
CREATE INDEX digests_subscription ON digests (subscription_id, status);

-- The ledger: each listing a subscription was sent (shown, or counted in
-- "and N more"), and the other postings of its opportunity at that time
-- (dup), so no listing and no cross-source duplicate is sent twice.
CREATE TABLE digest_ledger (
    subscription_id INTEGER NOT NULL REFERENCES subscriptions (id) ON DELETE CASCADE,
    listing_id      TEXT NOT NULL,
    digest_id       INTEGER NOT NULL REFERENCES digests (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL CHECK (kind IN ('shown', 'more', 'dup')),
    position        INTEGER NOT NULL,
    PRIMARY KEY (subscription_id, listing_id)
);
CREATE INDEX digest_ledger_digest ON digest_ledger (digest_id, position);

-- The key that signs subscription links (created on first use).
CREATE TABLE digest_keys (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    key BLOB NOT NULL
);

-- Digests pick listings by first sighting.
CREATE INDEX listings_first_seen ON listings (first_seen);
