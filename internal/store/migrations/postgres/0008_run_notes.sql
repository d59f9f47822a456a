-- PostgreSQL port of ../0008_run_notes.sql. rowid keeps the notes' order.
CREATE TABLE run_notes (
    run_id BIGINT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
    note   TEXT NOT NULL,
    rowid  BIGINT GENERATED ALWAYS AS IDENTITY
);
CREATE INDEX run_notes_run ON run_notes(run_id, rowid);
