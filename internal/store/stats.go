package store

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

// StatsFilter narrows the listings that Stats counts, with the search
// API's meanings: values within a field are OR'ed, fields AND'ed. The zero
// value counts every listing.
type StatsFilter struct {
	Type, Remote, Region, Source []string
	Skill, Company               []string // compared case-insensitively
	ExcludeFlag                  []string // flag ids
	Paid                         bool
	MinHourlyUSD                 float64 // 0: no minimum
	MaxHours                     float64 // 0: no maximum
	PostedAfter                  time.Time
	DeadlineAfter                time.Time
}

// Series is one named line of weekly counts.
type Series struct {
	Name   string `json:"name"`
	Counts []int  `json:"counts"`
}

// PayBucket is one bar of the hourly-pay histogram: listings whose
// hourly_usd is in [Min, Max); Max nil is open-ended.
type PayBucket struct {
	Min   float64  `json:"min"`
	Max   *float64 `json:"max"`
	Count int      `json:"count"`
}

// FamilyShare is how many open listings carry a flag of one family.
type FamilyShare struct {
	Family string `json:"family"`
	// Flagged have at least one flag of the family; Serious at least one
	// of medium or high severity.
	Flagged      int     `json:"flagged"`
	Share        float64 `json:"share"`
	Serious      int     `json:"serious"`
	SeriousShare float64 `json:"serious_share"`
}

// SkillCount is how many open listings ask for a skill.
type SkillCount struct {
	Skill string `json:"skill"`
	Count int    `json:"count"`
}

// Stats are the dashboard's figures over the listings a filter keeps.
// Each opportunity counts once: duplicates of another listing are left out.
type Stats struct {
	// Weeks are the Mondays (UTC) starting each week of the series; a
	// series' count for a week is the listings open at that week's end
	// (for the current week: now).
	Weeks        []time.Time
	OpenByType   []Series
	OpenBySource []Series
	// Open is the number of listings open now; the figures below are
	// over them.
	Open int
	// Paid is the open paid listings; PayBuckets histogram those with an
	// hourly figure in US dollars (PaidHourly of them).
	Paid       int
	PaidHourly int
	PayBuckets []PayBucket
	Flagged    []FamilyShare
	TopSkills  []SkillCount
}

// StatsOptions shape Stats' figures.
type StatsOptions struct {
	Weeks     int       // weeks of series; 0: 12
	TopSkills int       // 0: 10
	Now       time.Time // zero: the store's clock
}

// payBounds are the lower bounds of the hourly-pay buckets in US dollars.
var payBounds = []float64{0, 10, 15, 20, 25, 30, 40, 50, 75}

// statsFamilies are the red-flag families, in display order.
var statsFamilies = []string{"unpaid", "vague", "scam"}

// Stats computes the dashboard's figures with aggregate queries.
func (s *sqlStore) Stats(ctx context.Context, f StatsFilter, o StatsOptions) (*Stats, error) {
	if o.Weeks <= 0 {
		o.Weeks = 12
	}
	if o.TopSkills <= 0 {
		o.TopSkills = 10
	}
	if o.Now.IsZero() {
		o.Now = s.Now()
	}
	now := o.Now.UTC()
	where, args := f.where(s.d.stats, now)
	st := &Stats{}
	if err := s.weekly(ctx, st, where, args, now, o.Weeks); err != nil {
		return nil, fmt.Errorf("store: stats: weekly: %w", err)
	}
	open := where + ` AND l.closed_at IS NULL AND l.first_seen <= ` + strconv.FormatInt(now.Unix(), 10)
	if err := s.payHistogram(ctx, st, open, args); err != nil {
		return nil, fmt.Errorf("store: stats: open and pay: %w", err)
	}
	if err := s.flagShares(ctx, st, open, args); err != nil {
		return nil, fmt.Errorf("store: stats: flags: %w", err)
	}
	if err := s.topSkills(ctx, st, open, args, o.TopSkills); err != nil {
		return nil, fmt.Errorf("store: stats: skills: %w", err)
	}
	return st, nil
}

// statsQueries, when set (by tests), sees each stats query with its arguments.
var statsQueries func(q string, args []any)

// statsQuery runs one of the stats' queries. Over the unfiltered set (and
// filters on type, source and pay) each reads only the covering index
// listings_stats (migration 0014), whose columns the store writes beside
// each listing's JSON (stats_cols.go).
func (s *sqlStore) statsQuery(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	if statsQueries != nil {
		statsQueries(q, args)
	}
	return s.db.QueryContext(ctx, q, args...)
}

