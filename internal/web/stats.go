package web

import (
	"context"
	"encoding/json"
	"fmt"
	"html/template"
	"maps"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
	"github.com/gigscout/gigscout/internal/store"
)

// WidgetScope is what a widget key narrows the dashboard to: the key's
// name, its preset filters (the search API's parameter names) and its
// searches and clicks per day.
type WidgetScope struct {
	Name    string
	Presets url.Values
	Days    []WidgetDay
}

// WidgetDay is one day of a widget's use: the store's record of it.
type WidgetDay = store.WidgetDay

// widgetScope is the WidgetScope of a key issued by this server: the key
// checked (signature, revocation, expiry), its presets, and its searches
// and clicks over the weeks the dashboard shows.
func (s *Server) widgetScope(ctx context.Context, raw string) (*WidgetScope, error) {
	k, err := s.resolveWidgetKey(ctx, raw)
	if err != nil {
		return nil, err
	}
	to := s.opts.Now().UTC()
	days, err := s.opts.Store.WidgetDaily(ctx, k.ID, to.AddDate(0, 0, -7*statsWeeks+1), to)
	if err != nil {
		return nil, err
	}
	return &WidgetScope{Name: k.Name, Presets: k.Presets, Days: days}, nil
}

// statsTTL is how long computed figures are served before they are
// computed again: they are the same for everyone.
const statsTTL = time.Minute

// statsWeeks is how many weeks the series cover.
const statsWeeks = 12

// statsNotApplied are the search parameters a key's presets may carry that
// the dashboard cannot or does not apply: q is full-text search (the
// index's, not SQL's); the figures count flagged and closed listings
// (the shares and the weekly series need them); the rest shape a result
// page, not a set of listings.
var statsNotApplied = []string{"q", "include_flagged", "include_closed", "sort", "limit", "cursor"}

// statsCache keeps computed figures per filter for statsTTL.
type statsCache struct {
	mu sync.Mutex
	m  map[string]statsEntry
}

type statsEntry struct {
	st *store.Stats
	at time.Time
}

// statsCacheMax bounds the figures kept (one per distinct key preset set).
const statsCacheMax = 256

// StatsResponse is the JSON of GET /api/v1/stats.
type StatsResponse struct {
	GeneratedAt time.Time `json:"generated_at"`
	// Weeks are the Mondays (UTC) beginning each week of the series.
	Weeks []string `json:"weeks"`
	// Open counts the listings open now; the figures below are over them.
	Open         int                 `json:"open"`
	OpenByType   []store.Series      `json:"open_by_type"`
	OpenBySource []store.Series      `json:"open_by_source"`
	HourlyPayUSD StatsPay            `json:"hourly_pay_usd"`
	Flagged      []store.FamilyShare `json:"flagged"`
	TopSkills    []store.SkillCount  `json:"top_skills"`
	Widget       *StatsWidget        `json:"widget,omitempty"`
}

// StatsPay is the hourly-pay distribution of open paid listings.
type StatsPay struct {
	Paid       int               `json:"paid"`
	WithHourly int               `json:"with_hourly"`
	Buckets    []store.PayBucket `json:"buckets"`
}

// StatsWidget is the key a response is scoped to.
type StatsWidget struct {
	Name       string      `json:"name"`
	Presets    url.Values  `json:"presets"`
	NotApplied []string    `json:"not_applied"`
	Days       []WidgetDay `json:"days"`
}

