package web

import (
	"strings"
	"testing"
)

func TestPagesIgnoreUnknownParams(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	for _, target := range []string{
		"/?q=data&utm_source=newsletter&utm_medium=email&utm_campaign=fall",
		"/?q=data&fbclid=IwAR0abc&gclid=Cj0KCQ&ref=producthunt",
		"/?q=data&start=20&offset=40&page=x",
	} {
		w := get(t, h, target)
		if w.Code != 200 || !strings.Contains(w.Body.String(), "3 listings for “data”") {
			t.Errorf("%s: %d, want the search for data", target, w.Code)
		}
	}
	// The API stays strict.
	w := get(t, h, "/api/v1/search?q=data&utm_source=x")
	if e := decode[errorBody](t, w); w.Code != 400 || e.Error.Param != "utm_source" {
		t.Errorf("API with utm_source: %d %+v", w.Code, e)
	}
	// The listing page ignores them too.
	if w := get(t, h, "/listings/l01?utm_source=x&fbclid=y"); w.Code != 200 {
		t.Errorf("listing with tracking parameters: %d", w.Code)
	}
}

func TestUnknownFilterValues(t *testing.T) {
	h := newTestServer(t, Options{Sources: okSources("acme", "brightpath", "remotive", "remoteok", "oldboard")}).Handler()
	for _, tt := range []struct{ query, param, value string }{
		{"region=XX", "region", `"XX"`},
		{"region=US&region=Narnia", "region", `"Narnia"`},
		{"exclude_flag=NOT_A_FLAG", "exclude_flag", `"NOT_A_FLAG"`},
		{"source=nowhere", "source", `"nowhere"`},
		{"source=acme,nowhere", "source", `"nowhere"`},
	} {
		w := get(t, h, "/api/v1/search?"+tt.query)
		e := decode[errorBody](t, w)
		if w.Code != 400 || e.Error.Param != tt.param || !strings.Contains(e.Error.Message, tt.value) {
			t.Errorf("API %s: %d %+v, want 400 naming %s %s", tt.query, w.Code, e, tt.param, tt.value)
		}
		if w := get(t, h, "/feeds/search.atom?"+tt.query); w.Code != 400 {
			t.Errorf("feed %s: %d, want 400", tt.query, w.Code)
		}
		w = get(t, h, "/?"+tt.query)
		if w.Code != 200 || !strings.Contains(w.Body.String(), "Left out of this search: unknown") || !strings.Contains(w.Body.String(), strings.ReplaceAll(tt.value, `"`, "&#34;")) {
			t.Errorf("page %s: %d, want the search with a notice naming %s", tt.query, w.Code, tt.value)
		}
	}
	// Known values in any case work, "Americas" included, and so does every
	// code normalize may write: any country (Jordan, Senegal, Kosovo) and
	// the wider areas MENA and Africa.
	for _, q := range []string{"region=us", "region=Americas", "region=AMERICAS", "region=worldwide", "exclude_flag=unpaid", "source=acme",
		"region=jo", "region=SN", "region=XK", "region=mena", "region=Africa"} {
		if w := get(t, h, "/api/v1/search?"+q); w.Code != 200 {
			t.Errorf("%s: %d %s", q, w.Code, w.Body)
		}
	}
	// The page searches without the unknown value: region=US still applies.
	page := get(t, h, "/?region=US&region=Narnia").Body.String()
	if !strings.Contains(page, "Remote from: United States") || strings.Contains(page, "Remote from: Narnia") {
		t.Error("the page did not keep the known region as a chip and drop the unknown one")
	}
	for q, chip := range map[string]string{"region=jo": "Remote from: Jordan", "region=MENA": "Remote from: The Middle East and North Africa"} {
		page := get(t, h, "/?"+q).Body.String()
		if !strings.Contains(page, chip) {
			t.Errorf("%s: the page shows no chip %q", q, chip)
		}
		// The region facet says what a region finds, since its counts are of
		// listings naming each place.
		if !strings.Contains(page, "A country also finds listings open to its wider area or to anywhere") {
			t.Errorf("%s: the region facet does not say that a country finds its wider area", q)
		}
	}
}

func TestChipsAndBackLink(t *testing.T) {
	h := newTestServer(t, Options{Sources: okSources("acme", "brightpath", "remotive")}).Handler()
	page := get(t, h, "/?q=data&paid=true&source=brightpath&region=US&utm_source=x").Body.String()
	for _, want := range []string{
		`aria-label="Remove filter Paid only"`,
		`href="/?q=data&amp;region=US&amp;source=brightpath" aria-label="Remove filter Paid only"`,
		`Source: Brightpath Inc`,
		`Remote from: United States`,
		`(3 on)`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(page, "utm_source") {
		t.Error("a tracking parameter leaked into the page's links")
	}
	for _, tt := range []struct{ from, href, text string }{
		{"", "/", "← All listings"},
		{"q=data&type=project&page=2&utm_source=x", "/?page=2&amp;q=data&amp;type=project", "← Back to your search"},
		{"utm_source=x", "/", "← All listings"},
		{"%zz", "/", "← All listings"},
	} {
		page := get(t, h, "/listings/l04?from="+urlQueryEscape(tt.from)).Body.String()
		if !strings.Contains(page, `<a href="`+tt.href+`" id="back">`+tt.text+`</a>`) {
			t.Errorf("from=%q: back link not %s %s", tt.from, tt.href, tt.text)
		}
	}
}

func TestRiskWordingConsistent(t *testing.T) {
	h := newTestServer(t, Options{}).Handler()
	search := get(t, h, "/?include_flagged=true").Body.String()
	for _, tt := range []struct{ id, want string }{
		{"l01", "No red flags found"}, {"l08", "Some concerns"}, {"l02", "Low risk"}, {"l05", "High risk"},
	} {
		page := get(t, h, "/listings/"+tt.id).Body.String()
		if !strings.Contains(page, ">"+tt.want+"</span>") {
			t.Errorf("listing %s does not say %q", tt.id, tt.want)
		}
		i := strings.Index(search, `id="t-`+tt.id+`"`)
		if i < 0 {
			t.Fatalf("%s not on the search page", tt.id)
		}
		card := search[i:]
		card = card[:strings.Index(card, "</article>")]
		if !strings.Contains(card, ">"+tt.want+"</span>") {
			t.Errorf("card %s does not say %q", tt.id, tt.want)
		}
	}
}

func urlQueryEscape(s string) string {
	return strings.NewReplacer("%", "%25", "&", "%26", "=", "%3D").Replace(s)
}
