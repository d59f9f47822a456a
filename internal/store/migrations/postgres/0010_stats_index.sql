-- PostgreSQL counterpart of ../0010_stats_index.sql (SQLite's covering
-- index over JSON expressions): the stats read the open, canonical
-- listings, so index those rows by first sighting.
CREATE INDEX listings_stats ON listings (first_seen, source) WHERE duplicate_of = '' AND closed_at IS NULL;