// statsFor computes (or takes from the cache) the figures of the request:
// all listings, or those a widget key's presets keep.
func (s *Server) statsFor(r *http.Request) (*StatsResponse, error) {
	v := r.URL.Query()
	for k := range v {
		switch k {
		case "key":
		case "":
			return nil, badParam("(empty)", "a parameter has an empty name (a stray \"=\" in the query string?)")
		default:
			return nil, badParam(k, "unknown parameter %q", k)
		}
	}
	var scope *WidgetScope
	if keys, ok := v["key"]; ok {
		switch {
		case len(keys) > 1:
			return nil, badParam("key", "key may be given once")
		case strings.TrimSpace(keys[0]) == "":
			return nil, badParam("key", "key must not be empty")
		case s.opts.WidgetScope == nil:
			return nil, badParam("key", "widget keys are not enabled on this server")
		}
		var err error
		if scope, err = s.opts.WidgetScope(r.Context(), keys[0]); err != nil {
			return nil, err
		}
		if scope == nil {
			return nil, fmt.Errorf("web: widget scope of a key is nil")
		}
	}
	now := s.opts.Now().UTC()
	var f store.StatsFilter
	if scope != nil {
		var err error
		if f, err = presetFilter(scope.Presets, now); err != nil {
			// %v: the key's own preset is broken, a server error, not the request's.
			return nil, fmt.Errorf("web: presets of widget %q: %v", scope.Name, err)
		}
	}
	st, at, err := s.cachedStats(r.Context(), f, now)
	if err != nil {
		return nil, err
	}
	res := &StatsResponse{GeneratedAt: at.Truncate(time.Second), Open: st.Open, OpenByType: st.OpenByType, OpenBySource: st.OpenBySource,
		HourlyPayUSD: StatsPay{Paid: st.Paid, WithHourly: st.PaidHourly, Buckets: st.PayBuckets}, Flagged: st.Flagged, TopSkills: st.TopSkills}
	for _, w := range st.Weeks {
		res.Weeks = append(res.Weeks, w.Format("2006-01-02"))
	}
	if scope != nil {
		w := &StatsWidget{Name: scope.Name, Presets: scope.Presets, NotApplied: []string{}, Days: scope.Days}
		if w.Presets == nil {
			w.Presets = url.Values{}
		}
		if w.Days == nil {
			w.Days = []WidgetDay{}
		}
		for _, k := range statsNotApplied {
			if _, ok := scope.Presets[k]; ok {
				w.NotApplied = append(w.NotApplied, k)
			}
		}
		res.Widget = w
	}
	return res, nil
}

// presetFilter turns a key's presets into the store's filter, checked as
// the search API checks them.
func presetFilter(presets url.Values, now time.Time) (store.StatsFilter, error) {
	q, _, err := ParseSearch(presets, now)
	if err != nil {
		return store.StatsFilter{}, err
	}
	return store.StatsFilter{Type: q.Type, Remote: q.Remote, Region: index.RegionsOpenTo(q.Region), Source: q.Source, Skill: q.Skill, Company: q.Company,
		ExcludeFlag: q.ExcludeFlag, Paid: q.Paid, MinHourlyUSD: q.MinHourlyUSD, MaxHours: q.MaxHours,
		PostedAfter: q.PostedAfter, DeadlineAfter: q.DeadlineAfter}, nil
}

// cachedStats serves figures computed less than statsTTL ago for the same
// filter, or computes them, and says when they were computed. A filter
// bound to the clock (posted_within) is cached like the rest: a minute
// does not move it much.
func (s *Server) cachedStats(ctx context.Context, f store.StatsFilter, now time.Time) (*store.Stats, time.Time, error) {
	f.PostedAfter = f.PostedAfter.Truncate(time.Minute)
	b, err := json.Marshal(f)
	if err != nil {
		return nil, time.Time{}, err
	}
	key := string(b)
	c := &s.stats
	c.mu.Lock()
	e, ok := c.m[key]
	c.mu.Unlock()
	if ok && now.Sub(e.at) < statsTTL && !now.Before(e.at) {
		return e.st, e.at, nil
	}
	st, err := s.opts.Store.Stats(ctx, f, store.StatsOptions{Weeks: statsWeeks, Now: now})
	if err != nil {
		return nil, time.Time{}, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = map[string]statsEntry{}
	}
	if len(c.m) >= statsCacheMax {
		for k, e := range c.m {
			if now.Sub(e.at) >= statsTTL || now.Before(e.at) {
				delete(c.m, k)
			}
		}
		if len(c.m) >= statsCacheMax {
			clear(c.m)
		}
	}
	c.m[key] = statsEntry{st: st, at: now}
	return st, now, nil
}

