package store

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store/storetest"
)

// statsNow is a Wednesday: the current week began on Monday 2026-11-23.
var statsNow = time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)

func at(month time.Month, day int) time.Time {
	return time.Date(2026, month, day, 12, 0, 0, 0, time.UTC)
}

// statsListing is a listing for the stats tests.
type statsListing struct {
	l     *model.Listing
	seen  time.Time // first seen
	close time.Time // zero: stays open (closed by closing its source then)
}

func statsFixture() []statsListing {
	mk := func(source, ext string, typ model.JobType, hourlyUSD float64, skills ...string) *model.Listing {
		l := listing(source, ext, "Listing "+ext)
		l.Type, l.Skills, l.Remote = typ, skills, model.RemoteRemote
		if hourlyUSD > 0 {
			l.Pay = &model.Pay{Min: hourlyUSD, Max: hourlyUSD, Currency: "USD", Unit: model.UnitHour, Hourly: hourlyUSD, HourlyUSD: hourlyUSD}
		}
		return l
	}
	flag := func(l *model.Listing, id string, fam model.Family, sev model.Severity) *model.Listing {
		l.Flags = append(l.Flags, model.Flag{ID: id, Family: fam, Severity: sev})
		return l
	}
	a := flag(mk("gh", "a", model.TypeProject, 22, "Python", "SQL"), "VAGUE_NO_SUPERVISOR", model.FamilyVague, model.SeverityLow)
	a.Company, a.RemoteRegions, a.Hours, a.Fingerprint = "Acme", []string{"US"}, &model.Range{Min: 5, Max: 8}, "fp-a"
	deadlineA := at(12, 10)
	a.Deadline = &deadlineA

	g := flag(mk("ws", "g", model.TypeProject, 9), "PAY_BELOW_FLOOR", model.FamilyUnpaid, model.SeverityMedium)
	b := mk("ashby", "b", model.TypeInternship, 0, "Go")

	h := flag(mk("lever", "h", model.TypeProject, 0, "Python", "Figma"), "VAGUE_NO_DURATION", model.FamilyVague, model.SeverityMedium)
	h.Pay = &model.Pay{Min: 25, Max: 25, Currency: "EUR", Unit: model.UnitHour, Hourly: 25, HourlyUSD: 27}
	h.RemoteRegions, h.Hours = []string{"EU"}, &model.Range{Min: 20, Max: 40}
	postedH := at(11, 5)
	h.PostedAt = &postedH

	d := flag(mk("lever", "d", model.TypeMicroInternship, 0, "Excel"), "UNPAID", model.FamilyUnpaid, model.SeverityHigh)
	d.Unpaid, d.Company = true, "ACME"

	e := mk("rss", "e", model.TypePartTime, 80)
	flag(e, "SCAM_UPFRONT_FEE", model.FamilyScam, model.SeverityHigh)
	flag(e, "SCAM_PRESSURE", model.FamilyScam, model.SeverityMedium)

	i := mk("lever", "i", model.TypeContract, 0)
	i.Pay = &model.Pay{Min: 500, Max: 500, Currency: "USD", Unit: model.UnitProject} // no hours: no hourly figure
	i.Remote = model.RemoteOnsite

	c := mk("lever", "c", model.TypeProject, 45, "Python")
	c.RemoteRegions, c.Hours = []string{"US", "EU"}, &model.Range{Min: 10, Max: 10}
	deadlineC := at(11, 28)
	c.Deadline = &deadlineC

	f := mk("remotive", "f", model.TypeProject, 22, "Python", "SQL") // a, posted on another board: a duplicate
	f.Company, f.Fingerprint = "Acme", "fp-a"

	return []statsListing{
		{l: a, seen: at(9, 8)},
		{l: g, seen: at(9, 9), close: at(11, 24)},
		{l: b, seen: at(10, 1), close: at(10, 20)},
		{l: h, seen: at(10, 14)},
		{l: d, seen: at(11, 2)},
		{l: f, seen: at(11, 3)},
		{l: e, seen: at(11, 10)},
		{l: i, seen: at(11, 18)},
		{l: c, seen: at(11, 24)},
	}
}

