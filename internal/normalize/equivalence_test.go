package normalize

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The accelerated matchers (cue and key regexps, wordMatches, the
// tokenizer's Text, the allocation-free SimHash) must not change a single
// result. TestAcceleratedEqualsReference normalizes every posting the
// package can reach twice, once as shipped and once with reference set (the
// plain regexps), and compares every field; it also checks Text against
// its regexps and TextSimHash against hash/fnv over keyWords.

// repoTestdata is the repository's shared testdata directory.
const repoTestdata = "../../testdata"

// sharedRedflags holds labeled listings beside the fixtures.
const sharedRedflags = "../../../shared/redflags"

// equivalenceTitles vary the title of the descriptions that come without one.
var equivalenceTitles = []string{"Data Analyst Intern", "Remote Micro-Internship: Marketing Research (10 hrs/week)",
	"Software Engineer, Backend (Hybrid - London)", "Part-time Tutor - Remote US", "Volunteer Social Media Assistant",
	"Freelance Writer (Contract, 3 months)", "Product Designer (m/w/d) - Remote Europe", "Remote Sensing Analyst"}

// equivalencePostings returns the postings of the package's tables and
// testdata, the repository's testdata and, when present, the shared
// fixtures and labeled listings, with where each group came from.
func equivalencePostings(t *testing.T) ([]model.Posting, map[string]int) {
	t.Helper()
	var ps []model.Posting
	from := map[string]int{}
	add := func(src string, p model.Posting) {
		if p.Source == "" {
			p.Source, p.ExternalID = "eq", fmt.Sprint(len(ps))
		}
		ps = append(ps, p)
		from[src]++
	}
	desc := func(src, title, text string) {
		p := model.Posting{Title: title}
		if strings.Contains(text, "<") || strings.Contains(text, "&lt;") {
			p.DescriptionHTML = text
		} else {
			p.DescriptionText = text
		}
		add(src, p)
	}
	for _, c := range truthCases {
		add("truth table", c.p)
	}
	for _, c := range blindFixCases {
		add("blind fixes", c.p)
	}
	for _, c := range blind3FixCases {
		add("blind3 fixes", c.p)
	}
	for _, p := range demoPostings(t) {
		add("demo boards", p)
	}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			add("agreement tables", model.Posting{Title: c.Title, Locations: c.Locs, RemoteHint: c.Hint,
				EmploymentType: c.Emp, PayText: c.Pay, DescriptionText: c.Text})
		}
	}
	for _, name := range []string{"desc.html", "large.html"} {
		add("testdata html", *descPosting(readTestdata(t, name)))
	}
	var texts []string
	for _, ts := range domainTexts() {
		texts = append(texts, ts...)
	}
	texts = append(texts, fastTexts()...)
	sort.Strings(texts)
	texts = slices.Compact(texts)
	for i, s := range texts {
		desc("parser case tables", equivalenceTitles[i%len(equivalenceTitles)], s)
		if len(s) < 120 {
			add("parser case tables", model.Posting{Title: s, PayText: s, Locations: []string{s}})
		}
	}
	redflagListings(t, filepath.Join(repoTestdata, "redflags", "examples.jsonl"), "repo testdata", add)

	if _, err := os.Stat(sharedFixtures); err != nil {
		t.Logf("shared fixtures absent (%s): skipping them", sharedFixtures)
	} else {
		for i, s := range fixtureTexts(t) {
			desc("shared fixtures", equivalenceTitles[i%len(equivalenceTitles)], s)
		}
	}
	if _, err := os.Stat(sharedRedflags); err != nil {
		t.Logf("shared labeled listings absent (%s): skipping them", sharedRedflags)
	} else {
		redflagListings(t, filepath.Join(sharedRedflags, "examples.jsonl"), "shared labeled listings", add)
		emscadListings(t, filepath.Join(sharedRedflags, "emscad_sample.csv"), add)
	}
	return ps, from
}