// WeekStart is the Monday 00:00 UTC starting t's week.
func WeekStart(t time.Time) time.Time {
	t = t.UTC()
	d := (int(t.Weekday()) + 6) % 7 // days since Monday
	return time.Date(t.Year(), t.Month(), t.Day()-d, 0, 0, 0, 0, time.UTC)
}

// weekly fills the open-listings series: for each week, the listings
// first seen by its end and not closed by then.
func (s *sqlStore) weekly(ctx context.Context, st *Stats, where string, args []any, now time.Time, weeks int) error {
	first := WeekStart(now).AddDate(0, 0, -7*(weeks-1))
	var pts strings.Builder
	var ptArgs []any
	for i := range weeks {
		start := first.AddDate(0, 0, 7*i)
		end := start.AddDate(0, 0, 7)
		if end.After(now) {
			end = now
		}
		st.Weeks = append(st.Weeks, start)
		if i > 0 {
			pts.WriteString(",")
		}
		pts.WriteString(s.d.stats.point)
		ptArgs = append(ptArgs, i, end.Unix())
	}
	firstEnd := ptArgs[1].(int64)
	q := `WITH pts(i, t) AS (VALUES ` + pts.String() + `),
	ol AS MATERIALIZED (SELECT ` + s.d.stats.jobType + ` AS type, l.source AS source, l.first_seen AS first_seen, l.closed_at AS closed_at
		FROM listings l WHERE ` + where + ` AND l.first_seen <= ? AND (l.closed_at IS NULL OR l.closed_at > ?))
	SELECT pts.i, COALESCE(ol.type, 'unknown'), ol.source, COUNT(*) FROM pts JOIN ol ON ol.first_seen <= pts.t AND (ol.closed_at IS NULL OR ol.closed_at > pts.t)
	GROUP BY 1, 2, 3`
	all := append(append(ptArgs, args...), now.Unix(), firstEnd)
	rows, err := s.statsQuery(ctx, q, all...)
	if err != nil {
		return err
	}
	defer rows.Close()
	byType, bySource := map[string][]int{}, map[string][]int{}
	add := func(m map[string][]int, k string, i, n int) {
		if m[k] == nil {
			m[k] = make([]int, weeks)
		}
		m[k][i] += n
	}
	for rows.Next() {
		var i, n int
		var typ, src string
		if err := rows.Scan(&i, &typ, &src, &n); err != nil {
			return err
		}
		add(byType, typ, i, n)
		add(bySource, src, i, n)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	st.OpenByType, st.OpenBySource = sortedSeries(byType), sortedSeries(bySource)
	return nil
}

// sortedSeries orders series by their latest count, largest first, then name.
func sortedSeries(m map[string][]int) []Series {
	out := make([]Series, 0, len(m))
	for k, v := range m {
		out = append(out, Series{Name: k, Counts: v})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i].Counts[len(out[i].Counts)-1], out[j].Counts[len(out[j].Counts)-1]
		if a != b {
			return a > b
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// statsSQL are the stats' expressions over "listings l" in one dialect.
// SQLite's read the columns of its covering index (migration 0014).
type statsSQL struct {
	jobType string                   // the listing's type (a string)
	hourly  string                   // its pay's hourly_usd (a number)
	text    func(path string) string // the value at path of l.data (a string)
	num     func(path string) string // the value at path of l.data (a number)
	epoch   func(path string) string // the timestamp at path of l.data as Unix seconds, NULL if absent
	// each is the elements of the array at path of l.data as rows of j
	// (j.value: text elements as text, objects as JSON).
	each func(path string, objects bool) string
	// field is the text of key in an element j.value of each(path, true).
	field func(elem, key string) string
	paid  string // the search API's paid=true: pay stated, above zero, not unpaid
	point string // one (week, end) point of the weekly series
	// flagShares and topSkills are those queries before their WHERE's
	// remainder (see the functions).
	flagShares, topSkills string
}

var sqliteStats = &statsSQL{
	jobType: `l.job_type`,
	hourly:  `l.hourly_usd`,
	text:    func(path string) string { return `json_extract(l.data, '` + path + `')` },
	num:     func(path string) string { return `json_extract(l.data, '` + path + `')` },
	epoch:   func(path string) string { return `unixepoch(json_extract(l.data, '` + path + `'))` },
	each: func(path string, _ bool) string {
		return `json_each(l.data, '` + path + `') j`
	},
	field: func(elem, key string) string { return `json_extract(` + elem + `, '$.` + key + `')` },
	paid:  `(l.paid <> 0)`,
	point: "(?,?)",
	flagShares: `SELECT json_extract(f.value, '$.family'), COUNT(DISTINCT l.rowid),
		COUNT(DISTINCT CASE WHEN json_extract(f.value, '$.severity') IN ('medium', 'high') THEN l.rowid END)
		FROM listings l, json_each(l.own_flags) f WHERE `,
	topSkills: `SELECT sk.value, COUNT(DISTINCT l.rowid) FROM listings l, json_each(l.skills) sk WHERE `,
}

// pgArray is the array at path of l.data, or an empty one (PostgreSQL's
// element functions fail on a scalar where SQLite's json_each yields no rows).
func pgArray(path string) string {
	v := `(l.data #> ` + pgPath(path) + `)`
	return `(CASE WHEN jsonb_typeof(` + v + `) = 'array' THEN ` + v + ` ELSE '[]'::jsonb END)`
}

// pgNum is the number at path of l.data, NULL when absent or not a number.
func pgNum(path string) string {
	v := `(l.data #> ` + pgPath(path) + `)`
	return `(CASE WHEN jsonb_typeof(` + v + `) = 'number' THEN (` + v + ` #>> '{}')::float8 END)`
}

var postgresStats = &statsSQL{
	jobType: `(l.data #>> '{type}')`,
	hourly:  pgNum("$.pay.hourly_usd"),
	text:    func(path string) string { return `(l.data #>> ` + pgPath(path) + `)` },
	num:     pgNum,
	epoch: func(path string) string {
		return `floor(extract(epoch FROM (l.data #>> ` + pgPath(path) + `)::timestamptz))::bigint`
	},
	each: func(path string, objects bool) string {
		if objects {
			return `jsonb_array_elements(` + pgArray(path) + `) j(value)`
		}
		return `jsonb_array_elements_text(` + pgArray(path) + `) j(value)`
	},
	field: func(elem, key string) string { return `(` + elem + ` ->> '` + key + `')` },
	paid: `(jsonb_typeof(l.data -> 'pay') = 'object' AND COALESCE((l.data ->> 'unpaid')::boolean, false) = false AND ` +
		`COALESCE(CASE WHEN jsonb_typeof(l.data #> '{pay,max}') = 'number' THEN (l.data #>> '{pay,max}')::float8 END, 0) > 0)`,
	point: "(?::integer,?::bigint)",
	flagShares: `SELECT f.value ->> 'family', COUNT(DISTINCT l.id),
		COUNT(DISTINCT CASE WHEN f.value ->> 'severity' IN ('medium', 'high') THEN l.id END)
		FROM listings l, jsonb_array_elements(` + pgArray("$.flags") + `) f WHERE `,
	topSkills: `SELECT sk.value #>> '{}', COUNT(DISTINCT l.id) FROM listings l, jsonb_array_elements(` + pgArray("$.skills") + `) sk WHERE `,
}

// payHistogram counts the open listings, the paid ones, and the paid ones
// per hourly-pay bucket, in one pass.
func (s *sqlStore) payHistogram(ctx context.Context, st *Stats, open string, args []any) error {
	var cases strings.Builder
	cases.WriteString("CASE WHEN NOT paid OR h IS NULL OR h <= 0 THEN -1")
	for i := len(payBounds) - 1; i > 0; i-- {
		fmt.Fprintf(&cases, " WHEN h >= %g THEN %d", payBounds[i], i)
	}
	cases.WriteString(" ELSE 0 END")
	q := `WITH o AS MATERIALIZED (SELECT ` + s.d.stats.paid + ` AS paid, ` + s.d.stats.hourly + ` AS h FROM listings l WHERE ` + open + `)
		SELECT paid, ` + cases.String() + `, COUNT(*) FROM o GROUP BY 1, 2`
	rows, err := s.statsQuery(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	counts := make([]int, len(payBounds))
	for rows.Next() {
		var paid bool
		var b, n int
		if err := rows.Scan(&paid, &b, &n); err != nil {
			return err
		}
		st.Open += n
		if paid {
			st.Paid += n
		}
		if b >= 0 {
			counts[b] += n
			st.PaidHourly += n
		}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for i, lo := range payBounds {
		b := PayBucket{Min: lo, Count: counts[i]}
		if i+1 < len(payBounds) {
			hi := payBounds[i+1]
			b.Max = &hi
		}
		st.PayBuckets = append(st.PayBuckets, b)
	}
	return nil
}

func (s *sqlStore) flagShares(ctx context.Context, st *Stats, open string, args []any) error {
	q := s.d.stats.flagShares + open + ` GROUP BY 1`
	rows, err := s.statsQuery(ctx, q, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	got := map[string][2]int{}
	for rows.Next() {
		var fam sql.NullString
		var n, serious int
		if err := rows.Scan(&fam, &n, &serious); err != nil {
			return err
		}
		got[fam.String] = [2]int{n, serious}
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, fam := range statsFamilies {
		c := got[fam]
		fs := FamilyShare{Family: fam, Flagged: c[0], Serious: c[1]}
		if st.Open > 0 {
			fs.Share, fs.SeriousShare = float64(c[0])/float64(st.Open), float64(c[1])/float64(st.Open)
		}
		st.Flagged = append(st.Flagged, fs)
	}
	return nil
}

func (s *sqlStore) topSkills(ctx context.Context, st *Stats, open string, args []any, limit int) error {
	q := s.d.stats.topSkills + open + ` AND ` + s.d.skillIsText + ` GROUP BY sk.value ORDER BY 2 DESC, ` + s.d.skillOrder + ` LIMIT ?`
	rows, err := s.statsQuery(ctx, q, append(append([]any{}, args...), limit)...)
	if err != nil {
		return err
	}
	defer rows.Close()
	st.TopSkills = []SkillCount{}
	for rows.Next() {
		var sc SkillCount
		if err := rows.Scan(&sc.Skill, &sc.Count); err != nil {
			return err
		}
		st.TopSkills = append(st.TopSkills, sc)
	}
	return rows.Err()
}

// where is f as SQL over "listings l" with its arguments. Duplicates of
// another listing are always left out.
func (f StatsFilter) where(x *statsSQL, now time.Time) (string, []any) {
	conds := []string{`l.duplicate_of = ''`}
	var args []any
	in := func(expr string, vals []string, lower bool) {
		if len(vals) == 0 {
			return
		}
		conds = append(conds, expr+` IN (?`+strings.Repeat(",?", len(vals)-1)+`)`)
		for _, v := range vals {
			if lower {
				v = strings.ToLower(v)
			}
			args = append(args, v)
		}
	}
	in(x.jobType, f.Type, false)
	in(x.text("$.remote"), f.Remote, false)
	in(`l.source`, f.Source, false)
	in(`lower(`+x.text("$.company")+`)`, f.Company, true)
	exists := func(not bool, path, expr string, objects bool, vals []string, lower bool) {
		if len(vals) == 0 {
			return
		}
		c := `EXISTS (SELECT 1 FROM ` + x.each(path, objects) + ` WHERE ` + expr + ` IN (?` + strings.Repeat(",?", len(vals)-1) + `))`
		if not {
			c = "NOT " + c
		}
		conds = append(conds, c)
		for _, v := range vals {
			if lower {
				v = strings.ToLower(v)
			}
			args = append(args, v)
		}
	}
	exists(false, "$.remote_regions", "j.value", false, f.Region, false)
	exists(false, "$.skills", "lower(j.value)", false, f.Skill, true)
	exists(true, "$.flags", x.field("j.value", "id"), true, f.ExcludeFlag, false)
	if f.Paid {
		conds = append(conds, x.paid)
	}
	if f.MinHourlyUSD > 0 {
		conds = append(conds, x.hourly+` >= ?`)
		args = append(args, f.MinHourlyUSD)
	}
	if f.MaxHours > 0 {
		conds = append(conds, x.num("$.hours.max")+` > 0 AND `+x.num("$.hours.max")+` <= ?`)
		args = append(args, f.MaxHours)
	}
	if !f.PostedAfter.IsZero() {
		conds = append(conds, `COALESCE(`+x.epoch("$.posted_at")+`, l.first_seen) >= ?`)
		args = append(args, f.PostedAfter.Unix())
	}
	if !f.DeadlineAfter.IsZero() {
		conds = append(conds, x.epoch("$.deadline")+` >= ?`)
		args = append(args, f.DeadlineAfter.Unix())
	}
	return strings.Join(conds, " AND "), args
}