// statsStore fills a store with statsFixture, each listing first seen and
// closed at its own time.
func statsStore(t *testing.T, be storetest.Backend) *sqlStore {
	t.Helper()
	ctx := context.Background()
	s, now := mustOpen(t, be)
	type event struct {
		t     time.Time
		l     *model.Listing
		close bool
	}
	var evs []event
	for _, sl := range statsFixture() {
		evs = append(evs, event{t: sl.seen, l: sl.l})
		if !sl.close.IsZero() {
			evs = append(evs, event{t: sl.close, l: sl.l, close: true})
		}
	}
	for len(evs) > 0 { // in time order
		k := 0
		for j := range evs {
			if evs[j].t.Before(evs[k].t) {
				k = j
			}
		}
		ev := evs[k]
		evs = append(evs[:k], evs[k+1:]...)
		*now = ev.t
		if ev.close {
			if _, err := s.CloseMissing(ctx, ev.l.Source, map[string]struct{}{}, time.Time{}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if _, err := s.Upsert(ctx, []*model.Listing{ev.l}); err != nil {
			t.Fatal(err)
		}
	}
	*now = statsNow
	f, err := s.Get(ctx, model.ListingID("remotive", "f"))
	if err != nil || f.DuplicateOf != model.ListingID("gh", "a") {
		t.Fatalf("fixture: f should be a duplicate of a: %+v %v", f, err)
	}
	return s
}

func TestStatsFigures(t *testing.T) { storetest.RunParallel(t, testStatsFigures) }

func testStatsFigures(t *testing.T, be storetest.Backend) {
	s := statsStore(t, be)
	st, err := s.Stats(context.Background(), StatsFilter{}, StatsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Weeks) != 12 || !st.Weeks[0].Equal(time.Date(2026, 9, 7, 0, 0, 0, 0, time.UTC)) || !st.Weeks[11].Equal(time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("weeks = %v .. %v (%d), want Mondays 2026-09-07 .. 2026-11-23", st.Weeks[0], st.Weeks[len(st.Weeks)-1], len(st.Weeks))
	}
	wantType := []Series{
		{"project", []int{2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3}},
		{"contract", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1}},
		{"micro_internship", []int{0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1}},
		{"part_time", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1}},
		{"internship", []int{0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0}},
	}
	if !reflect.DeepEqual(st.OpenByType, wantType) {
		t.Errorf("open by type:\n got %v\nwant %v", st.OpenByType, wantType)
	}
	wantSource := []Series{
		{"lever", []int{0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 3, 4}},
		{"gh", []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}},
		{"rss", []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1}},
		{"ashby", []int{0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0}},
		{"ws", []int{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0}},
	}
	if !reflect.DeepEqual(st.OpenBySource, wantSource) {
		t.Errorf("open by source:\n got %v\nwant %v", st.OpenBySource, wantSource)
	}
	if st.Open != 6 || st.Paid != 5 || st.PaidHourly != 4 {
		t.Errorf("open %d, paid %d, paid with hourly %d; want 6, 5, 4", st.Open, st.Paid, st.PaidHourly)
	}
	buckets := map[float64]int{}
	for i, b := range st.PayBuckets {
		buckets[b.Min] = b.Count
		if last := i == len(st.PayBuckets)-1; last != (b.Max == nil) || (!last && *b.Max != st.PayBuckets[i+1].Min) {
			t.Errorf("bucket %d [%v, %v) does not join the next", i, b.Min, b.Max)
		}
	}
	wantBuckets := map[float64]int{0: 0, 10: 0, 15: 0, 20: 1, 25: 1, 30: 0, 40: 1, 50: 0, 75: 1}
	if !reflect.DeepEqual(buckets, wantBuckets) {
		t.Errorf("pay buckets = %v, want %v", buckets, wantBuckets)
	}
	wantFlags := []FamilyShare{
		{Family: "unpaid", Flagged: 1, Share: 1.0 / 6, Serious: 1, SeriousShare: 1.0 / 6},
		{Family: "vague", Flagged: 2, Share: 2.0 / 6, Serious: 1, SeriousShare: 1.0 / 6},
		{Family: "scam", Flagged: 1, Share: 1.0 / 6, Serious: 1, SeriousShare: 1.0 / 6},
	}
	if !reflect.DeepEqual(st.Flagged, wantFlags) {
		t.Errorf("flag shares:\n got %+v\nwant %+v", st.Flagged, wantFlags)
	}
	wantSkills := []SkillCount{{"Python", 3}, {"Excel", 1}, {"Figma", 1}, {"SQL", 1}}
	if !reflect.DeepEqual(st.TopSkills, wantSkills) {
		t.Errorf("top skills = %v, want %v", st.TopSkills, wantSkills)
	}
	top, err := s.Stats(context.Background(), StatsFilter{}, StatsOptions{TopSkills: 2, Weeks: 4})
	if err != nil {
		t.Fatal(err)
	}
	if len(top.TopSkills) != 2 || len(top.Weeks) != 4 || len(top.OpenByType[0].Counts) != 4 {
		t.Errorf("TopSkills 2, Weeks 4: got %d skills, %d weeks", len(top.TopSkills), len(top.Weeks))
	}
}

