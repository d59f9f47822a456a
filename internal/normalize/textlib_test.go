package normalize

import (
	"encoding/json"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// fixtureTexts returns every string of at least 200 bytes in the JSON
// payloads under ../shared/fixtures (descriptions, HTML or entity-escaped
// HTML or plain text), sorted; it skips the test when the directory is
// absent.
func fixtureTexts(tb testing.TB) []string {
	tb.Helper()
	if _, err := os.Stat(sharedFixtures); err != nil {
		tb.Skipf("shared fixtures absent (%s): %v", sharedFixtures, err)
	}
	seen := map[string]bool{}
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			if len(v) >= 200 {
				seen[v] = true
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	err := filepath.WalkDir(sharedFixtures, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		var v any
		if json.Unmarshal(b, &v) == nil {
			walk(v)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	if len(out) == 0 {
		tb.Fatalf("no texts in %s", sharedFixtures)
	}
	return out
}

// readTestdata returns testdata/name.
func readTestdata(tb testing.TB, name string) string {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}

// descPosting is a realistic posting around testdata/name.
func descPosting(html string) *model.Posting {
	return &model.Posting{Source: "demo", ExternalID: "1", Title: "Data Analysis Micro-Internship (Remote, 20 hours)",
		Company: "Northwind Learning", Locations: []string{"Remote - US"}, DescriptionHTML: html,
		URL: "https://x.com/j?utm_source=a", Tags: []string{"python", "sql"}}
}

func benchTextFile(b *testing.B, name string) {
	s := readTestdata(b, name)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Text(s)
	}
}

// BenchmarkTextDesc: a ~250-word HTML description.
func BenchmarkTextDesc(b *testing.B) { benchTextFile(b, "desc.html") }

// BenchmarkTextLarge: a ~1,500-word HTML description.
func BenchmarkTextLarge(b *testing.B) { benchTextFile(b, "large.html") }

// BenchmarkTextFixtures: every description of the shared fixtures, once
// per iteration.
func BenchmarkTextFixtures(b *testing.B) {
	texts := fixtureTexts(b)
	n := 0
	for _, s := range texts {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range texts {
			Text(s)
		}
	}
}

func benchNormalizeFile(b *testing.B, name string) {
	p := descPosting(readTestdata(b, name))
	b.ReportAllocs()
	for b.Loop() {
		Normalize(p, testOpts)
	}
}

// BenchmarkNormalizeDesc: a whole posting with a ~250-word description.
func BenchmarkNormalizeDesc(b *testing.B) { benchNormalizeFile(b, "desc.html") }

// BenchmarkNormalizeLarge: a whole posting with a ~1,500-word description.
func BenchmarkNormalizeLarge(b *testing.B) { benchNormalizeFile(b, "large.html") }

// BenchmarkNormalizeFixtures: every description of the shared fixtures as
// a posting, once per iteration.
func BenchmarkNormalizeFixtures(b *testing.B) {
	texts := fixtureTexts(b)
	ps := make([]*model.Posting, len(texts))
	for i, s := range texts {
		ps[i] = descPosting(s)
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range ps {
			Normalize(p, testOpts)
		}
	}
}

// TestTextFixtures checks Text against the regexps it stands for on every
// long text of the shared fixtures, and reports how many took the
// tokenizer.
func TestTextFixtures(t *testing.T) {
	tok := 0
	for _, s := range fixtureTexts(t) {
		if got, want := Text(s), textRegexps(s); got != want {
			t.Errorf("Text(%.80q) = %.200q, want %.200q", s, got, want)
		}
		if strings.Contains(s, "<") && !slowText(s) {
			if _, ok := htmlText(strings.ToValidUTF8(s, "\uFFFD")); ok {
				tok++
			}
		}
	}
	t.Logf("%d fixture texts took the tokenizer", tok)
}

// FuzzTextTokenizer compares Text, the tokenizer's path, with the regexps.
func FuzzTextTokenizer(f *testing.F) {
	for _, s := range []string{"<p>a<br>b</p><li>c</li><td>d</td>", "a&amp;b<!-- c -->d<script>e</script>f", "<head><title>t</title>x</head>",
		`<a href="x" title='y'>z</a>`, "R&D<b>x</b>&copy", "<!DOCTYPE html><h1 >a</h1\n>", "<style>p{}</STYLE >q", "a < b <br/> c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Text(s), textRegexps(s); got != want {
			t.Errorf("Text(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestTextRandomHTML checks Text against the regexps on random sequences of
// HTML pieces, well-formed and not.
func TestTextRandomHTML(t *testing.T) {
	parts := []string{"<p>", "</p>", "<P class=\"a>b\">", "<li>", "</li>", "< li>", "<br>", "<br/>", "</br>", "<td>", "</th >",
		"<script>", "</script>", "</SCRIPT >", "<style>", "</style", "<head>", "</head>", "<title>", "</title>", "<template>",
		"<!--", "-->", "--!>", "<!-->", "<!x>", "<?php ?>", "</>", "<!DOCTYPE html>", "<![CDATA[", "]]>", "<textarea>", "<iframe src=x>", "</iframe>", "<xmp>", "</xmp >",
		"<b>", "</b>", "<a href='x'>", "</a>", "<h1>", "</h6>", "<div\n>", "<li-x>", "<x:y>", "<", ">", "/", "!", "'", "\"",
		"&", "&amp;", "&amp", "&lt;p&gt;", "&#39;", "&#x27", "&copy", "amp;", "#39;", "a", "Bc", " ", "\n", "\r", "\t", "\u00a0",
		"é", "\x00", "=", "x.Yz", "R&D", "\\$"}
	r := rand.New(rand.NewSource(2))
	for i := 0; i < 30000; i++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(parts[r.Intn(len(parts))])
		}
		s := b.String()
		if got, want := Text(s), textRegexps(s); got != want {
			t.Fatalf("Text(%q) = %q, want %q", s, got, want)
		}
	}
}
