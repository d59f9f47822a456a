package web

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"testing"
)

// TestColourContrast measures the WCAG 2 contrast ratio of every text
// colour of style.css on the backgrounds it is used on: at least 4.5:1.
func TestColourContrast(t *testing.T) {
	css, err := os.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	pairs := []struct{ fg, bg string }{
		{"text", "bg"}, {"text", "surface"}, {"muted", "bg"}, {"muted", "surface"},
		{"accent", "surface"}, {"accent", "bg"}, {"#fff", "accent"}, {"#fff", "accent-dark"}, {"#e3e9ff", "accent"},
		{"pay-fg", "pay-bg"}, {"hours-fg", "hours-bg"}, {"where-fg", "where-bg"}, {"plain-fg", "plain-bg"},
		{"high-fg", "high-bg"}, {"med-fg", "med-bg"}, {"low-fg", "low-bg"}, {"text", "#fde68a"}, {"#2d323b", "surface"},
	}
	colour := func(s string) string {
		if v, ok := vars[s]; ok {
			return v
		}
		return s
	}
	for _, p := range pairs {
		fg, bg := colour(p.fg), colour(p.bg)
		if fg == "" || bg == "" || fg[0] != '#' || bg[0] != '#' {
			t.Fatalf("colour %s or %s not found in style.css", p.fg, p.bg)
		}
		if r := contrast(fg, bg); r < 4.5 {
			t.Errorf("%s (%s) on %s (%s): contrast %.2f:1, want at least 4.5:1", p.fg, fg, p.bg, bg, r)
		}
	}
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	h := hex[1:]
	if len(h) == 3 {
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	}
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(h[2*i:2*i+2], 16, 8)
		s := float64(v) / 255
		if s <= 0.03928 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}