// redflagListings adds the listings of a red-flag examples file.
func redflagListings(t *testing.T, path, src string, add func(string, model.Posting)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var ex struct {
			Listing map[string]string `json:"listing"`
		}
		if err := json.Unmarshal(sc.Bytes(), &ex); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		l := ex.Listing
		add(src, model.Posting{Title: l["title"], Company: l["organization"], PayText: l["stipend"],
			Locations: []string{l["location"]}, DescriptionText: strings.TrimSpace(l["description"] + "\n" + l["duration"])})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// emscadListings adds the rows of the EMSCAD sample (job boards' real and
// fraudulent postings, with HTML-ish descriptions).
func emscadListings(t *testing.T, path string, add func(string, model.Posting)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := csv.NewReader(f)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		get := func(k string) string { return rec[col[k]] }
		add("shared labeled listings", model.Posting{Title: get("title"), Locations: []string{get("location")},
			PayText: get("salary_range"), EmploymentType: get("employment_type"), CompanyInfo: get("company_profile"),
			DescriptionHTML: get("description") + "<h3>Requirements</h3>" + get("requirements") + "<h3>Benefits</h3>" + get("benefits")})
	}
}

// normalizeReference is Normalize with the plain paths.
func normalizeReference(p *model.Posting) *model.Listing {
	reference = true
	defer func() { reference = false }()
	return Normalize(p, testOpts)
}

// listingDiff names the fields in which a and b differ.
func listingDiff(a, b *model.Listing) []string {
	var out []string
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := 0; i < va.NumField(); i++ {
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			f := va.Type().Field(i).Name
			out = append(out, fmt.Sprintf("%s: %+v, reference %+v", f, va.Field(i).Interface(), vb.Field(i).Interface()))
		}
	}
	return out
}

// TestAcceleratedEqualsReference: every field of every listing is the same
// with and without the accelerations.
func TestAcceleratedEqualsReference(t *testing.T) {
	ps, from := equivalencePostings(t)
	t.Logf("%d postings: %v", len(ps), from)
	if len(ps) < 500 {
		t.Fatalf("only %d postings", len(ps))
	}
	step := 1
	if testing.Short() || raceEnabled {
		step = 4 // every fourth posting: the reference path is slow under -race
		t.Logf("short or race run: every %dth posting", step)
	}
	bad := 0
	for i := 0; i < len(ps); i += step {
		p := &ps[i]
		got, want := Normalize(p, testOpts), normalizeReference(p)
		if d := listingDiff(got, want); len(d) > 0 {
			t.Errorf("posting %q (%.60q): %s", p.Title, p.DescriptionText+p.DescriptionHTML, strings.Join(d, "; "))
			bad++
		}
		raw := p.DescriptionHTML
		if raw == "" {
			raw = p.DescriptionText
		}
		if w := textRegexps(raw); got.Text != w {
			t.Errorf("posting %q: Text %.200q, regexps %.200q", p.Title, got.Text, w)
			bad++
		}
		if w := simHashPlain(got.Text); got.TextSimHash != w {
			t.Errorf("posting %q: TextSimHash %x, plain %x", p.Title, got.TextSimHash, w)
			bad++
		}
		if bad > 20 {
			t.Fatal("too many differences")
		}
	}
}

// TestReferenceDiffers: the comparison sees a broken accelerator. With the
// weekly-hours cue searching a prefix no text holds, the accelerated path
// misses "15 hours a week" and the reference does not.
func TestReferenceDiffers(t *testing.T) {
	p := &model.Posting{Title: "Tutor", DescriptionText: "About 15 hours a week for 6 weeks."}
	if d := listingDiff(Normalize(p, testOpts), normalizeReference(p)); len(d) != 0 {
		t.Fatalf("differ before breaking: %v", d)
	}
	saved := reWeekly.load().fast
	defer func() { reWeekly.fast = saved }()
	reWeekly.fast = newCueRegexp(`\x01` + reWeekly.expr).load().fast
	if d := listingDiff(Normalize(p, testOpts), normalizeReference(p)); len(d) == 0 {
		t.Fatal("a broken cue search went unnoticed")
	}
}
