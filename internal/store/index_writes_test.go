package store

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// TestIndexWritesPlans: after migration 0016 the queries of a source's
// open listings search the partial index listings_source_company (the
// dropped listings_open held the same rows' source first), and the
// by-fingerprint candidates search listings_fingerprint on the key and
// the title; nothing scans the listings.
func TestIndexWritesPlans(t *testing.T) {
	s := planStore(t)
	ctx := context.Background()
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'listings_open'`).Scan(&n); err != nil || n != 0 {
		t.Fatalf("listings_open: %d, %v; want dropped", n, err)
	}
	rows := []*dupRow{{key: "acme|US", source: "lv", fp: "fp1", simhash: 7}}
	fpOnly := []*dupRow{{key: "acme|US", source: "lv", fp: "fp1"}}
	grouped, groupedArgs := groupCandidateQuery(s.d, "acme|US", "lv", rows)
	byFP, byFPArgs := groupCandidateQuery(s.d, "acme|US", "lv", fpOnly)
	tests := []struct {
		name, q string
		args    []any
		want    string
	}{
		{"close missing", closeMissingSQL, []any{"gh", 1}, "SEARCH listings USING INDEX listings_source_company (source=?)"},
		{"source's open count", `SELECT COUNT(*) FROM listings WHERE source = ? AND closed_at IS NULL`, []any{"gh"},
			"SEARCH listings USING COVERING INDEX listings_source_company (source=?)"},
		{"grouped candidates", grouped, groupedArgs, "SEARCH listings USING INDEX listings_fingerprint (dedup_key=? AND fingerprint=?)"},
		{"by-fingerprint candidates", byFP, byFPArgs, "SEARCH listings USING INDEX listings_fingerprint (dedup_key=? AND fingerprint=?)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			plan := queryPlan(t, s, tc.q, tc.args...)
			for _, d := range plan {
				if strings.HasPrefix(d, "SCAN listings") {
					t.Errorf("full scan: %q in plan %q", d, plan)
				}
			}
			if !slices.Contains(plan, tc.want) {
				t.Errorf("plan does not %s:\n%s", tc.want, strings.Join(plan, "\n"))
			}
		})
	}
}

// indexWritesListings are listings of several boards, employers, titles
// and texts: titles shared across boards and within one, texts near one
// another, listings with no key, no fingerprint or no SimHash.
func indexWritesListings(rng *rand.Rand, n int) []*model.Listing {
	sources := []string{"gh", "lever", "ashby", "wk"}
	keys := []string{"acme|US", "brio|", "", "fp:shared"}
	var ls []*model.Listing
	for i := range n {
		src := sources[rng.IntN(len(sources))]
		l := listing(src, fmt.Sprint(i), "Intern")
		l.Fingerprint = fmt.Sprint("fp", rng.IntN(12))
		if rng.IntN(8) == 0 {
			l.Fingerprint = ""
		}
		l.DedupKey = keys[rng.IntN(len(keys))]
		base := uint64(rng.IntN(6)+1) * 0x9E3779B97F4A7C15
		if rng.IntN(9) > 0 {
			l.TextSimHash = base ^ 1<<rng.IntN(64) // near a few others
		}
		l.Company = strings.SplitN(l.DedupKey, "|", 2)[0]
		ls = append(ls, l)
	}
	return ls
}

// indexWritesAnswers are the answers of every query 0016 changed the
// indexes of: each (key, source) group's grouped candidates (by title and
// band, by title only), a source's open listings as CloseMissing reads
// them, its open count, and the sources' companies. fpKey is the
// candidate query's key condition (before 0016 SQLite's was
// "+dedup_key = ?1").
func indexWritesAnswers(t *testing.T, s *sqlStore, fpKey string) []string {
	t.Helper()
	ctx := context.Background()
	var out []string
	read := func(name, q string, args ...any) {
		t.Helper()
		rows, err := s.db.QueryContext(ctx, s.d.rebind(q), args...)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var got []string
		_, all := scanAnyRows(t, rows)
		for _, vals := range all {
			got = append(got, fmt.Sprint(vals...))
		}
		slices.Sort(got)
		out = append(out, name+": "+strings.Join(got, " | "))
	}
	stored, err := scanDupRows(must(s.db.QueryContext(ctx, `SELECT `+s.d.dupCols()+` FROM listings ORDER BY id`)))
	if err != nil {
		t.Fatal(err)
	}
	groups := map[[2]string][]*dupRow{}
	for _, r := range stored {
		for _, src := range []string{"gh", "lever", "ashby", "wk"} {
			g := [2]string{r.key, src}
			groups[g] = append(groups[g], r)
		}
	}
	var order [][2]string
	for g := range groups {
		order = append(order, g)
	}
	slices.SortFunc(order, func(a, b [2]string) int { return strings.Compare(a[0]+"\x00"+a[1], b[0]+"\x00"+b[1]) })
	for _, g := range order {
		rs := groups[g]
		for _, chunk := range [][]*dupRow{rs[:min(len(rs), 5)], rs[:min(len(rs), groupChunk)]} {
			q, args := groupCandidateQuery(s.d, g[0], g[1], chunk)
			if q == "" {
				continue
			}
			q = strings.ReplaceAll(q, "AND "+s.d.candidateKey, "AND "+fpKey)
			read(fmt.Sprintf("candidates %q of %s (%d rows)", g[0], g[1], len(chunk)), q, args...)
			var fps []*dupRow
			for _, r := range chunk {
				fps = append(fps, &dupRow{key: r.key, source: r.source, fp: r.fp})
			}
			if q, args = groupCandidateQuery(s.d, g[0], g[1], fps); q != "" {
				q = strings.ReplaceAll(q, "AND "+s.d.candidateKey, "AND "+fpKey)
				read(fmt.Sprintf("by title %q of %s", g[0], g[1]), q, args...)
			}
		}
	}
	for _, src := range []string{"gh", "lever", "ashby", "wk", "none"} {
		for _, bound := range []int64{0, s.Now().Unix(), s.Now().Unix() + 3600} {
			read(fmt.Sprint("close missing ", src, bound), closeMissingSQL, src, bound)
		}
		read("open count "+src, `SELECT COUNT(*) FROM listings WHERE source = ? AND closed_at IS NULL`, src)
		st, err := s.SourceStat(ctx, src)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint("source stat ", src, ": ", st.Listings))
	}
	read("source companies", sourceCompaniesSQL(s.d))
	return out
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestIndexWritesMigration: a store made before 0016 (0015's
// listings_fingerprint, listings_open) is upgraded by it, and every query
// whose indexes it changed answers the same before and after, as a store
// made with 0016 answers; and the store keeps working (an upsert and a
// close after the upgrade).
func TestIndexWritesMigration(t *testing.T) { storetest.RunParallel(t, testIndexWritesMigration) }

func testIndexWritesMigration(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	rng := rand.New(rand.NewPCG(16, 7))
	ls := indexWritesListings(rng, 600)
	for len(ls) > 0 {
		n := min(len(ls), 1+rng.IntN(150))
		if _, err := s.Upsert(ctx, ls[:n]); err != nil {
			t.Fatal(err)
		}
		ls = ls[n:]
		*now = now.Add(time.Minute)
	}
	// Some closed: CloseMissing of two boards that saw nothing.
	for _, src := range []string{"ashby", "wk"} {
		if _, err := s.CloseMissing(ctx, src, map[string]struct{}{"1": {}, "2": {}, "3": {}}, now.Add(-3*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	after := indexWritesAnswers(t, s, s.d.candidateKey)

	// As a store before 0016.
	oldKey := s.d.candidateKey
	if be.Name == SQLite {
		oldKey = "+" + oldKey
	}
	for _, q := range []string{`DROP INDEX listings_fingerprint`, `CREATE INDEX listings_fingerprint ON listings (fingerprint, dedup_key, source) WHERE fingerprint <> ''`,
		`CREATE INDEX listings_open ON listings (source, closed_at)`, `DELETE FROM schema_migrations WHERE version = 16`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	before := indexWritesAnswers(t, s, oldKey)
	if d := answersDiff(before, after); d != "" {
		t.Fatalf("a store made with 0016 answers differently from one before it:\n%s", d)
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	upgraded := indexWritesAnswers(t, s, s.d.candidateKey)
	if d := answersDiff(before, upgraded); d != "" {
		t.Fatalf("the upgrade changed answers:\n%s", d)
	}
	var idx []string
	q := `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'listings' AND name IN ('listings_open', 'listings_fingerprint')`
	if be.Name == Postgres {
		q = `SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND indexname IN ('listings_open', 'listings_fingerprint')`
	}
	rows := must(s.db.QueryContext(ctx, q))
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			t.Fatal(err)
		}
		idx = append(idx, name)
	}
	rows.Close()
	if !slices.Equal(idx, []string{"listings_fingerprint"}) {
		t.Errorf("indexes after the upgrade %v, want listings_fingerprint alone", idx)
	}
	// Still a working store: new listings linked to the old ones, a close.
	more := indexWritesListings(rng, 80)
	for i, l := range more {
		*l = *listing(l.Source, fmt.Sprint("new", i), "Intern")
		l.Fingerprint, l.DedupKey, l.TextSimHash = "fp3", "acme|US", 0x9E3779B97F4A7C15
	}
	if _, err := s.Upsert(ctx, more); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CloseMissing(ctx, "gh", nil, time.Time{}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(ctx, more[0].ID); err != nil {
		t.Fatal(err)
	}
}

// answersDiff lists the answers that differ ("" when none).
func answersDiff(want, got []string) string {
	var b strings.Builder
	for i := range max(len(want), len(got)) {
		var w, g string
		if i < len(want) {
			w = want[i]
		}
		if i < len(got) {
			g = got[i]
		}
		if w != g {
			fmt.Fprintf(&b, "want %s\n got %s\n", w, g)
		}
	}
	return b.String()
}

// TestCandidatePlansAfterAnalyze: the store never runs ANALYZE, but a user
// may; with its statistics the candidates of a board with few titles (50
// titles over 300 listings) still search listings_fingerprint on the key
// and title, and the bands' indexes, and never scan the listings.
func TestCandidatePlansAfterAnalyze(t *testing.T) {
	s := planStore(t)
	if _, err := s.db.ExecContext(context.Background(), `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	for _, source := range []string{"gh", "lv"} {
		rows := []*dupRow{{key: "acme|US", source: source, fp: "fp1", simhash: 7}, {key: "acme|US", source: source, fp: "fp2", simhash: 1 << 40}}
		q, args := groupCandidateQuery(s.d, "acme|US", source, rows)
		plan := queryPlan(t, s, q, args...)
		for _, d := range plan {
			if strings.HasPrefix(d, "SCAN listings") {
				t.Errorf("candidates of %s: full scan %q in plan %q", source, d, plan)
			}
		}
		for _, w := range []string{"listings_fingerprint (dedup_key=? AND fingerprint=?)", "listings_dedup_b0 (dedup_key=? AND sim_b0=?)",
			"listings_dedup_b3 (dedup_key=? AND sim_b3=?)"} {
			if !slices.Contains(plan, "SEARCH listings USING INDEX "+w) {
				t.Errorf("candidates of %s: plan does not search %s:\n%s", source, w, strings.Join(plan, "\n"))
			}
		}
	}
}
