package store

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// sqliteStatsJSON are SQLite's stats expressions before migration 0014:
// read from each listing's JSON. The columns of 0014 must give the same
// figures.
var sqliteStatsJSON = func() *statsSQL {
	x := *sqliteStats
	x.jobType = `json_extract(l.data, '$.type')`
	x.hourly = `json_extract(l.data, '$.pay.hourly_usd')`
	x.paid = `(json_type(l.data, '$.pay') = 'object' AND COALESCE(json_extract(l.data, '$.unpaid'), 0) = 0 AND json_extract(l.data, '$.pay.max') > 0)`
	x.flagShares = `SELECT json_extract(f.value, '$.family'), COUNT(DISTINCT l.rowid),
		COUNT(DISTINCT CASE WHEN json_extract(f.value, '$.severity') IN ('medium', 'high') THEN l.rowid END)
		FROM listings l, json_each(json_extract(l.data, '$.flags')) f WHERE `
	x.topSkills = `SELECT sk.value, COUNT(DISTINCT l.rowid) FROM listings l, json_each(json_extract(l.data, '$.skills')) sk WHERE `
	return &x
}()

// statColsMismatchSQL selects the listings whose stat columns differ from
// what the JSON expressions give of their data, in each dialect: SQLite's
// before 0014, PostgreSQL's stats' own.
var statColsMismatchSQL = map[string]string{
	SQLite: `SELECT l.id, l.job_type, l.paid, l.hourly_usd, l.skills, l.own_flags FROM listings l WHERE NOT (
		l.job_type IS ` + sqliteStatsJSON.jobType + `
		AND l.paid = COALESCE(` + sqliteStatsJSON.paid + `, 0)
		AND l.hourly_usd IS ` + sqliteStatsJSON.hourly + `
		AND json(l.skills) = COALESCE(json(json_extract(l.data, '$.skills')), '[]')
		AND (SELECT group_concat(COALESCE(json_extract(value, '$.family'), '') || ':' || COALESCE(json_extract(value, '$.severity'), ''), ',') FROM json_each(l.own_flags))
			IS (SELECT group_concat(COALESCE(json_extract(value, '$.family'), '') || ':' || COALESCE(json_extract(value, '$.severity'), ''), ',') FROM json_each(json_extract(l.data, '$.flags'))))`,
	Postgres: `SELECT l.id, l.job_type, l.paid, l.hourly_usd, l.skills, l.own_flags FROM listings l WHERE NOT (
		l.job_type IS NOT DISTINCT FROM ` + postgresStats.jobType + `
		AND (l.paid <> 0) = COALESCE(` + postgresStats.paid + `, false)
		AND l.hourly_usd IS NOT DISTINCT FROM ` + postgresStats.hourly + `
		AND l.skills::jsonb = ` + pgArray("$.skills") + `
		AND (SELECT string_agg(COALESCE(f.value ->> 'family', '') || ':' || COALESCE(f.value ->> 'severity', ''), ',' ORDER BY f.n) FROM jsonb_array_elements(l.own_flags::jsonb) WITH ORDINALITY f(value, n))
			IS NOT DISTINCT FROM (SELECT string_agg(COALESCE(f.value ->> 'family', '') || ':' || COALESCE(f.value ->> 'severity', ''), ',' ORDER BY f.n) FROM jsonb_array_elements(` + pgArray("$.flags") + `) WITH ORDINALITY f(value, n)))`,
}

