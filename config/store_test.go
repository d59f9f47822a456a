package config

import (
	"strings"
	"testing"
)

func TestStoreDSN(t *testing.T) {
	p := write(t, "store:\n  dsn: \"sqlite:/tmp/g.db\"\n")
	for _, tt := range []struct {
		env, want, err string
	}{
		{"", "sqlite:/tmp/g.db", ""},
		{"postgres://gigscout@db/gigscout", "postgres://gigscout@db/gigscout", ""},
		{"postgresql://u@h/db", "postgresql://u@h/db", ""},
		{"mysql://u:hunter2@h/db", "", `store.dsn: "mysql://u:xxxxx@h/db" is neither sqlite:PATH nor postgres://...`},
		{"sqlite:", "", "store.dsn"},
	} {
		env := map[string]string{"GIGSCOUT_STORE_DSN": tt.env}
		cfg, err := Load(p, func(k string) string { return env[k] })
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) || strings.Contains(err.Error(), "hunter2") {
				t.Errorf("GIGSCOUT_STORE_DSN=%q: %v, want an error with %q", tt.env, err, tt.err)
			}
			continue
		}
		if err != nil || cfg.Store.DSN != tt.want {
			t.Errorf("GIGSCOUT_STORE_DSN=%q: dsn %q, %v; want %q", tt.env, cfg.Store.DSN, err, tt.want)
		}
	}
	if cfg, err := LoadData(Shipped, "gigscout.yaml", func(string) string { return "" }); err != nil || cfg.Store.DSN != "" {
		t.Errorf("shipped store.dsn = %q, %v; want empty (gigscout.db in data_dir)", cfg.Store.DSN, err)
	}
}
