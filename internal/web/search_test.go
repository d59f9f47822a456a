package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestSearchParameters(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	tests := []struct {
		name, query string
		want        []string // ids in order
	}{
		{"no parameters: newest, high risk, closed and duplicates hidden", "", visibleIDs},
		{"q words AND'ed", "q=data+python", []string{"l04", "l01"}},
		{"q phrase", "q=%22data+analysis%22", []string{"l01"}},
		{"q excluded word", "q=data+-python&sort=newest", []string{"l09"}},
		{"q excluded phrase", "q=project+-%22python+data%22&sort=newest", []string{"l02", "l07"}},
		{"q stemmed", "q=cleaned", []string{"l04"}},
		{"remote", "remote=hybrid", []string{"l03"}},
		{"remote repeated is OR", "remote=hybrid&remote=onsite", []string{"l08", "l03"}},
		{"remote comma is OR", "remote=hybrid,onsite", []string{"l08", "l03"}},
		// A region finds the listings open to it: those naming it, an area
		// it lies in, or the whole world (l04).
		{"region", "region=eu", []string{"l04", "l02", "l12"}},
		{"region a country finds its area", "region=de", []string{"l04", "l02", "l12"}},
		{"region a country finds only its own areas", "region=IN", []string{"l04"}},
		{"region OR", "region=US&region=DE", []string{"l01", "l04", "l02", "l09", "l07", "l12"}},
		{"region worldwide", "region=Worldwide", []string{"l04"}},
		{"type", "type=micro_internship", []string{"l01", "l09"}},
		{"type OR", "type=micro_internship&type=contract", []string{"l01", "l09", "l07"}},
		{"skill case-insensitive", "skill=python", []string{"l01", "l04"}},
		{"skill OR", "skill=Python&skill=excel", []string{"l01", "l04", "l02", "l12", "l08"}},
		{"source", "source=acme", []string{"l02", "l08", "l03"}},
		{"company case-insensitive", "company=brightpath", []string{"l01", "l09"}},
		{"fields AND'ed", "source=acme&type=internship", []string{"l08", "l03"}},
		{"paid", "paid=true", []string{"l01", "l04", "l02", "l09", "l07", "l12", "l08"}},
		{"paid=false is no filter", "paid=false", visibleIDs},
		{"min_hourly_usd", "min_hourly_usd=25", []string{"l04", "l02", "l07"}},
		{"max_hours", "max_hours=10", []string{"l04", "l12"}},
		{"posted_within days", "posted_within=3d", []string{"l01", "l04", "l02"}},
		{"posted_within hours", "posted_within=36h", []string{"l01"}},
		{"deadline_after", "deadline_after=" + testNow.AddDate(0, 0, 10).Format("2006-01-02"), []string{"l01"}},
		{"exclude_flag", "exclude_flag=pay_below_floor&exclude_flag=VAGUE_CATCHALL_DUTIES", []string{"l01", "l04", "l09", "l07", "l12", "l03"}},
		{"include_flagged", "include_flagged=true&type=part_time,volunteer", []string{"l05", "l06"}},
		{"include_closed", "include_closed=true&source=oldboard", []string{"l10"}},
		{"closed hidden", "source=oldboard", []string{}},
		{"sort pay", "sort=pay&limit=4", []string{"l07", "l04", "l02", "l12"}},
		{"sort deadline", "sort=deadline&limit=2", []string{"l07", "l01"}},
		{"sort relevance", "q=data&sort=relevance&limit=1", []string{"l01"}},
		{"limit", "limit=2", []string{"l01", "l04"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, h, "/api/v1/search?"+tt.query)
			if w.Code != http.StatusOK {
				t.Fatalf("status %d: %s", w.Code, w.Body)
			}
			res := decode[SearchResponse](t, w)
			if got := ids(res); !slices.Equal(got, tt.want) {
				t.Errorf("ids = %v, want %v", got, tt.want)
			}
			for _, r := range res.Data {
				if r.DescriptionHTML != "" || r.Text != "" {
					t.Errorf("%s carries description or text", r.ID)
				}
			}
		})
	}
}

// TestSearchQueryLengthInCharacters: q's bound is 500 characters, not
// bytes: 500 two-byte letters (1,000 bytes) are a search, 501 are a 400.
func TestSearchQueryLengthInCharacters(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	if w := get(t, h, "/api/v1/search?q="+url.QueryEscape(strings.Repeat("é", 500))); w.Code != http.StatusOK {
		t.Fatalf("500 characters: status %d, want 200: %s", w.Code, w.Body)
	}
}

