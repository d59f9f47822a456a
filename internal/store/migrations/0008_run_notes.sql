-- What a crawl run changed in its postings to keep them safe and bounded
-- (a field cut to its cap, a javascript: link dropped), one row a note.
CREATE TABLE run_notes (
    run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    note   TEXT NOT NULL
);
CREATE INDEX run_notes_run ON run_notes(run_id);
