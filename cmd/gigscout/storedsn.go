package main

import (
	"path/filepath"

	"github.com/gigscout/gigscout/config"
)

// storeDSN is the store the configuration names: store.dsn (env
// GIGSCOUT_STORE_DSN), or the SQLite file gigscout.db in data_dir.
func storeDSN(cfg *config.Config) string {
	if cfg.Store.DSN != "" {
		return cfg.Store.DSN
	}
	return "sqlite:" + filepath.Join(cfg.DataDir, "gigscout.db")
}
