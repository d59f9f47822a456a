package web

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

func TestSearchPage(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	w := get(t, h, "/?q=data&type=micro_internship&min_hourly_usd=&max_hours=")
	if w.Code != 200 || w.Header().Get("Content-Type") != "text/html; charset=utf-8" {
		t.Fatalf("status %d %s", w.Code, w.Header())
	}
	page := w.Body.String()
	for _, want := range []string{
		`<html lang="en">`, `<main id="main"`, `role="search"`, `<label for="q">`,
		`2 listings for “data”`,
		`href="/listings/l01?from=q%3Ddata%26type%3Dmicro_internship">Data analysis micro-internship</a> <span class="new">New</span>`,
		`<span class="muted posted">Posted 1 day ago</span>`,
		`<li class="badge hours">Over 2–4 weeks</li>`,
		`<li class="badge pay">$300 per project (≈ $20/h)</li>`,
		`<li class="badge hours">15 hours in total</li>`,
		`<li class="badge where">Remote (United States)</li>`,
		`id="f-type-micro_internship" name="type" value="micro_internship" checked><label for="f-type-micro_internship">Micro-internship <span class="count">(2)</span>`,
		`<label for="f-type-project">Project <span class="count">(1)</span>`, // disjunctive: other types still counted
		`<mark>data</mark>`,
		`<link rel="alternate" type="application/atom+xml" title="This search (Atom)" href="/feeds/search.atom?q=data&amp;type=micro_internship">`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	// Every input has a label.
	for _, m := range regexp.MustCompile(`<input[^>]* id="([^"]+)"`).FindAllStringSubmatch(page, -1) {
		if !strings.Contains(page, `for="`+m[1]+`"`) {
			t.Errorf("input %s has no label", m[1])
		}
	}

	w = get(t, h, "/?limit=3")
	page = w.Body.String()
	if !strings.Contains(page, `rel="next"`) || strings.Contains(page, `rel="prev"`) || !strings.Contains(page, `1–3 of 8 listings`) ||
		!strings.Contains(page, `<span aria-current="page" class="current">1</span>`) || !strings.Contains(page, `<a href="/?limit=3&amp;page=3" aria-label="Page 3">3</a>`) {
		t.Error("first page: want a next link, no previous link, 1–3 of 8 and links to pages 2 and 3")
	}
	next := regexp.MustCompile(`href="([^"]+)" rel="next"`).FindStringSubmatch(page)[1]
	page = get(t, h, strings.ReplaceAll(next, "&amp;", "&")).Body.String()
	if !strings.Contains(page, `rel="prev"`) || !strings.Contains(page, `/listings/l09?`) || strings.Contains(page, `/listings/l01?`) ||
		!strings.Contains(page, `4–6 of 8 listings`) {
		t.Error("second page: want l09, 4–6 of 8 and a previous-page link, not l01")
	}
	page = get(t, h, "/?limit=3&page=3").Body.String()
	if !strings.Contains(page, `7–8 of 8 listings`) || strings.Contains(page, `rel="next"`) {
		t.Error("last page: want 7–8 of 8 and no next link")
	}

	w = get(t, h, "/?q=pyhton")
	if !strings.Contains(w.Body.String(), `Did you mean <a href="/?q=python" id="did-you-mean">python</a>?`) {
		t.Error("no did-you-mean link")
	}
	w = get(t, h, "/?limit=500")
	if w.Code != 400 || !strings.Contains(w.Body.String(), "limit must be between 1 and 100") || !strings.Contains(w.Body.String(), `role="alert"`) {
		t.Errorf("bad parameter page: %d", w.Code)
	}
	w = get(t, h, "/?q=zzzzzz")
	if !strings.Contains(w.Body.String(), "No listing matches this search.") {
		t.Error("no empty state")
	}
}

func TestListingPage(t *testing.T) {
	h := newTestServer(t, Options{PublicURL: "https://gigscout.example.org"}).Handler()
	w := get(t, h, "/listings/l08")
	if w.Code != 200 {
		t.Fatalf("status %d", w.Code)
	}
	page := w.Body.String()
	for _, want := range []string{
		`<h1 id="listing-title">Research assistant internship</h1>`,
		`<span class="risk risk-medium">Some concerns</span>`,
		`Red flags (2)`,
		`<blockquote class="evidence"><p><mark>$12 per hour</mark></p><footer>From the pay line</footer></blockquote>`,
		`Nothing about this in the description.`,
		`On-site: Austin, TX`,
		`<a class="button primary apply" href="https://jobs.example.org/l08" rel="nofollow noopener">Apply on acme</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}

	page = get(t, h, "/listings/l01").Body.String()
	if !strings.Contains(page, `href="https://jobs.example.org/l01/apply"`) || !strings.Contains(page, `Also posted at`) ||
		!strings.Contains(page, `<a href="/listings/l11">remotive</a>`) || !strings.Contains(page, "We found no red flags") {
		t.Error("l01: apply link, also_at or no-flags text missing")
	}
	m := regexp.MustCompile(`(?s)<script type="application/ld\+json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no JSON-LD")
	}
	var jp map[string]any
	if err := json.Unmarshal([]byte(m[1]), &jp); err != nil {
		t.Fatalf("JSON-LD: %v\n%s", err, m[1])
	}
	if jp["@type"] != "JobPosting" || jp["title"] != "Data analysis micro-internship" || jp["employmentType"] != "INTERN" ||
		jp["jobLocationType"] != "TELECOMMUTE" || jp["url"] != "https://gigscout.example.org/listings/l01" || jp["validThrough"] == nil {
		t.Errorf("JSON-LD = %v", jp)
	}
	if org := jp["hiringOrganization"].(map[string]any); org["name"] != "BrightPath" {
		t.Errorf("hiringOrganization = %v", org)
	}

	page = get(t, h, "/listings/l05").Body.String()
	if !strings.Contains(page, `…daily from home. <mark>Pay a $50 registration fee</mark> to start. Contact us on Telegram.`) &&
		!strings.Contains(page, `Earn $500 daily from home. <mark>Pay a $50 registration fee</mark> to start. Contact us on Telegram.`) {
		t.Errorf("scam evidence not marked in context")
	}
	if !strings.Contains(page, `<meta name="robots" content="noindex">`) {
		t.Error("high-risk listing indexable")
	}

	w = get(t, h, "/listings/nope")
	if w.Code != 404 || !strings.Contains(w.Body.String(), "This listing does not exist") {
		t.Errorf("missing listing page: %d", w.Code)
	}
	if w := get(t, h, "/no/such/page"); w.Code != 404 || !strings.Contains(w.Body.String(), "<h1") {
		t.Errorf("unknown page: %d", w.Code)
	}
}

