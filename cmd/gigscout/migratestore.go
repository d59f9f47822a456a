package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"text/tabwriter"

	"github.com/gigscout/gigscout/internal/store"
)

func init() {
	commandHelp["migrate-store"] = struct{ Usage, Summary, Examples string }{
		"gigscout migrate-store --from DSN --to DSN [--batch N]",
		"Copy a whole store (listings with their change seq, runs, duplicates, widget keys, subscriptions,\n" +
			"digests and ledger) to another, e.g. SQLite to PostgreSQL. Re-running an interrupted copy\n" +
			"continues it and never duplicates a row; the copy ends by comparing every table's row count\n" +
			"(a difference names the table and exits 1). Stop the servers and crawls writing the source first.",
		"gigscout migrate-store --from sqlite:./data/gigscout.db --to postgres://gigscout@db.internal/gigscout",
	}
}

type migrateStoreCmd struct {
	From  string `name:"from" placeholder:"DSN" help:"the store to copy: sqlite:PATH or postgres://..."`
	To    string `name:"to" placeholder:"DSN" help:"the store to copy into (created and migrated if needed)"`
	Batch int    `name:"batch" default:"1000" placeholder:"N" help:"rows per transaction"`
}

func (c *migrateStoreCmd) Run(ctx context.Context, e *env) error {
	o, err := newMigrateStoreOptions(c.From, c.To, c.Batch)
	if err != nil {
		return err
	}
	return migrateStore(ctx, o, e.stdout, e.log)
}

// migrateStoreOptions are `gigscout migrate-store`'s.
type migrateStoreOptions struct {
	From, To string
	Batch    int
}

func newMigrateStoreOptions(from, to string, batch int) (migrateStoreOptions, error) {
	o := migrateStoreOptions{From: from, To: to, Batch: batch}
	for _, f := range []struct{ flag, dsn string }{{"--from", from}, {"--to", to}} {
		if f.dsn == "" {
			return o, usagef("migrate-store: %s DSN is required (sqlite:PATH or postgres://...)", f.flag)
		}
		if _, _, err := store.ParseDSN(f.dsn); err != nil {
			return o, usagef("migrate-store: %s: %s", f.flag, strings.TrimPrefix(err.Error(), "store: "))
		}
	}
	if from == to {
		return o, usagef("migrate-store: --from and --to name the same store")
	}
	if batch < 1 || batch > 100000 {
		return o, usagef("migrate-store: --batch must be between 1 and 100000, got %d", batch)
	}
	return o, nil
}

// migrateStore copies the store o.From into o.To and prints each table's
// row counts.
func migrateStore(ctx context.Context, o migrateStoreOptions, out io.Writer, log *slog.Logger) error {
	from, err := store.Open(ctx, o.From)
	if err != nil {
		return fmt.Errorf("migrate-store: --from: %w", err)
	}
	defer from.Close()
	to, err := store.Open(ctx, o.To)
	if err != nil {
		return fmt.Errorf("migrate-store: --to: %w", err)
	}
	defer to.Close()
	log.Info("copying store", "from", store.Redact(o.From), "to", store.Redact(o.To))
	counts, err := store.Copy(ctx, from, to, store.CopyOptions{BatchSize: o.Batch, Logger: log})
	var mismatch *store.CountMismatchError
	if err != nil && !errors.As(err, &mismatch) {
		return fmt.Errorf("migrate-store: %w (run it again to continue)", err)
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "TABLE\tSOURCE\tTARGET\t")
	for _, c := range counts {
		fmt.Fprintf(tw, "%s\t%d\t%d\t\n", c.Table, c.Source, c.Target)
	}
	tw.Flush()
	if mismatch != nil {
		return fmt.Errorf("migrate-store: %w", mismatch)
	}
	fmt.Fprintln(out, "store copied; every table's row count matches")
	return nil
}