// TestStatsFilters: each filter keeps the open listings the search API's
// filter of the same name would.
func TestStatsFilters(t *testing.T) { storetest.RunParallel(t, testStatsFilters) }

func testStatsFilters(t *testing.T, be storetest.Backend) {
	s := statsStore(t, be)
	tests := []struct {
		name       string
		f          StatsFilter
		open, paid int
		project    int // open projects now
	}{
		{"none", StatsFilter{}, 6, 5, 3},
		{"source", StatsFilter{Source: []string{"lever"}}, 4, 3, 2},
		{"two sources", StatsFilter{Source: []string{"lever", "rss"}}, 5, 4, 2},
		{"type", StatsFilter{Type: []string{"project"}}, 3, 3, 3},
		{"remote", StatsFilter{Remote: []string{"onsite"}}, 1, 1, 0},
		{"region", StatsFilter{Region: []string{"EU"}}, 2, 2, 2},
		{"skill, any case", StatsFilter{Skill: []string{"python"}}, 3, 3, 3},
		{"company, any case", StatsFilter{Company: []string{"acme"}}, 2, 1, 1},
		{"paid", StatsFilter{Paid: true}, 5, 5, 3},
		{"min hourly", StatsFilter{MinHourlyUSD: 25}, 3, 3, 2},
		{"max hours", StatsFilter{MaxHours: 10}, 2, 2, 2},
		{"exclude flag", StatsFilter{ExcludeFlag: []string{"UNPAID", "SCAM_PRESSURE"}}, 4, 4, 3},
		{"deadline after", StatsFilter{DeadlineAfter: at(12, 1)}, 1, 1, 1},
		{"posted after (posted_at, else first seen)", StatsFilter{PostedAfter: at(11, 1)}, 5, 4, 2},
		{"fields AND", StatsFilter{Type: []string{"project"}, Region: []string{"US"}}, 2, 2, 2},
		{"nothing", StatsFilter{Source: []string{"nope"}}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st, err := s.Stats(context.Background(), tt.f, StatsOptions{})
			if err != nil {
				t.Fatal(err)
			}
			project := 0
			for _, se := range st.OpenByType {
				if se.Name == "project" {
					project = se.Counts[len(se.Counts)-1]
				}
			}
			if st.Open != tt.open || st.Paid != tt.paid || project != tt.project {
				t.Errorf("open %d, paid %d, projects %d; want %d, %d, %d", st.Open, st.Paid, project, tt.open, tt.paid, tt.project)
			}
			if len(st.Flagged) != 3 || len(st.PayBuckets) != 9 || len(st.Weeks) != 12 {
				t.Errorf("shape: %d families, %d buckets, %d weeks", len(st.Flagged), len(st.PayBuckets), len(st.Weeks))
			}
			if tt.open == 0 && (st.Flagged[0].Share != 0 || len(st.TopSkills) != 0) {
				t.Errorf("an empty set has shares or skills: %+v", st)
			}
		})
	}
}