func TestEvidenceExcerpt(t *testing.T) {
	long := strings.Repeat("word ", 40) + "send the deposit by wire" + strings.Repeat(" more", 40)
	l := &model.Listing{Title: "T <b>", Text: long}
	i := strings.Index(long, "deposit")
	tests := []struct {
		name string
		sp   model.Span
		want string
	}{
		{"in context, cut at words", model.Span{Field: "text", Start: i, End: i + 7, Text: "deposit"}, "…word word"},
		{"marked", model.Span{Field: "text", Start: i, End: i + 7, Text: "deposit"}, "send the <mark>deposit</mark> by wire"},
		{"escaped", model.Span{Field: "title", Start: 2, End: 5, Text: "<b>"}, "T <mark>&lt;b&gt;</mark>"},
		{"stale span: the text alone", model.Span{Field: "text", Start: 0, End: 3, Text: "xyz"}, "<mark>xyz</mark>"},
		{"structural", model.Span{Field: "pay"}, ""},
	}
	for _, tt := range tests {
		got := string(evidenceExcerpt(l, tt.sp))
		if (tt.want == "" && got != "") || !strings.Contains(got, tt.want) {
			t.Errorf("%s: %q lacks %q", tt.name, got, tt.want)
		}
	}
}

func TestStatic(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	for name, ctype := range map[string]string{"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8", "icon.svg": "image/svg+xml"} {
		w := get(t, h, "/static/"+name)
		if w.Code != 200 || w.Header().Get("Content-Type") != ctype || w.Header().Get("Cache-Control") != "public, max-age=604800" {
			t.Errorf("%s: %d %v", name, w.Code, w.Header())
		}
	}
	if w := get(t, h, "/static/nope.css"); w.Code != 404 {
		t.Errorf("missing static: %d", w.Code)
	}
	page := get(t, h, "/").Body.String()
	if regexp.MustCompile(`(src|href)="(https?:)?//`).MatchString(strings.ReplaceAll(page, `href="https://jobs.example.org`, "")) {
		t.Error("the page loads something from another origin")
	}
}
