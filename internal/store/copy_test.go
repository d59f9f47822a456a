package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// populate fills s through its API with a little of everything Copy
// copies: listings (new, changed, closed, cross-source duplicates,
// cross-listing flags), runs with notes, validators, widget keys with
// daily counts, subscriptions, digests with their ledger, the digest key.
func populate(t *testing.T, s *sqlStore, now *time.Time) {
	t.Helper()
	ctx := context.Background()
	var ls []*model.Listing
	for i := range 23 {
		l := listing("gh", fmt.Sprint(i), fmt.Sprintf("Data project %d", i))
		l.Company, l.DedupKey, l.Fingerprint = "Acme", "acme|US", fmt.Sprint("fp", i)
		l.Skills = []string{"Python", "SQL"}
		l.Type = model.TypeProject
		ls = append(ls, l)
	}
	if _, err := s.Upsert(ctx, ls); err != nil {
		t.Fatal(err)
	}
	*now = now.Add(time.Hour)
	dup := listing("lever", "x", "Data project 3 (repost)")
	dup.Company, dup.DedupKey, dup.Fingerprint = "Acme", "acme|US", "fp3"
	if _, err := s.Upsert(ctx, []*model.Listing{dup, listing("gh", "5", "Data project 5, changed")}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CloseMissing(ctx, "gh", map[string]struct{}{"0": {}, "1": {}, "2": {}, "3": {}, "4": {}, "5": {}}, time.Time{}); err != nil {
		t.Fatal(err)
	}
	flag := model.Flag{ID: "SCAM_TEMPLATE_REUSE", Family: model.FamilyScam, Severity: model.SeverityHigh}
	if err := s.SetCorpusFlags(ctx, map[string][]model.Flag{ls[0].ID: {flag}}, func(_, _ []model.Flag) model.Severity { return model.SeverityHigh }); err != nil {
		t.Fatal(err)
	}
	for i := range 4 {
		id, err := s.RecordRun(ctx, &Run{Source: "gh", Kind: "greenhouse", Status: "ok", StartedAt: now.Add(time.Duration(i) * time.Minute), FinishedAt: now.Add(time.Duration(i)*time.Minute + time.Second), Fetched: 23, New: i})
		if err != nil {
			t.Fatal(err)
		}
		if err := s.RecordRunNotes(ctx, id, []string{fmt.Sprint("note b of run ", id), fmt.Sprint("note a of run ", id)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SetValidators(ctx, "https://x/jobs", `"etag-1"`, "Mon, 02 Nov 2026 10:00:00 GMT"); err != nil {
		t.Fatal(err)
	}
	for i, id := range []string{"zzzzzzzzzzzzzzzzzzzzzzzz", "aaaaaaaaaaaaaaaaaaaaaaaa"} { // same second: insertion order
		k := &WidgetKey{ID: id, Name: fmt.Sprint("Office ", i), Origins: []string{"https://careers.example.edu"}, Presets: url.Values{"paid": {"true"}}}
		if err := s.CreateWidgetKey(ctx, k); err != nil {
			t.Fatal(err)
		}
		for range i + 2 {
			if err := s.RecordWidgetSearch(ctx, id, *now); err != nil {
				t.Fatal(err)
			}
		}
		if err := s.RecordWidgetClick(ctx, id, now.Add(-24*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.RevokeWidgetKey(ctx, "zzzzzzzzzzzzzzzzzzzzzzzz"); err != nil {
		t.Fatal(err)
	}
	for i, email := range []string{"a@example.org", "b@example.org", "c@example.org"} {
		sub, _, err := s.SaveSubscription(ctx, email, "q=data", Prefs{Frequency: Daily, Hour: 9, Timezone: "America/Chicago"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 2 {
			continue // pending
		}
		if err := s.ConfirmSubscription(ctx, sub.ID); err != nil {
			t.Fatal(err)
		}
		d := &Digest{SubscriptionID: sub.ID, MessageID: fmt.Sprint("m", i, "@x"), Slot: *now, WindowFrom: now.Add(-24 * time.Hour), WindowTo: *now, Total: 2}
		if err := s.CreateDigest(ctx, d, []LedgerItem{{ListingID: ls[0].ID, Kind: LedgerShown}, {ListingID: ls[1].ID, Kind: LedgerMore, Position: 1}, {ListingID: dup.ID, Kind: LedgerDup, Position: -1}}); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			if err := s.MarkDigestSent(ctx, d.ID); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.UpdateSubscription(ctx, 2, Prefs{Frequency: Weekly, Hour: 7, Timezone: "UTC"}, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DigestKey(ctx); err != nil {
		t.Fatal(err)
	}
}

// dumpTable is every row of a copied table, in key order, as text: JSON
// (the listing data, which PostgreSQL keeps as JSONB) re-encoded
// canonically, bytes as text, numbers as numbers.
func dumpTable(t *testing.T, s *sqlStore, table string) []string {
	t.Helper()
	var cols []string
	var order string
	for _, c := range copyTables {
		if c.name == table {
			cols, order = c.cols, strings.Join(c.cols[:c.nkey], ", ")
			if len(c.order) > 0 {
				order = strings.Join(c.order, ", ")
			}
		}
	}
	switch table {
	case "run_notes":
		cols, order = []string{"run_id", "note"}, "run_id, rowid"
	case "seq":
		cols, order = []string{"id", "value"}, "id"
	}
	rows, err := s.db.Query(`SELECT ` + strings.Join(cols, ", ") + ` FROM ` + table + ` ORDER BY ` + order)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	_, all := scanAnyRows(t, rows)
	for _, vals := range all {
		var b strings.Builder
		for i, v := range vals {
			if str, ok := v.(string); ok && cols[i] == "data" {
				var j any
				if err := json.Unmarshal([]byte(str), &j); err != nil {
					t.Fatal(err)
				}
				c, _ := json.Marshal(j)
				v = string(c)
			}
			fmt.Fprintf(&b, "%s=%v|", cols[i], v)
		}
		out = append(out, b.String())
	}
	return out
}

func sameStores(t *testing.T, a, b *sqlStore) {
	t.Helper()
	ctx := context.Background()
	for _, table := range CopyTables() {
		da, db := dumpTable(t, a, table), dumpTable(t, b, table)
		if !reflect.DeepEqual(da, db) {
			t.Errorf("table %s differs:\n%s: %q\n%s: %q", table, a.Backend(), da, b.Backend(), db)
		}
	}
	// And as the API reads them.
	ca, err := a.ChangesSince(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	cb, err := b.ChangesSince(ctx, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ca, cb) {
		t.Errorf("change feeds differ")
	}
	for _, f := range []func(s *sqlStore) (any, error){
		func(s *sqlStore) (any, error) { return s.Subscriptions(ctx) },
		func(s *sqlStore) (any, error) { return s.WidgetKeys(ctx) },
		func(s *sqlStore) (any, error) {
			return s.WidgetDaily(ctx, "aaaaaaaaaaaaaaaaaaaaaaaa", s.Now().Add(-72*time.Hour), s.Now())
		},
		func(s *sqlStore) (any, error) { return s.SourceStat(ctx, "gh") },
		func(s *sqlStore) (any, error) { return s.RunNotes(ctx, 2) },
		func(s *sqlStore) (any, error) { return s.DigestKey(ctx) },
		func(s *sqlStore) (any, error) { return s.Digests(ctx, 1, 10) },
		func(s *sqlStore) (any, error) { return s.Stats(ctx, StatsFilter{}, StatsOptions{}) },
		func(s *sqlStore) (any, error) { return s.CorpusRows(ctx) },
	} {
		va, err := f(a)
		if err != nil {
			t.Fatal(err)
		}
		vb, err := f(b)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(va, vb) {
			t.Errorf("read differs:\n%s: %+v\n%s: %+v", a.Backend(), va, b.Backend(), vb)
		}
	}
}

// TestCopySQLiteToPostgres: a populated SQLite store copied to PostgreSQL
// (interrupted once, then resumed, then run again) has the same rows in
// every table, reads the same through the API, and goes on from the same
// seq and ids; copied back to SQLite it is the same again.
func TestCopySQLiteToPostgres(t *testing.T) {
	ctx := context.Background()
	src, now := MustOpen(t)
	populate(t, src, now)
	dst, _ := openAt(t, storetest.PostgresDSN(t))
	dst.SetNow(src.Now)

	// Interrupted after the second batch of listings.
	ictx, cancel := context.WithCancel(ctx)
	batches := 0
	_, err := Copy(ictx, src, dst, CopyOptions{BatchSize: 5, AfterBatch: func(table string, _ int) {
		if batches++; batches == 2 {
			cancel()
		}
	}})
	cancel()
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("interrupted copy: %v, want context.Canceled", err)
	}
	if n, _, _ := dst.Count(ctx); n != 10 {
		t.Fatalf("%d listings after two batches of 5, want 10", n)
	}
	var log bytes.Buffer
	for run := range 2 { // resumed, then again: idempotent
		counts, err := Copy(ctx, src, dst, CopyOptions{BatchSize: 5})
		if err != nil {
			t.Fatalf("copy run %d: %v", run, err)
		}
		for _, c := range counts {
			fmt.Fprintf(&log, "%s %d/%d ", c.Table, c.Source, c.Target)
		}
	}
	t.Log(log.String())
	sameStores(t, src, dst)

	// Both go on alike: the next seq, run id and subscription id.
	var next [2]string
	for i, s := range []*sqlStore{src, dst} {
		if _, err := s.Upsert(ctx, []*model.Listing{listing("gh", "new", "After the copy")}); err != nil {
			t.Fatal(err)
		}
		seq, _ := s.MaxSeq(ctx)
		run, err := s.RecordRun(ctx, &Run{Source: "gh", Kind: "greenhouse", Status: "ok"})
		if err != nil {
			t.Fatal(err)
		}
		sub, _, err := s.SaveSubscription(ctx, "d@example.org", "q=x", Prefs{Frequency: Daily, Hour: 1, Timezone: "UTC"})
		if err != nil {
			t.Fatal(err)
		}
		sub.TokenKey = nil // random
		next[i] = fmt.Sprintf("seq %d, run %d, subscription %+v", seq, run, *sub)
	}
	if next[0] != next[1] {
		t.Errorf("after the copy:\n%s: %s\n%s: %s", src.Backend(), next[0], dst.Backend(), next[1])
	}
	if _, err := Copy(ctx, src, dst, CopyOptions{}); err != nil { // the token key
		t.Fatal(err)
	}
	sameStores(t, src, dst)

	back, _ := MustOpen(t)
	back.SetNow(src.Now)
	if _, err := Copy(ctx, dst, back, CopyOptions{}); err != nil {
		t.Fatalf("copy back to SQLite: %v", err)
	}
	sameStores(t, src, back)

	// A target that differs is named.
	if _, err := dst.RecordRun(ctx, &Run{Source: "extra", Kind: "greenhouse", Status: "ok"}); err != nil {
		t.Fatal(err)
	}
	_, err = Copy(ctx, src, dst, CopyOptions{})
	var mm *CountMismatchError
	if !errors.As(err, &mm) || len(mm.Tables) != 1 || mm.Tables[0].Table != "runs" || !strings.Contains(err.Error(), "runs (source 5 rows, target 6)") {
		t.Errorf("copy onto a target with an extra run: %v", err)
	}
}
