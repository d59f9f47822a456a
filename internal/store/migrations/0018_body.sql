-- The listing's description as HTML and as text leave the data JSON for
-- a column of their own, compressed (body.go): they were about 4 of a
-- crawl listing's 5.5 KB, written on every insert and update (to the WAL,
-- then the database) and hashed into content_hash, though no query reads
-- them. A NULL body is a listing without either text. The rows stored
-- before are converted after this file, in the same transaction, by the
-- store's Go step of 0018 (migrate_body.go: SQL has no compressor), which
-- also takes their content hashes anew (rowHash).
ALTER TABLE listings ADD COLUMN body BLOB;