func TestWeekStart(t *testing.T) {
	for in, want := range map[string]string{
		"2026-11-23T00:00:00Z":      "2026-11-23", // a Monday
		"2026-11-29T23:59:59Z":      "2026-11-23", // the Sunday after
		"2026-11-25T12:00:00Z":      "2026-11-23",
		"2026-03-01T08:00:00Z":      "2026-02-23", // across a month
		"2026-11-23T01:00:00+05:00": "2026-11-16", // UTC decides: a Sunday there
	} {
		tm, _ := time.Parse(time.RFC3339, in)
		if got := WeekStart(tm).Format("2006-01-02"); got != want {
			t.Errorf("WeekStart(%s) = %s, want %s", in, got, want)
		}
	}
}

// BenchmarkStats computes the dashboard over 5,000 listings of about 4 KB
// of JSON each (a description's size), first seen across twelve weeks,
// some closed.
func BenchmarkStats(b *testing.B) {
	ctx := context.Background()
	s, now := MustOpen(b)
	types := []model.JobType{model.TypeMicroInternship, model.TypeInternship, model.TypeProject, model.TypeContract}
	skills := []string{"Python", "SQL", "Excel", "Figma", "Writing", "React"}
	const n = 5000
	var batch []*model.Listing
	for i := range n {
		l := listing(fmt.Sprintf("src%d", i%7), fmt.Sprint(i), "Listing")
		l.Type, l.Skills = types[i%len(types)], []string{skills[i%len(skills)], skills[(i/3)%len(skills)]}
		l.Text = strings.Repeat(fmt.Sprintf("Listing %d describes a project in some detail. ", i), 50)
		l.DescriptionHTML = "<p>" + l.Text[:1500] + "</p>"
		if i%4 != 0 {
			h := float64(10 + i%50)
			l.Pay = &model.Pay{Min: h, Max: h, Currency: "USD", Unit: model.UnitHour, Hourly: h, HourlyUSD: h}
		}
		if i%5 == 0 {
			l.Flags = []model.Flag{{ID: "VAGUE_NO_SUPERVISOR", Family: model.FamilyVague, Severity: model.SeverityLow}}
		}
		batch = append(batch, l)
		if len(batch) == n/12 || i == n-1 {
			if _, err := s.Upsert(ctx, batch); err != nil {
				b.Fatal(err)
			}
			batch = nil
			*now = now.Add(7 * 24 * time.Hour)
		}
	}
	for src := range 3 { // close source 0, 1 and 2's listings at different times
		*now = now.Add(-time.Duration(src+1) * 5 * 24 * time.Hour)
		if _, err := s.CloseMissing(ctx, fmt.Sprintf("src%d", src), map[string]struct{}{}, time.Time{}); err != nil {
			b.Fatal(err)
		}
	}
	*now = time.Date(2027, 2, 1, 12, 0, 0, 0, time.UTC)
	b.ResetTimer()
	for b.Loop() {
		st, err := s.Stats(ctx, StatsFilter{}, StatsOptions{})
		if err != nil || st.Open == 0 {
			b.Fatal(st, err)
		}
	}
}

// TestStatsUseCoveringIndex: the stats' queries read the index of
// migration 0010, not the listings' JSON, unfiltered and with the filters
// the index holds.
func TestStatsUseCoveringIndex(t *testing.T) {
	s := statsStore(t, storetest.Backends()[0]) // SQLite's plans
	ctx := context.Background()
	type query struct {
		q    string
		args []any
	}
	var seen []query
	statsQueries = func(q string, args []any) { seen = append(seen, query{q, args}) }
	defer func() { statsQueries = nil }()
	for _, f := range []StatsFilter{{}, {Type: []string{"project"}, Source: []string{"gh"}, Paid: true, MinHourlyUSD: 20}} {
		seen = nil
		if _, err := s.Stats(ctx, f, StatsOptions{}); err != nil {
			t.Fatal(err)
		}
		if len(seen) != 4 {
			t.Fatalf("%d queries, want 4", len(seen))
		}
		for _, q := range seen {
			rows, err := s.db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q.q, q.args...)
			if err != nil {
				t.Fatal(err)
			}
			var plan []string
			for rows.Next() {
				var id, parent, unused int
				var detail string
				if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			covered := false
			for _, d := range plan {
				if strings.Contains(d, " l USING COVERING INDEX listings_stats") {
					covered = true
				}
			}
			if !covered {
				t.Errorf("filter %+v: a query reads the table, not the covering index:\n%s\nplan: %q", f, q.q, plan)
			}
		}
	}
}
