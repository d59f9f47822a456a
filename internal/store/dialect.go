package store

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
)

// dialect is where the store's SQL differs between SQLite and PostgreSQL.
// Everything else (the queries, the write gate, the seq counter, the
// migration versions) is one code path for both, so the two cannot
// drift. Placeholders are written SQLite's way ("?", "?N"); the PostgreSQL
// connection rewrites them to "$N" (rebind) under every query.
type dialect struct {
	name       string
	migrations string // embedded directory of its migrations
	// migrationsTable creates the table of applied migrations.
	migrationsTable string

	// migrateLocked runs fn holding the migration lock (PostgreSQL: an
	// advisory lock, so concurrent migrators do not race; SQLite: its own
	// write lock is enough).
	migrateLocked func(ctx context.Context, db *sql.DB, fn func(context.Context, execer) error) error
	// lockWrites runs first in every write transaction: PostgreSQL locks
	// the seq row so that write transactions take turns, like SQLite's
	// (see write.go); nil for SQLite (BEGIN IMMEDIATE does it).
	lockWrites string
	// isBusy reports a lock wait to retry (write.go).
	isBusy func(error) bool

	// jsonText is the text at a JSON path ("$.a.b") of column col, NULL
	// when absent.
	jsonText func(col, path string) string
	// jsonFields is the JSON array of the values at paths of col.
	jsonFields func(col string, paths ...string) string
	// candidateKey is the dedup_key condition of the candidate query
	// (an equality on listings_fingerprint's first column, 0016).
	candidateKey string
	// collateC follows an ORDER BY on text to order by bytes, as SQLite
	// does ("" for SQLite).
	collateC string
	// skillIsText keeps the text elements sk of the skills array.
	skillIsText string
	// skillOrder orders top skills of one count by name.
	skillOrder string
	stats      *statsSQL
}

// rebind rewrites SQLite placeholders ("?" and "?N") as PostgreSQL's
// ("$N"), leaving string literals, quoted names and comments alone.
func (d *dialect) rebind(q string) string {
	if d.name != Postgres {
		return q
	}
	return rebindDollar(q)
}

var rebound sync.Map // query -> rebound query

func rebindDollar(q string) string {
	if !strings.Contains(q, "?") {
		return q
	}
	if v, ok := rebound.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		c := q[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(q) {
				if q[j] == c {
					if j+1 < len(q) && q[j+1] == c { // doubled quote
						j += 2
						continue
					}
					break
				}
				j++
			}
			b.WriteString(q[i:min(j+1, len(q))])
			i = j
		case c == '-' && i+1 < len(q) && q[i+1] == '-':
			j := strings.IndexByte(q[i:], '\n')
			if j < 0 {
				j = len(q) - i - 1
			}
			b.WriteString(q[i : i+j+1])
			i += j
		case c == '/' && i+1 < len(q) && q[i+1] == '*':
			j := strings.Index(q[i+2:], "*/")
			end := len(q)
			if j >= 0 {
				end = i + 2 + j + 2
			}
			b.WriteString(q[i:end])
			i = end - 1
		case c == '?':
			j := i + 1
			for j < len(q) && q[j] >= '0' && q[j] <= '9' {
				j++
			}
			b.WriteByte('$')
			if j > i+1 {
				b.WriteString(q[i+1 : j])
			} else {
				n++
				b.WriteString(strconv.Itoa(n))
			}
			i = j - 1
		default:
			b.WriteByte(c)
		}
	}
	out := b.String()
	rebound.Store(q, out)
	return out
}

var sqliteDialect = &dialect{
	name:            SQLite,
	migrations:      "migrations",
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at INTEGER NOT NULL)`,
	migrateLocked: func(ctx context.Context, db *sql.DB, fn func(context.Context, execer) error) error {
		return fn(ctx, db)
	},
	isBusy: isSQLiteBusy,
	jsonText: func(col, path string) string {
		return "json_extract(" + col + ", '" + path + "')"
	},
	jsonFields: func(col string, paths ...string) string {
		return "json_extract(" + col + ", '" + strings.Join(paths, "', '") + "')"
	},
	candidateKey: "dedup_key = ?1",
	skillIsText:  "sk.type = 'text'",
	skillOrder:   "1",
	stats:        sqliteStats,
}

// pgPath is a "$.a.b" path as PostgreSQL's text array '{a,b}'.
func pgPath(path string) string {
	return "'{" + strings.ReplaceAll(strings.TrimPrefix(path, "$."), ".", ",") + "}'"
}

var postgresDialect = &dialect{
	name:            Postgres,
	migrations:      "migrations/postgres",
	migrationsTable: `CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, applied_at BIGINT NOT NULL)`,
	migrateLocked:   pgMigrateLocked,
	lockWrites:      `SELECT value FROM seq WHERE id = 1 FOR UPDATE`,
	isBusy:          isPostgresBusy,
	jsonText: func(col, path string) string {
		return "(" + col + " #>> " + pgPath(path) + ")"
	},
	jsonFields: func(col string, paths ...string) string {
		parts := make([]string, len(paths))
		for i, p := range paths {
			parts[i] = col + " #> " + pgPath(p)
		}
		return "jsonb_build_array(" + strings.Join(parts, ", ") + ")"
	},
	candidateKey: "dedup_key = ?1",
	collateC:     ` COLLATE "C"`,
	skillIsText:  "jsonb_typeof(sk.value) = 'string'",
	skillOrder:   `(sk.value #>> '{}') COLLATE "C"`,
	stats:        postgresStats,
}
