package store

import (
	"bytes"
	"context"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
)

// An upgrade of an existing store says so before its migrations run (one
// may rebuild a large table) and when they are done; a new store, or one
// already up to date, logs nothing.
func TestMigrationUpgradeLogged(t *testing.T) {
	ctx := context.Background()
	open := func(path string) string {
		t.Helper()
		var buf bytes.Buffer
		st, err := OpenWith(ctx, "sqlite:"+path, Options{Logger: slog.New(slog.NewTextHandler(&buf, nil))})
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}

	old := filepath.Join(t.TempDir(), "old.db")
	s, _ := openSchemaAt(t, old, 16)
	if err := s.db.Close(); err != nil {
		t.Fatal(err)
	}
	got := open(old)
	for _, want := range []string{"store: upgrading the schema", "0017_data_last.sql", "store: schema upgraded"} {
		if !strings.Contains(got, want) {
			t.Errorf("upgrading a 0016 store logged %q, want it to hold %q", got, want)
		}
	}
	if got := open(old); got != "" {
		t.Errorf("reopening an upgraded store logged %q, want nothing", got)
	}
	if got := open(filepath.Join(t.TempDir(), "new.db")); got != "" {
		t.Errorf("creating a store logged %q, want nothing", got)
	}
}