func TestSearchBadParameters(t *testing.T) {
	s := newTestServer(t, Options{})
	h := s.Handler()
	other := decode[SearchResponse](t, get(t, h, "/api/v1/search?sort=pay&limit=1")).Meta.NextCursor
	tests := []struct{ query, param, message string }{
		{"colour=red", "colour", `unknown parameter "colour"`},
		{"Q=data", "Q", "unknown parameter"},
		{"q=a&q=b", "q", "once"},
		{"q=" + strings.Repeat("x", 501), "q", "500"},
		{"q=" + url.QueryEscape(strings.Repeat("é", 501)), "q", "500 characters"},
		{"remote=mars", "remote", "remote, hybrid, onsite or unknown"},
		{"type=job", "type", "micro_internship"},
		{"paid=maybe", "paid", "true or false"},
		{"include_flagged=2", "include_flagged", "true or false"},
		{"include_closed=yes", "include_closed", "true or false"},
		{"min_hourly_usd=-1", "min_hourly_usd", "non-negative"},
		{"min_hourly_usd=ten", "min_hourly_usd", "non-negative"},
		{"max_hours=NaN", "max_hours", "non-negative"},
		{"posted_within=3x", "posted_within", "24h or 7d"},
		{"posted_within=0d", "posted_within", "24h or 7d"},
		{"deadline_after=tomorrow", "deadline_after", "date"},
		{"sort=random", "sort", "relevance, newest, pay or deadline"},
		{"limit=0", "limit", "between 1 and 100"},
		{"limit=101", "limit", "between 1 and 100"},
		{"limit=ten", "limit", "between 1 and 100"},
		{"limit=1&limit=2", "limit", "once"},
		{"cursor=not-a-cursor", "cursor", "invalid"},
		{"cursor=" + url.QueryEscape(other), "cursor", "another sort"},
	}
	for _, tt := range tests {
		t.Run(tt.query[:min(len(tt.query), 40)], func(t *testing.T) {
			w := get(t, h, "/api/v1/search?"+tt.query)
			if w.Code != http.StatusBadRequest {
				t.Fatalf("status %d, want 400: %s", w.Code, w.Body)
			}
			e := decode[errorBody](t, w)
			if e.Error.Code != "invalid_param" || e.Error.Param != tt.param || !strings.Contains(e.Error.Message, tt.message) {
				t.Errorf("error = %+v, want param %q with %q", e.Error, tt.param, tt.message)
			}
		})
	}
}

func TestSearchWarningsAndSnippets(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	res := decode[SearchResponse](t, get(t, h, "/api/v1/search?sort=relevance"))
	if len(res.Meta.Warnings) != 1 || !strings.Contains(res.Meta.Warnings[0], "needs q") {
		t.Errorf("warnings = %q", res.Meta.Warnings)
	}
	res = decode[SearchResponse](t, get(t, h, "/api/v1/search?q=pandas"))
	if len(res.Data) != 1 || !strings.Contains(res.Data[0].Snippet, "<mark>pandas</mark>") {
		t.Errorf("snippet = %+v", res.Data)
	}
	if res.Meta.Warnings == nil || len(res.Meta.Warnings) != 0 {
		t.Errorf("warnings must be [] when none: %#v", res.Meta.Warnings)
	}
	res = decode[SearchResponse](t, get(t, h, "/api/v1/search"))
	if res.Data[0].Snippet != "" {
		t.Errorf("snippet without q: %q", res.Data[0].Snippet)
	}
}

func TestSearchDidYouMean(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	tests := []struct{ query, want string }{
		{"q=pyhton", "python"},
		{"q=marketting+reserch", "marketting research"}, // marketting stems like marketing: kept
		{"q=pyhton&type=project", "python"},
		{"q=python", ""},              // enough found
		{"q=zzzzzz", ""},              // nothing near
		{"q=figma&remote=onsite", ""}, // the words exist: the filters find nothing
	}
	for _, tt := range tests {
		res := decode[SearchResponse](t, get(t, h, "/api/v1/search?"+tt.query))
		if res.Meta.Suggestion != tt.want {
			t.Errorf("%s: suggestion = %q, want %q", tt.query, res.Meta.Suggestion, tt.want)
		}
	}
}