func (s *Server) statsAPI(w http.ResponseWriter, r *http.Request) {
	res, err := s.statsFor(r)
	if err != nil {
		s.error(w, r, err)
		return
	}
	body, err := encodeJSON(res)
	if err != nil {
		s.error(w, r, err)
		return
	}
	s.serveCached(w, r, cached{contentType: contentJSON, body: body, maxAge: statsTTL})
}

// statsView is the /stats page's data.
type statsView struct {
	Res        *StatsResponse
	Charts     []chartView
	Presets    [][2]string // parameter, values
	NotApplied []string
	NoUse      bool // scoped to a key with no searches recorded
	Generated  string
	OpenText   string
	APIURL     string
}

// chartView is one figure: the chart, its caption and its numbers.
type chartView struct {
	ID, Title, Summary string
	SVG                template.HTML
	Head               []string   // the table's column headers
	Rows               [][]string // each row: a header cell, then values
}

func (s *Server) statsPage(w http.ResponseWriter, r *http.Request) {
	res, err := s.statsFor(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	v := &statsView{Res: res, Generated: res.GeneratedAt.Format("2 January 2006, 15:04 MST"),
		OpenText: countText(uint64(res.Open), "open listing", "open listings"), APIURL: "/api/v1/stats"}
	if r.URL.RawQuery != "" {
		v.APIURL += "?" + r.URL.Query().Encode()
	}
	if v.Charts, err = statsCharts(res, s.sourceLabeler(r.Context())); err != nil {
		s.errorPage(w, r, err)
		return
	}
	title := "Listings at a glance"
	if wd := res.Widget; wd != nil {
		title = "Listings at a glance: " + wd.Name
		for _, k := range slices.Sorted(maps.Keys(wd.Presets)) {
			v.Presets = append(v.Presets, [2]string{k, strings.Join(wd.Presets[k], ", ")})
		}
		v.NotApplied = wd.NotApplied
		v.NoUse = len(wd.Days) == 0
	}
	s.render(w, r, http.StatusOK, "stats", pageData{Title: title, Page: v, Noindex: res.Widget != nil})
}

// maxLines is how many series a weekly chart draws; the rest are summed
// as "Other" (the table and the JSON keep every one).
const maxLines = 6

// statsCharts draws the dashboard's figures.
func statsCharts(res *StatsResponse, sourceName func(string) string) ([]chartView, error) {
	weekLabels := make([]string, len(res.Weeks))
	for i, w := range res.Weeks {
		t, _ := time.Parse("2006-01-02", w)
		weekLabels[i] = t.Format("Jan 2")
	}
	var out []chartView
	add := func(cv chartView, draw func(label string) (template.HTML, error)) error {
		svg, err := draw(cv.Title + ". " + cv.Summary)
		if err != nil {
			return err
		}
		cv.SVG = svg
		out = append(out, cv)
		return nil
	}

	weekly := func(id, title string, what [2]string, series []store.Series, name func(string) string) error {
		cv := chartView{ID: id, Title: title, Head: append([]string{"Week of"}, seriesNames(series, name)...)}
		for i, w := range weekLabels {
			row := []string{w}
			for _, se := range series {
				row = append(row, fmt.Sprint(se.Counts[i]))
			}
			cv.Rows = append(cv.Rows, row)
		}
		cv.Summary = weeklySummary(series, weekLabels, what, name)
		return add(cv, func(label string) (template.HTML, error) {
			if len(series) == 0 {
				return lineChart(weekLabels, []namedSeries{{Name: "Open listings", Values: make([]float64, len(weekLabels))}}, label)
			}
			return lineChart(weekLabels, topSeries(series, name), label)
		})
	}
	if err := weekly("by-type", "Open listings by kind of work, last 12 weeks", [2]string{"kind of work", "kinds of work"}, res.OpenByType,
		func(t string) string { return typeText(model.JobType(t)) }); err != nil {
		return nil, err
	}
	if err := weekly("by-source", "Open listings by source, last 12 weeks", [2]string{"source", "sources"}, res.OpenBySource,
		sourceName); err != nil {
		return nil, err
	}

	pay := res.HourlyPayUSD
	payCV := chartView{ID: "pay", Title: "Hourly pay of paid listings, in US dollars an hour", Head: []string{"Hourly pay", "Listings"}}
	var payLabels []string
	var payValues []float64
	for _, b := range pay.Buckets {
		l := bucketLabel(b)
		short := strings.NewReplacer("under $", "<", "$", "").Replace(l) // the axis is narrow; the title says dollars
		payLabels, payValues = append(payLabels, short), append(payValues, float64(b.Count))
		payCV.Rows = append(payCV.Rows, []string{l, fmt.Sprint(b.Count)})
	}
	payCV.Summary = paySummary(pay)
	if err := add(payCV, func(label string) (template.HTML, error) {
		return barChart(payLabels, []namedSeries{{Name: "Listings", Values: payValues}}, false, countAxis([][]float64{payValues}), label)
	}); err != nil {
		return nil, err
	}

	flagCV := chartView{ID: "flags", Title: "Share of open listings with red flags, by family", Head: []string{"Family", "Any flag", "Medium or high"}}
	var famLabels []string
	anyShare, serious := namedSeries{Name: "Any flag"}, namedSeries{Name: "Medium or high"}
	for _, fs := range res.Flagged {
		l := familyLabel(fs.Family)
		famLabels = append(famLabels, l)
		anyShare.Values = append(anyShare.Values, 100*fs.Share)
		serious.Values = append(serious.Values, 100*fs.SeriousShare)
		flagCV.Rows = append(flagCV.Rows, []string{l, fmt.Sprintf("%s (%d)", percent(fs.Share), fs.Flagged), fmt.Sprintf("%s (%d)", percent(fs.SeriousShare), fs.Serious)})
	}
	flagCV.Summary = flagSummary(res)
	if err := add(flagCV, func(label string) (template.HTML, error) {
		return barChart(famLabels, []namedSeries{anyShare, serious}, true, percentAxis(), label)
	}); err != nil {
		return nil, err
	}

	skillCV := chartView{ID: "skills", Title: "Skills most asked for in open listings", Head: []string{"Skill", "Listings"}}
	var skillLabels []string
	var skillValues []float64
	for _, sc := range res.TopSkills {
		skillLabels, skillValues = append(skillLabels, sc.Skill), append(skillValues, float64(sc.Count))
		skillCV.Rows = append(skillCV.Rows, []string{sc.Skill, fmt.Sprint(sc.Count)})
	}
	skillCV.Summary = skillSummary(res.TopSkills)
	if len(res.TopSkills) > 0 {
		if err := add(skillCV, func(label string) (template.HTML, error) {
			return barChart(skillLabels, []namedSeries{{Name: "Listings", Values: skillValues}}, true, countAxis([][]float64{skillValues}), label)
		}); err != nil {
			return nil, err
		}
	} else {
		out = append(out, skillCV) // no chart: the caption says why
	}

	if wd := res.Widget; wd != nil && len(wd.Days) > 0 {
		useCV := chartView{ID: "widget", Title: "Searches and clicks in your widget, per day", Head: []string{"Day", "Searches", "Clicks"}}
		var dayLabels []string
		searches, clicks := namedSeries{Name: "Searches"}, namedSeries{Name: "Clicks"}
		var ts, tc int
		for _, d := range wd.Days {
			l := d.Day
			if t, err := time.Parse("2006-01-02", d.Day); err == nil {
				l = t.Format("Jan 2")
			}
			dayLabels = append(dayLabels, l)
			searches.Values, clicks.Values = append(searches.Values, float64(d.Searches)), append(clicks.Values, float64(d.Clicks))
			useCV.Rows = append(useCV.Rows, []string{l, fmt.Sprint(d.Searches), fmt.Sprint(d.Clicks)})
			ts, tc = ts+d.Searches, tc+d.Clicks
		}
		useCV.Summary = fmt.Sprintf("Over %s from %s to %s: %s and %s.", countText(uint64(len(wd.Days)), "day", "days"),
			dayLabels[0], dayLabels[len(dayLabels)-1], countText(uint64(ts), "search", "searches"), countText(uint64(tc), "click", "clicks"))
		if err := add(useCV, func(label string) (template.HTML, error) {
			return lineChart(dayLabels, []namedSeries{searches, clicks}, label)
		}); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func seriesNames(series []store.Series, name func(string) string) []string {
	out := make([]string, len(series))
	for i, s := range series {
		out[i] = name(s.Name)
	}
	return out
}

// topSeries are the maxLines-1 largest series and the rest summed as
// "Other" (all of them when they fit).
func topSeries(series []store.Series, name func(string) string) []namedSeries {
	var out []namedSeries
	var other []float64
	for i, s := range series { // largest first (the store sorts them)
		vals := make([]float64, len(s.Counts))
		for j, c := range s.Counts {
			vals[j] = float64(c)
		}
		if len(series) <= maxLines || i < maxLines-1 {
			out = append(out, namedSeries{Name: name(s.Name), Values: vals})
			continue
		}
		if other == nil {
			other = make([]float64, len(vals))
		}
		for j, v := range vals {
			other[j] += v
		}
	}
	if other != nil {
		out = append(out, namedSeries{Name: "Other", Values: other})
	}
	return out
}

func weeklySummary(series []store.Series, weeks []string, what [2]string, name func(string) string) string {
	if len(series) == 0 || len(weeks) == 0 {
		return "No listings were open in these weeks."
	}
	last := len(weeks) - 1
	total := func(i int) int {
		n := 0
		for _, s := range series {
			n += s.Counts[i]
		}
		return n
	}
	var parts []string
	for i, s := range series {
		if i == 3 {
			break
		}
		if s.Counts[last] > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", name(s.Name), s.Counts[last]))
		}
	}
	out := fmt.Sprintf("%s open now", countText(uint64(total(last)), "listing", "listings"))
	if len(parts) > 0 {
		out += " (most from " + strings.Join(parts, ", ") + ")"
	}
	return out + fmt.Sprintf(", against %d in the week of %s; %s in all.", total(0), weeks[0], countText(uint64(len(series)), what[0], what[1]))
}

func bucketLabel(b store.PayBucket) string {
	switch {
	case b.Max == nil:
		return fmt.Sprintf("$%g+", b.Min)
	case b.Min == 0:
		return fmt.Sprintf("under $%g", *b.Max)
	}
	return fmt.Sprintf("$%g–%g", b.Min, *b.Max)
}

func paySummary(p StatsPay) string {
	if p.WithHourly == 0 {
		return fmt.Sprintf("%s open; none states an hourly rate or a fee with its hours.", countText(uint64(p.Paid), "paid listing is", "paid listings are"))
	}
	// The bucket holding the median.
	half, seen, median := (p.WithHourly+1)/2, 0, ""
	under20 := 0
	for _, b := range p.Buckets {
		seen += b.Count
		if median == "" && seen >= half {
			median = bucketLabel(b)
		}
		if b.Max != nil && *b.Max <= 20 {
			under20 += b.Count
		}
	}
	return fmt.Sprintf("%d of %s give an hourly figure; the middle one is in the %s range an hour, and %d pay under $20 an hour.",
		p.WithHourly, countText(uint64(p.Paid), "open paid listing", "open paid listings"), median, under20)
}

var familyLabels = map[string]string{"unpaid": "Unpaid", "vague": "Vague", "scam": "Scam"}

func familyLabel(f string) string {
	if l, ok := familyLabels[f]; ok {
		return l
	}
	return f
}

func percent(v float64) string { return fmt.Sprintf("%.0f%%", 100*v) }

func flagSummary(res *StatsResponse) string {
	if res.Open == 0 {
		return "No listings are open."
	}
	var parts []string
	for _, fs := range res.Flagged {
		parts = append(parts, fmt.Sprintf("%s %s (%s medium or high)", strings.ToLower(familyLabel(fs.Family)), percent(fs.Share), percent(fs.SeriousShare)))
	}
	return fmt.Sprintf("Of %s: %s.", countText(uint64(res.Open), "open listing", "open listings"), strings.Join(parts, ", "))
}

func skillSummary(sk []store.SkillCount) string {
	if len(sk) == 0 {
		return "No open listing names a skill."
	}
	var parts []string
	for i, s := range sk {
		if i == 5 {
			break
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", s.Skill, s.Count))
	}
	return "Most asked for: " + strings.Join(parts, ", ") + "."
}