// checkStatCols fails t for each listing of s whose stat columns are not
// what the JSON expressions give.
func checkStatCols(t *testing.T, s *sqlStore, when string) {
	t.Helper()
	rows, err := s.db.QueryContext(context.Background(), statColsMismatchSQL[s.d.name])
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		var id, skills, own string
		var typ *string
		var paid int
		var hourly *float64
		if err := rows.Scan(&id, &typ, &paid, &hourly, &skills, &own); err != nil {
			t.Fatal(err)
		}
		if n++; n <= 5 {
			t.Errorf("%s: %s's stat columns (type %v, paid %d, hourly %v, skills %s, own flags %s) differ from its data's", when, id, deref(typ), paid, deref(hourly), skills, own)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if n > 5 {
		t.Errorf("%s: %d listings in all", when, n)
	}
}

func deref[T any](p *T) any {
	if p == nil {
		return nil
	}
	return *p
}

// statsVariety fills s with n listings of every shape the stats read (no
// type, pay without a maximum or hourly figure, unpaid with pay, hourly
// figures on the buckets' bounds, skills absent, empty, repeated and
// escaped, flags of no family), first seen over sixteen weeks, some
// updated, closed, reopened, and cross-source duplicates. The same seed
// gives the same store.
func statsVariety(t *testing.T, s *sqlStore, now *time.Time, seed uint64, n int) {
	t.Helper()
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(seed, 3))
	types := []model.JobType{model.TypeProject, model.TypeInternship, model.TypeMicroInternship, model.TypeUnknown, "", model.TypeContract}
	sources := []string{"gh", "lever", "ws", "rss"}
	skills := []string{"Python", "python", "SQL", "C++ <fast>", "R&D", "café", "Excel", ""}
	hourly := []float64{0, 9.99, 10, 14.5, 15, 20, 24.999, 25, 30, 40, 50, 74.99, 75, 300, 0.5, -3}
	families := []model.Family{model.FamilyUnpaid, model.FamilyVague, model.FamilyScam, "", "other"}
	sevs := []model.Severity{model.SeverityLow, model.SeverityMedium, model.SeverityHigh, ""}
	mk := func(i int) *model.Listing {
		src := sources[rng.IntN(len(sources))]
		l := listing(src, fmt.Sprint(i), fmt.Sprint("Listing ", i))
		l.Type = types[rng.IntN(len(types))]
		l.Remote = model.RemoteRemote
		if rng.IntN(3) == 0 {
			l.RemoteRegions = []string{"US"}
		}
		switch rng.IntN(6) {
		case 0: // no pay
		case 1: // pay without a maximum
			l.Pay = &model.Pay{Currency: "USD", Unit: model.UnitProject}
		default:
			h := hourly[rng.IntN(len(hourly))]
			l.Pay = &model.Pay{Min: h, Max: max(h, float64(rng.IntN(3))), Currency: "USD", Unit: model.UnitHour, Hourly: h, HourlyUSD: h}
		}
		l.Unpaid = rng.IntN(8) == 0
		switch rng.IntN(5) {
		case 0: // nil
		case 1:
			l.Skills = []string{}
		default:
			for range 1 + rng.IntN(4) {
				l.Skills = append(l.Skills, skills[rng.IntN(len(skills))])
			}
		}
		for range rng.IntN(4) {
			l.Flags = append(l.Flags, model.Flag{ID: fmt.Sprint("F", rng.IntN(6)), Family: families[rng.IntN(len(families))],
				Severity: sevs[rng.IntN(len(sevs))], Reason: "why", Evidence: model.Span{Field: "text", Start: 0, End: 2, Text: "ab"}})
		}
		if rng.IntN(5) == 0 { // the same title on other boards: duplicates
			l.Fingerprint = fmt.Sprint("fp", rng.IntN(20))
		}
		l.Text = strings.Repeat("Some words of the posting. ", 20+rng.IntN(100))
		return l
	}
	var all []*model.Listing
	for i := range n {
		all = append(all, mk(i))
	}
	for week := range 16 {
		part := all[week*n/16 : (week+1)*n/16]
		if _, err := s.Upsert(ctx, part); err != nil {
			t.Fatal(err)
		}
		// Some listings of earlier weeks change (new pay, type or flags).
		var again []*model.Listing
		for range 5 {
			c := *all[rng.IntN((week+1)*n/16)]
			c.Title += " (updated)"
			c.Type = types[rng.IntN(len(types))]
			if rng.IntN(2) == 0 {
				c.Pay, c.Skills, c.Flags = nil, nil, nil
			} else {
				c.Pay = &model.Pay{Max: 20, Currency: "USD", Unit: model.UnitHour, Hourly: 20, HourlyUSD: 20}
			}
			again = append(again, &c)
		}
		if _, err := s.Upsert(ctx, dedupByID(again)); err != nil {
			t.Fatal(err)
		}
		if week%5 == 4 { // a board closes what it did not list this week
			src := sources[rng.IntN(len(sources))]
			seen := map[string]struct{}{}
			for _, l := range part {
				seen[l.ExternalID] = struct{}{}
			}
			if _, err := s.CloseMissing(ctx, src, seen, time.Time{}); err != nil {
				t.Fatal(err)
			}
		}
		*now = now.Add(7 * 24 * time.Hour)
	}
}