func TestFacetsAreDisjunctive(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	count := func(res SearchResponse, field, value string) int {
		for _, fc := range res.Meta.Facets[field] {
			if fc.Value == value {
				return fc.Count
			}
		}
		return 0
	}
	all := decode[SearchResponse](t, get(t, h, "/api/v1/search"))
	for _, f := range []string{"remote", "type", "skills", "source", "flags", "region"} {
		if _, ok := all.Meta.Facets[f]; !ok {
			t.Errorf("facet %s missing", f)
		}
	}
	for _, c := range []struct {
		field, value string
		want         int
	}{
		{"remote", "remote", 6}, {"remote", "hybrid", 1}, {"remote", "onsite", 1},
		{"type", "project", 3}, {"type", "micro_internship", 2}, {"type", "internship", 2}, {"type", "contract", 1},
		{"skills", "Python", 2}, {"skills", "Excel", 3}, {"source", "brightpath", 3}, {"source", "acme", 3},
		{"flags", "PAY_UNSPECIFIED", 1}, {"flags", "PAY_BELOW_FLOOR", 1}, {"region", "US", 4}, {"region", "EU", 2},
		{"type", "part_time", 0}, // high risk: hidden
	} {
		if got := count(all, c.field, c.value); got != c.want {
			t.Errorf("facet %s=%s: %d, want %d", c.field, c.value, got, c.want)
		}
	}
	// Choosing a type keeps the other types' counts (disjunctive) and
	// narrows every other facet.
	one := decode[SearchResponse](t, get(t, h, "/api/v1/search?type=project"))
	if one.Meta.Total != 3 {
		t.Fatalf("total = %d", one.Meta.Total)
	}
	if got := count(one, "type", "micro_internship"); got != 2 {
		t.Errorf("type facet under type=project: micro_internship = %d, want 2", got)
	}
	if got := count(one, "skills", "Python"); got != 1 {
		t.Errorf("skills facet under type=project: Python = %d, want 1", got)
	}
	if got := count(one, "remote", "hybrid"); got != 0 {
		t.Errorf("remote facet under type=project: hybrid = %d, want 0", got)
	}
	both := decode[SearchResponse](t, get(t, h, "/api/v1/search?type=project&skill=Excel"))
	if got := count(both, "skills", "Python"); got != 1 {
		t.Errorf("skills facet ignores its own filter: Python = %d, want 1", got)
	}
	if got := count(both, "type", "internship"); got != 1 {
		t.Errorf("type facet under skill=Excel: internship = %d, want 1", got)
	}
}

func TestCursorPagesThroughAll(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	for _, sort := range []string{"newest", "pay", "deadline", "relevance"} {
		for _, limit := range []int{1, 2, 3} {
			base := "/api/v1/search?include_flagged=true&include_closed=true&sort=" + sort + "&limit=" + string(rune('0'+limit))
			if sort == "relevance" {
				base += "&q=project+OR+data"
				base = strings.Replace(base, "+OR", "", 1)
			}
			full := decode[SearchResponse](t, get(t, h, strings.Replace(base, "&limit="+string(rune('0'+limit)), "&limit=100", 1)))
			seen := map[string]bool{}
			var got []string
			target := base
			for pages := 0; ; pages++ {
				if pages > 20 {
					t.Fatalf("%s: too many pages", base)
				}
				w := get(t, h, target)
				if w.Code != 200 {
					t.Fatalf("%s: %d %s", target, w.Code, w.Body)
				}
				res := decode[SearchResponse](t, w)
				if res.Meta.Total != full.Meta.Total {
					t.Errorf("%s: total %d on a later page, want %d", base, res.Meta.Total, full.Meta.Total)
				}
				for _, id := range ids(res) {
					if seen[id] {
						t.Errorf("%s: %s twice", base, id)
					}
					seen[id] = true
					got = append(got, id)
				}
				if res.Meta.NextCursor == "" {
					break
				}
				target = base + "&cursor=" + url.QueryEscape(res.Meta.NextCursor)
			}
			if !slices.Equal(got, ids(full)) {
				t.Errorf("%s: pages gave %v, one page %v", base, got, ids(full))
			}
		}
	}
}

func TestListingAPI(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	w := get(t, h, "/api/v1/listings/l01")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"description_html":"<p>Analyse`) {
		t.Fatalf("listing: %d %s", w.Code, w.Body)
	}
	if w.Header().Get("ETag") == "" {
		t.Error("no ETag on a listing")
	}
	w = get(t, h, "/api/v1/listings/nope")
	if e := decode[errorBody](t, w); w.Code != 404 || e.Error.Code != "not_found" {
		t.Errorf("missing listing: %d %+v", w.Code, e)
	}
	w = get(t, h, "/api/v1/nothing")
	if e := decode[errorBody](t, w); w.Code != 404 || e.Error.Code != "not_found" {
		t.Errorf("unknown endpoint: %d %+v", w.Code, e)
	}
	w = get(t, h, "/api/v1/sources")
	if w.Code != 200 || !strings.Contains(w.Body.String(), `"data":[]`) {
		t.Errorf("sources without a func: %d %s", w.Code, w.Body)
	}
}

func TestNoIndexIsUnavailable(t *testing.T) {
	st, _ := mustData(t, testListings()[:1])
	h := New(Options{Store: st}).Handler()
	for _, p := range []string{"/api/v1/search", "/api/v1/suggest?q=da", "/feeds/search.atom"} {
		w := get(t, h, p)
		if e := decode[errorBody](t, w); w.Code != 503 || e.Error.Code != "unavailable" {
			t.Errorf("%s without an index: %d %s", p, w.Code, w.Body)
		}
	}
}
