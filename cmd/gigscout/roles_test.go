package main

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/config"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// Role and worker mistakes are usage or configuration errors (exit 2)
// naming the flag or the key.
func TestRoleErrors(t *testing.T) {
	b := newBoard(t, boardFile)
	cfg, _ := writeConfig(t, b.srv.URL)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"serve", "--role", "reader"}, `serve: invalid value "reader" for flag --role: want all, search or worker`},
		{[]string{"worker"}, "store.dsn: gigscout worker needs a PostgreSQL store"},
		{[]string{"serve", "--role", "worker"}, "store.dsn: gigscout worker needs a PostgreSQL store"},
	}
	for _, tt := range tests {
		code, _, errs := gigscout(t, append([]string{"--config", cfg}, tt.args...)...)
		if code != 2 || !strings.Contains(errs, tt.want) {
			t.Errorf("%q: exit %d, stderr %q; want 2 and %q", tt.args, code, errs, tt.want)
		}
	}
	if code, _, errs := gigscout(t, "worker", "--help"); code != 0 || !strings.Contains(errs, "gigscout worker [--listen ADDR]") {
		t.Errorf("worker --help: exit %d %q", code, errs)
	}
}

// serve (role all) on a PostgreSQL store crawls through the queue: the due
// source is crawled once, its listings are searchable, the lag metric is 0
// and no in-process crawl schedule exists.
func TestServeAllOnPostgres(t *testing.T) {
	dsn := storetest.PostgresDSN(t)
	b := newBoard(t, boardFile)
	path, _ := writeConfig(t, b.srv.URL)
	cfg, err := config.Load(path, func(k string) string {
		if k == "GIGSCOUT_STORE_DSN" {
			return dsn
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	m, err := Open(ctx, cfg, discardLogger(), OpenOptions{Index: true, Command: "serve"})
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	if err := m.Run(ctx); err != nil {
		t.Fatal(err)
	}
	if m.Queue == nil {
		t.Fatal("no queue with a PostgreSQL store")
	}
	if next := m.sched.Next("crawl:brightpath"); !next.IsZero() {
		t.Errorf("an in-process crawl schedule exists beside the queue (next %v)", next)
	}
	waitUntil(t, 60*time.Second, "the queue's crawl and the index to catch up", func() bool {
		st, err := m.Store.SourceStat(ctx, "brightpath")
		if err != nil || st.LastSuccess == nil {
			return false
		}
		m.CatchUp(ctx)
		lag, err := m.indexLag(ctx)
		return err == nil && lag == 0 && m.readyCheck(ctx) == nil
	})
	_, open, err := m.Store.Count(ctx)
	if err != nil || open == 0 {
		t.Fatalf("open listings %d, %v", open, err)
	}
	code, body := httpGet("http://" + m.Addr() + "/metrics")
	if code != 200 || !strings.Contains(string(body), "gigscout_index_lag_seq 0") {
		t.Errorf("/metrics: %d, lag line missing or not 0", code)
	}
}