// dedupByID keeps the last listing of each id.
func dedupByID(ls []*model.Listing) []*model.Listing {
	last := map[string]int{}
	for i, l := range ls {
		last[l.ID] = i
	}
	var out []*model.Listing
	for i, l := range ls {
		if last[l.ID] == i {
			out = append(out, l)
		}
	}
	return out
}

// statsVarietyFilters are filters over statsVariety's listings: each
// column of 0014 alone and together, and with filters read from data.
var statsVarietyFilters = []StatsFilter{
	{},
	{Type: []string{"project"}},
	{Type: []string{"", "unknown"}},
	{Source: []string{"gh", "ws"}},
	{Paid: true},
	{MinHourlyUSD: 10},
	{MinHourlyUSD: 15},
	{MinHourlyUSD: 75},
	{MinHourlyUSD: 0.25},
	{Paid: true, MinHourlyUSD: 20, Type: []string{"project", "internship"}, Source: []string{"lever"}},
	{Skill: []string{"PYTHON", "c++ <fast>"}},
	{ExcludeFlag: []string{"F1", "F2"}},
	{Region: []string{"US"}, Paid: true},
}

// statsFigures are s's figures for each of statsVarietyFilters.
func statsFigures(t *testing.T, s *sqlStore, now time.Time) []*Stats {
	t.Helper()
	var out []*Stats
	for _, f := range statsVarietyFilters {
		st, err := s.Stats(context.Background(), f, StatsOptions{Weeks: 20, TopSkills: 50, Now: now})
		if err != nil {
			t.Fatalf("%+v: %v", f, err)
		}
		out = append(out, st)
	}
	return out
}

// withStats runs fn with s's stats expressions replaced by x.
func withStats(s *sqlStore, x *statsSQL, fn func()) {
	d := *s.d
	d.stats = x
	orig := s.d
	s.d = &d
	defer func() { s.d = orig }()
	fn()
}

func sameFigures(t *testing.T, what string, got, want []*Stats) {
	t.Helper()
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s, filter %+v:\n got %+v\nwant %+v", what, statsVarietyFilters[i], *got[i], *want[i])
		}
	}
}

// TestStatsColumnsSameFigures: the stats read from the columns of 0014
// are the figures the JSON expressions they replace give, on a store of
// every shape, and PostgreSQL's (read from its JSONB) agree with them.
func TestStatsColumnsSameFigures(t *testing.T) {
	t.Parallel()
	s, now := MustOpen(t)
	statsVariety(t, s, now, 5, 800)
	checkStatCols(t, s, "after Upsert")
	figures := statsFigures(t, s, *now)
	var old []*Stats
	withStats(s, sqliteStatsJSON, func() { old = statsFigures(t, s, *now) })
	sameFigures(t, "columns vs JSON", figures, old)
	if figures[0].Open == 0 || figures[0].Paid == 0 || figures[0].PaidHourly == 0 || len(figures[0].TopSkills) < 5 || figures[0].Flagged[2].Serious == 0 {
		t.Fatalf("the variety is too thin to compare: %+v", *figures[0])
	}
	t.Run("postgres", func(t *testing.T) {
		p, pnow := mustOpen(t, storetest.Backends()[1])
		statsVariety(t, p, pnow, 5, 800)
		checkStatCols(t, p, "after Upsert")
		sameFigures(t, "PostgreSQL vs SQLite", statsFigures(t, p, *pnow), figures)
	})
}

// TestStatsColumnsMigration: migration 0014 fills the columns of the
// listings stored before it from their data (the figures stay the same),
// and SQLite's stats read its new covering index. (Not parallel: it sets
// statsQueries, which the other stats tests' queries would call.)
func TestStatsColumnsMigration(t *testing.T) { storetest.Run(t, testStatsColumnsMigration) }

