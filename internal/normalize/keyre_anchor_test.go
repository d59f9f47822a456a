package normalize

import (
	"regexp"
	"slices"
	"testing"
)

// A key regexp with a start anchor finds what the whole-text regexp finds:
// its windows start at the line's newline, so ^ does not match at a word
// boundary mid-line. Each case's regexp is tried both ways on texts where
// the key stands mid-line and at a line's start; a window that starts at
// the key mid-line is where a bare ^ would match wrongly.
func TestKeyRegexpAnchoredWindows(t *testing.T) {
	cases := []struct {
		expr, key string
		texts     []string
	}{
		{`(?im)^[ \t]*hybrid\s*:`, "hybrid", []string{
			"Our team works across three cities and four time zones, and our policy is hybrid: see below.\nHybrid: two days a week.",
			"Hybrid: office on Mondays.",
			"We describe the way our studio team works, for most of the year, as hybrid: flexible.",
		}},
		{`(?i)(?:^|\n)[ \t]*location\s*:\s*\w+`, "location", []string{
			"We moved twice in ten years, and now our location: Berlin is lovely.\nLocation: Paris",
			"Location: Lyon",
			"When you apply for the role through the form, send your location: we will call.",
		}},
		{`(?i)(?:^|[.!?\n]\s*)(?:full|part)[- ]?time\s+required`, "full", []string{
			"For the warehouse team we need someone for the evening shift full time required by law.",
			"Full-time required. Evenings only.",
			"Intro\nFull time required",
		}},
	}
	for _, c := range cases {
		whole := regexp.MustCompile(c.expr)
		k := newKeyRegexp(c.expr, 0, 40, c.key) // windows start at the key, as small "before" sizes do
		for _, text := range c.texts {
			got, want := k.FindAllStringIndex(text, -1), whole.FindAllStringIndex(text, -1)
			if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
				t.Errorf("%s on %q: key regexp %v, whole text %v", c.expr, text, got, want)
			}
		}
	}
}
