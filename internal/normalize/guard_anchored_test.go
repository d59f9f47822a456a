package normalize

import (
	"maps"
	"reflect"
	"strings"
	"testing"
)

// anchoredTexts are the windows an anchored expression reads in judge: the
// sixty bytes after every digit and '$' (and every eighth word end) of the
// differential tests' texts (fixtures included when present), and the
// sampled matches of each guarded expression followed by more text.
func anchoredTexts(t *testing.T) []string {
	var out []string
	ends, windows, keep := 0, 0, 1
	if testing.Short() || raceEnabled {
		// The race detector slows the plain regexps tenfold: a third of
		// the windows (make test runs -race; go test runs all).
		keep = 3
	}
	for _, s := range normspeed7GuardTexts(t) {
		for p := 0; p < len(s); p++ {
			wordEnd := p > 0 && isASCIIWord(s[p-1]) && (p == len(s) || !isASCIIWord(s[p]))
			if wordEnd {
				ends++
			}
			if p == 0 || isDigit(s[p-1]) || s[p-1] == '$' || wordEnd && ends%8 == 0 {
				if windows++; windows%keep != 0 {
					continue
				}
				out = append(out, s[p:min(len(s), p+60)])
			}
		}
	}
	for _, a := range anchoredGuards {
		for _, s := range sampleMatches(t, a.Regexp, 300) {
			out = append(out, s, s+" of work over three weeks", " \t"+s, strings.ToUpper(s))
		}
	}
	return out
}

// checkAnchored checks that a finds what its regexp finds in s and skips
// s only when the regexp has no match there; it reports the skip.
func checkAnchored(t *testing.T, a *anchoredRe, s string) bool {
	t.Helper()
	skip := a.skips(s)
	want := a.Regexp.FindStringSubmatchIndex(s)
	if skip && want != nil {
		t.Fatalf("%.40s...: guard skips %q, which has a match", a.String(), s)
	}
	if got := a.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%.40s... on %q: %v, regexp %v", a.String(), s, got, want)
	}
	if got, want := a.FindStringIndex(s), a.Regexp.FindStringIndex(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("%.40s... FindStringIndex on %q: %v, regexp %v", a.String(), s, got, want)
	}
	if got, want := a.MatchString(s), want != nil; got != want {
		t.Fatalf("%.40s... MatchString on %q: %v, regexp %v", a.String(), s, got, want)
	}
	return skip
}

// TestAnchoredGuards: every anchored expression with a guard finds what
// its regexp finds on every window of anchoredTexts, skips most of them
// and is not skipped on its matches; unitAfter, fixedAfter, badAfter and
// benefitStipend have guards.
func TestAnchoredGuards(t *testing.T) {
	for _, a := range []*anchoredRe{unitAfter, fixedAfter, badAfter, benefitStipend} {
		if a.n < 3 {
			t.Fatalf("%.40s...: prefixes of %d bytes only", a.String(), a.n)
		}
	}
	texts := anchoredTexts(t)
	for _, a := range anchoredGuards {
		skipped, matched := 0, 0
		for _, s := range texts {
			if checkAnchored(t, a, s) {
				skipped++
			}
			if a.Regexp.MatchString(s) {
				matched++
			}
		}
		if matched < 50 || skipped < len(texts)/2 {
			t.Fatalf("%.40s...: %d matches, %d of %d windows skipped", a.String(), matched, skipped, len(texts))
		}
	}
}

// TestAnchoredGuardsSampled: the guards never skip a match spelled from
// any alternative of their expression (sampleMatch), so an alternative
// added without a prefix would fail here; and with one prefix of a guard
// taken out, some sample is skipped (the check can fail).
func TestAnchoredGuardsSampled(t *testing.T) {
	for _, a := range anchoredGuards {
		samples := sampleMatches(t, a.Regexp, 600)
		if len(samples) < 40 {
			t.Fatalf("%.40s...: only %d sampled matches", a.String(), len(samples)/2)
		}
		for _, s := range samples {
			if a.skips(s) && a.Regexp.MatchString(s) {
				t.Fatalf("%.40s...: guard skips %q, which has a match", a.String(), s)
			}
		}
		// Forced wrong: the prefix of the first sample's match taken out.
		if a.n == 0 {
			continue
		}
		broken := *a
		broken.byLen = maps.Clone(a.byLen)
		removed := false
		for _, l := range a.lens {
			var buf []byte
			for i := 0; i < len(samples[0]) && len(buf) < l; i++ {
				if c := samples[0][i]; c != ' ' && c != '\t' && c != '\n' && c != '\f' && c != '\r' {
					buf = append(buf, foldByte(c))
				}
			}
			if a.byLen[l][string(buf)] {
				m := maps.Clone(a.byLen[l])
				delete(m, string(buf))
				broken.byLen[l] = m
				removed = true
			}
		}
		if !removed {
			t.Fatalf("%.40s...: no prefix of the sample %q found", a.String(), samples[0])
		}
		if !broken.skips(samples[0]) {
			t.Fatalf("%.40s...: with the prefixes of %q taken out, the guard still lets it through", a.String(), samples[0])
		}
	}
}

// foldByte is textcue.Fold for an ASCII byte.
func foldByte(c byte) byte {
	switch {
	case 'A' <= c && c <= 'Z':
		return c + 'a' - 'A'
	case '1' <= c && c <= '9':
		return '0'
	}
	return c
}

// TestAnchoredGuardsOff: flagspeed8Off (the reference of these tests) turns
// the guards off.
func TestAnchoredGuardsOff(t *testing.T) {
	s := ".\nYou should be comfortable with Excel"
	if !unitAfter.skips(s) {
		t.Fatalf("unitAfter's guard lets %q through", s)
	}
	flagspeed8Off = true
	defer func() { flagspeed8Off = false }()
	if unitAfter.skips(s) {
		t.Fatal("flagspeed8Off leaves unitAfter's guard on")
	}
}

// FuzzAnchoredGuards: on any text, every guarded anchored expression finds
// what its regexp finds.
func FuzzAnchoredGuards(f *testing.F) {
	for _, s := range []string{" per hour", " for the project", " in funding", "/hr", " USD\tper month", "+ housing stipend",
		" p.a.", " an Stunde", " / godz.", " в месяц", "\u017fer hour", " PER HOUR", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, a := range anchoredGuards {
			checkAnchored(t, a, s)
		}
	})
}
