-- PostgreSQL port of ../0017_data_last.sql: nothing to do. PostgreSQL
-- keeps a large value such as data out of the row (TOAST), so the columns
-- after it are read without it, and an update of them keeps the stored
-- value as it is.
SELECT 1;
