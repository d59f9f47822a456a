package web

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestColourContrast measures the WCAG 2 contrast ratio of every text
// colour of style.css on the backgrounds it is used on: at least 4.5:1,
// in the light theme and in the dark theme (prefers-color-scheme: dark),
// whose variables override the light ones.
func TestColourContrast(t *testing.T) {
	css, err := os.ReadFile("static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	varRE := regexp.MustCompile(`--([a-z-]+):\s*(#[0-9a-fA-F]{3,6})`)
	light, dark := string(css), ""
	if i := strings.Index(light, "@media (prefers-color-scheme: dark)"); i >= 0 {
		light, dark = light[:i], light[i:]
	} else {
		t.Fatal("style.css has no dark theme")
	}
	lightVars := map[string]string{}
	for _, m := range varRE.FindAllStringSubmatch(light, -1) {
		if _, seen := lightVars[m[1]]; !seen {
			lightVars[m[1]] = m[2]
		}
	}
	darkVars := map[string]string{}
	for k, v := range lightVars {
		darkVars[k] = v
	}
	overridden := 0
	for _, m := range varRE.FindAllStringSubmatch(dark, -1) {
		darkVars[m[1]] = m[2]
		overridden++
	}
	if overridden < 20 {
		t.Errorf("the dark theme overrides only %d colours", overridden)
	}
	pairs := []struct{ fg, bg string }{
		{"text", "bg"}, {"text", "surface"}, {"muted", "bg"}, {"muted", "surface"},
		{"accent", "surface"}, {"accent", "bg"}, {"on-accent", "accent"}, {"on-accent", "accent-dark"}, {"on-accent-muted", "accent"},
		{"pay-fg", "pay-bg"}, {"hours-fg", "hours-bg"}, {"where-fg", "where-bg"}, {"plain-fg", "plain-bg"},
		{"high-fg", "high-bg"}, {"med-fg", "med-bg"}, {"low-fg", "low-bg"}, {"text", "mark-bg"}, {"snippet", "surface"},
		{"text", "notice-bg"}, {"accent", "notice-bg"}, {"text", "evidence-bg"}, {"muted", "evidence-bg"}, {"accent", "high-bg"},
		{"accent", "med-bg"}, {"high-fg", "surface"},
	}
	for _, theme := range []struct {
		name string
		vars map[string]string
	}{{"light", lightVars}, {"dark", darkVars}} {
		colour := func(s string) string {
			if v, ok := theme.vars[s]; ok {
				return v
			}
			return s
		}
		for _, p := range pairs {
			fg, bg := colour(p.fg), colour(p.bg)
			if fg == "" || bg == "" || fg[0] != '#' || bg[0] != '#' {
				t.Fatalf("%s: colour %s or %s not found in style.css", theme.name, p.fg, p.bg)
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s: %s (%s) on %s (%s): contrast %.2f:1, want at least 4.5:1", theme.name, p.fg, fg, p.bg, bg, r)
			}
		}
	}
	// No text colour is written as a literal outside the variables.
	if m := regexp.MustCompile(`(?m)^[^-\n]*[^-]color:\s*#[0-9a-fA-F]{3,6}`).FindString(string(css)); m != "" {
		t.Errorf("a literal text colour escapes the themes: %s", m)
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
