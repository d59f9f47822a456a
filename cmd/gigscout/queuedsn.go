package main

import (
	"os"
	"strings"

	"github.com/gigscout/gigscout/config"
)

// queueDSN is the PostgreSQL DSN of the store, where the crawl queue
// lives; "" for a SQLite store (crawls then run in serve's own scheduler).
//
// TODO(worker): read store.dsn once branch pgstore (which adds it) is
// merged; until then GIGSCOUT_STORE_DSN alone.
func queueDSN(cfg *config.Config) string {
	dsn := os.Getenv("GIGSCOUT_STORE_DSN")
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		return dsn
	}
	return ""
}
