package store

import "strconv"

// SQLite connection settings for the write path (issue 15), added to the
// DSN of every connection the store opens:
//
//   - a statement cache: each connection keeps up to sqliteStmtCache
//     compiled statements, by SQL text, for the statements run unprepared
//     (Exec and Query with arguments). Upsert, its relink and SeenUnchanged
//     run theirs that way, so the 100-row INSERT and the grouped candidate
//     query (about 0.9 ms of CPU each to compile, once per transaction
//     when they were prepared in it) are compiled once per connection.
//     An explicit Prepare bypasses the cache: prepare only what runs many
//     times in one transaction and is cheap to compile.
//   - a page cache of sqliteCacheKiB per connection (SQLite's default is
//     2,000 KiB): a 200-listing transaction dirties 450 to 900 pages
//     (1.8 to 3.6 MB), so with the default the index pages it reads are
//     evicted by the table pages it writes and are read again, through a
//     system call each, on the next batch.
//
// The journal settings (WAL, synchronous NORMAL, immediate transactions,
// the busy timeout) are openSQLite's and unchanged; the WAL's automatic
// checkpoint stays at SQLite's 1,000 pages.
const (
	sqliteStmtCache = 64
	sqliteCacheKiB  = 16384
)

// sqliteWriteParams are the DSN parameters of the settings above.
func sqliteWriteParams() string {
	return "&_stmt_cache_size=" + strconv.Itoa(sqliteStmtCache) + "&_cache_size=-" + strconv.Itoa(sqliteCacheKiB)
}
