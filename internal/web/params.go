package web

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/gigscout/gigscout/index"
	"github.com/gigscout/gigscout/internal/model"
)

// ParamError is a bad request parameter.
type ParamError struct {
	Param   string
	Message string
	// Value is the one unknown value of a filter (a region, flag or
	// source id nobody has): the pages drop it and say so.
	Value string
}

func (e *ParamError) Error() string { return e.Message }

func badParam(param, format string, args ...any) *ParamError {
	return &ParamError{Param: param, Message: fmt.Sprintf(format, args...)}
}

// searchParams are the parameters /api/v1/search and the feeds accept.
var searchParams = map[string]bool{
	"q": true, "remote": true, "region": true, "type": true, "skill": true, "source": true, "company": true,
	"paid": true, "min_hourly_usd": true, "max_hours": true, "posted_within": true, "deadline_after": true,
	"exclude_flag": true, "include_flagged": true, "include_closed": true, "sort": true, "limit": true, "cursor": true,
}

var remoteValues = map[string]bool{"remote": true, "hybrid": true, "onsite": true, "unknown": true}

// ParseSearch turns query parameters into an index query. An unknown
// parameter or a bad value is an error naming the parameter; warnings
// explain values that were accepted but changed nothing.
func ParseSearch(v url.Values, now time.Time) (index.Query, []string, error) {
	q := index.Query{Limit: 20}
	var warnings []string
	for k := range v {
		switch {
		case k == "":
			return q, nil, badParam("(empty)", "a parameter has an empty name (a stray \"=\" in the query string?)")
		case !searchParams[k]:
			return q, nil, badParam(k, "unknown parameter %q", k)
		}
	}
	single := func(k string) (string, error) {
		vals := v[k]
		if len(vals) > 1 {
			return "", badParam(k, "%s may be given once", k)
		}
		if len(vals) == 0 {
			return "", nil
		}
		return strings.TrimSpace(vals[0]), nil
	}
	var err error
	if q.Text, err = single("q"); err != nil {
		return q, nil, err
	}
	if utf8.RuneCountInString(q.Text) > 500 {
		return q, nil, badParam("q", "q must be at most 500 characters")
	}
	multi := func(k string, check func(string) bool, what string) ([]string, error) {
		var out []string
		for _, s := range v[k] {
			for _, part := range strings.Split(s, ",") {
				part = strings.TrimSpace(part)
				if part == "" {
					continue
				}
				if check != nil && !check(part) {
					return nil, badParam(k, "%s must be %s, got %q", k, what, part)
				}
				out = append(out, part)
			}
		}
		return out, nil
	}
	if q.Remote, err = multi("remote", func(s string) bool { return remoteValues[s] }, "remote, hybrid, onsite or unknown"); err != nil {
		return q, nil, err
	}
	if q.Type, err = multi("type", func(s string) bool { return model.JobType(s).Valid() }, "one of "+jobTypeList()); err != nil {
		return q, nil, err
	}
	for _, f := range []struct {
		k   string
		dst *[]string
	}{{"region", &q.Region}, {"skill", &q.Skill}, {"source", &q.Source}, {"company", &q.Company}, {"exclude_flag", &q.ExcludeFlag}} {
		if *f.dst, err = multi(f.k, nil, ""); err != nil {
			return q, nil, err
		}
	}
	for i, r := range q.Region {
		c, ok := canonicalRegion(r)
		if !ok {
			return q, nil, &ParamError{Param: "region", Value: r, Message: fmt.Sprintf(
				"unknown region %q: use a country code such as US, GB or IN, or EU, EMEA, MENA, Africa, LATAM, APAC, Americas or worldwide", r)}
		}
		q.Region[i] = c
	}
	for i, f := range q.ExcludeFlag {
		if !knownFlag(f) {
			return q, nil, &ParamError{Param: "exclude_flag", Value: f, Message: fmt.Sprintf("unknown flag id %q: the flags are %s", f, flagIDList())}
		}
		q.ExcludeFlag[i] = strings.ToUpper(f)
	}
	bools := []struct {
		k   string
		dst *bool
	}{{"paid", &q.Paid}, {"include_flagged", &q.IncludeFlagged}, {"include_closed", &q.IncludeClosed}}
	for _, b := range bools {
		s, err := single(b.k)
		if err != nil {
			return q, nil, err
		}
		if s == "" {
			continue
		}
		if *b.dst, err = strconv.ParseBool(s); err != nil {
			return q, nil, badParam(b.k, "%s must be true or false, got %q", b.k, s)
		}
	}
	nums := []struct {
		k   string
		dst *float64
	}{{"min_hourly_usd", &q.MinHourlyUSD}, {"max_hours", &q.MaxHours}}
	for _, n := range nums {
		s, err := single(n.k)
		if err != nil {
			return q, nil, err
		}
		if s == "" {
			continue
		}
		f, err := strconv.ParseFloat(s, 64)
		if err != nil || math.IsNaN(f) || f < 0 || f > 1e6 {
			return q, nil, badParam(n.k, "%s must be a non-negative number, got %q", n.k, s)
		}
		*n.dst = f
	}
	if s, err := single("posted_within"); err != nil {
		return q, nil, err
	} else if s != "" {
		d, err := parseWithin(s)
		if err != nil {
			return q, nil, badParam("posted_within", "posted_within must be like 24h or 7d, got %q", s)
		}
		q.PostedAfter = now.Add(-d)
	}
	if s, err := single("deadline_after"); err != nil {
		return q, nil, err
	} else if s != "" {
		t, err := parseDate(s)
		if err != nil {
			return q, nil, badParam("deadline_after", "deadline_after must be a date like 2026-12-31, got %q", s)
		}
		q.DeadlineAfter = t
	}
	if q.Sort, err = single("sort"); err != nil {
		return q, nil, err
	}
	switch q.Sort {
	case "", index.SortNewest, index.SortPay, index.SortDeadline:
	case index.SortRelevance:
		if q.Text == "" {
			warnings = append(warnings, "sort=relevance needs q; results are sorted by newest")
			q.Sort = index.SortNewest
		}
	default:
		return q, nil, badParam("sort", "sort must be relevance, newest, pay or deadline, got %q", q.Sort)
	}
	if s, err := single("limit"); err != nil {
		return q, nil, err
	} else if s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > 100 {
			return q, nil, badParam("limit", "limit must be between 1 and 100")
		}
		q.Limit = n
	}
	if q.Cursor, err = single("cursor"); err != nil {
		return q, nil, err
	}
	return q, warnings, nil
}

func parseWithin(s string) (time.Duration, error) {
	if d, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.Atoi(d)
		if err != nil || n <= 0 || n > 3650 {
			return 0, fmt.Errorf("bad days")
		}
		return time.Duration(n) * 24 * time.Hour, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, fmt.Errorf("bad duration")
	}
	return d, nil
}

func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339, s)
}

func jobTypeList() string {
	var s []string
	for _, t := range model.JobTypes {
		s = append(s, string(t))
	}
	return strings.Join(s, ", ")
}
