package main

import (
	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/store"
)

// queueDSN is the PostgreSQL DSN of the store (store.dsn), where the crawl
// queue lives; "" for a SQLite store (crawls then run in serve's own
// scheduler).
func queueDSN(cfg *config.Config) string {
	kind, target, err := store.ParseDSN(storeDSN(cfg))
	if err != nil || kind != store.Postgres {
		return ""
	}
	return target
}
