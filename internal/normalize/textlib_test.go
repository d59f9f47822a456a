package normalize

import (
	"encoding/json"
	"io/fs"
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