func testStatsColumnsMigration(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, now := mustOpen(t, be)
	statsVariety(t, s, now, 9, 400)
	want := statsFigures(t, s, *now)
	// As a store before 0014: no columns, 0010's index over the JSON.
	undo := []string{`DROP INDEX listings_stats`,
		`ALTER TABLE listings DROP COLUMN job_type`, `ALTER TABLE listings DROP COLUMN paid`,
		`ALTER TABLE listings DROP COLUMN hourly_usd`, `ALTER TABLE listings DROP COLUMN skills`,
		`DELETE FROM schema_migrations WHERE version = 14`}
	old, err := migrations.ReadFile(s.d.migrations + "/0010_stats_index.sql")
	if err != nil {
		t.Fatal(err)
	}
	undo = append(undo, string(old))
	for _, q := range undo {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if err := s.migrate(ctx); err != nil {
		t.Fatal(err)
	}
	checkStatCols(t, s, "after the migration")
	sameFigures(t, "after the migration", statsFigures(t, s, *now), want)
	if be.Name != SQLite {
		return
	}
	var idx string
	if err := s.db.QueryRowContext(ctx, `SELECT sql FROM sqlite_master WHERE name = 'listings_stats'`).Scan(&idx); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(idx, "json") {
		t.Errorf("listings_stats still indexes JSON: %s", idx)
	}
	type query struct {
		q    string
		args []any
	}
	var seen []query
	statsQueries = func(q string, args []any) { seen = append(seen, query{q, args}) }
	defer func() { statsQueries = nil }()
	if _, err := s.Stats(ctx, StatsFilter{Paid: true, MinHourlyUSD: 20, Type: []string{"project"}}, StatsOptions{Now: *now}); err != nil {
		t.Fatal(err)
	}
	for _, q := range seen {
		plan := queryPlan(t, s, q.q, q.args...)
		if !strings.Contains(strings.Join(plan, "\n"), " l USING COVERING INDEX listings_stats") {
			t.Errorf("after the migration a stats query reads the table:\n%s\nplan: %q", q.q, plan)
		}
	}
}

// TestStatColsRandomListings: the stat columns Upsert writes are what the
// JSON expressions read of its data for listings filled at random by
// reflection (escapes, invalid UTF-8, NULs, any type, pay and skills) and
// for pay figures at the float formats' edges.
func TestStatColsRandomListings(t *testing.T) { storetest.RunParallel(t, testStatColsRandomListings) }

func testStatColsRandomListings(t *testing.T, be storetest.Backend) {
	ctx := context.Background()
	s, _ := mustOpen(t, be)
	var ls []*model.Listing
	for seed := range uint64(300) {
		// PostgreSQL refuses invalid UTF-8 in any text column and \u0000 in JSONB.
		f := newFiller(seed, seed%3 == 0 && be.Name == SQLite, seed%2 == 0 && be.Name == SQLite)
		l := new(model.Listing)
		f.fill(t, reflect.ValueOf(l).Elem())
		l.Source, l.ExternalID = "r", fmt.Sprint(seed)
		l.ID = model.ListingID(l.Source, l.ExternalID)
		if _, _, _, err := contentHash(l); err != nil {
			continue // Upsert refuses it
		}
		ls = append(ls, l)
	}
	for i, v := range []float64{0, negZero(), 1e-6, 9.999999e-7, 1e-7, 1.5e-300, 1e20, 1e21, -1e21, 1e100, 0.1 + 0.2, -1e-7,
		123456789.125, 14.999999999999998, 75.00000000000001, 9.99} {
		l := listing("f", fmt.Sprint(i), "Float")
		l.Pay = &model.Pay{Min: v, Max: v, HourlyUSD: v}
		ls = append(ls, l)
	}
	for len(ls) > 0 {
		n := min(len(ls), 50)
		if _, err := s.Upsert(ctx, ls[:n]); err != nil {
			t.Fatal(err)
		}
		ls = ls[n:]
	}
	var stored int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM listings`).Scan(&stored); err != nil || stored < 100 {
		t.Fatalf("%d listings stored (%v): too few to compare", stored, err)
	}
	checkStatCols(t, s, "random listings")
}

// jsonRoundTrip is s encoded by encoding/json and decoded again.
func jsonRoundTrip(t testing.TB, s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var out string
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestJSONText(t *testing.T) {
	for _, s := range []string{"", "project", "é ü 中文 😀", "bad \xff\xfe byte", "cut \xc3", "\xed\xa0\x80 surrogate", "nul\x00here", "\xf4\x90\x80\x80"} {
		if got, want := jsonText(s), jsonRoundTrip(t, s); got != want {
			t.Errorf("jsonText(%q) = %q, want %q", s, got, want)
		}
	}
}

func FuzzJSONText(f *testing.F) {
	for _, s := range []string{"project", "bad \xff\xfe byte", "cut \xc3", "\xed\xa0\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := jsonText(s), jsonRoundTrip(t, s); got != want {
			t.Errorf("jsonText(%q) = %q, want %q", s, got, want)
		}
	})
}
