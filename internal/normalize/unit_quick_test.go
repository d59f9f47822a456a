package normalize

import (
	"reflect"
	"strings"
	"testing"
)

// TestUnitQuickPinned: the quick path of unitAfter is on, which it is only
// for the expression it was written for. When unitAfter changes, this
// fails: check the reasoning at unitAfterQuick against the new expression
// (the pay words of its leading loop, its connectors, the order of its
// units), then put the new hash in unitQuickPinned.
func TestUnitQuickPinned(t *testing.T) {
	if !unitQuickOn {
		t.Fatalf("unitAfter changed (hash %#x, quick path written for %#x): recheck unitAfterQuick (unit_quick.go) and update unitQuickPinned",
			exprHash(unitAfter.String()), uint64(unitQuickPinned))
	}
}

// unitQuickTexts spells the texts around the quick path's forms: leading
// white space, connectors (its own and near misses), the gap, units (its
// own, others, qualified, near misses) and what follows, in several cases;
// every keep-th of them, of about 740,000.
func unitQuickTexts(keep int) []string {
	leads := []string{"", " ", "  \t", "\n", "\v", "\u00a0", "(", "+ "}
	conns := []string{"per", "Per", "PER", "an", "An", "a", "A", "each", "Every", "/", "pro", "par", "al", "por", "and", "at", "pe", "p", "anx", "a_", "perX", "é", "peré"}
	gaps := []string{"", " ", "  ", "\t\r\n", "-", "\u00a0", "\v"}
	units := []string{"hour", "hours", "HOURS", "Hr", "hrs", "h", "day", "Days", "week", "weeks", "wk", "month", "months", "mo", "mth",
		"year", "Years", "yr", "minute", "minutes", "min", "hourly", "hour2", "hour_", "wks", "mos", "std", "annum", "an", "article",
		"completed hour", "single day", "two weeks", "semaine", "heure", "hod", "ſ", "hou", "", "month-long", "houré"}
	tails := []string{"", ",", ".", " of work", "ly", "s", "_", "é", "\u00a0", ")", "/week", "2", " (gross)", "\n- paid"}
	var out []string
	n := 0
	for _, l := range leads {
		for _, c := range conns {
			for _, g := range gaps {
				for _, u := range units {
					for _, tl := range tails {
						if n++; n%keep == 0 {
							out = append(out, l+c+g+u+tl)
						}
					}
				}
			}
		}
	}
	return out
}

// TestUnitQuickSame: unitAfter with its quick path gives what its regexp
// gives (FindStringSubmatchIndex, FindStringIndex, MatchString) on the
// spelled texts, and the quick path answers a good share of them (it is
// used) but not all (the others reach the regexp). Under -race or -short
// one text in 613 (the race detector slows the NFA most), else one in 5
// (each run on the regexp's NFA; the strides are prime to the inner
// lists' lengths).
func TestUnitQuickSame(t *testing.T) {
	keep := 5
	if testing.Short() || raceEnabled {
		keep = 613
	}
	texts := unitQuickTexts(keep)
	quick, matched := 0, 0
	for _, s := range texts {
		want := unitAfter.Regexp.FindStringSubmatchIndex(s)
		if _, ok := unitAfter.quick(s); ok {
			quick++
		}
		if want != nil {
			matched++
		}
		if got := unitAfter.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("unitAfter on %q: %v, regexp %v", s, got, want)
		}
		if got, want := unitAfter.FindStringIndex(s), unitAfter.Regexp.FindStringIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("unitAfter FindStringIndex on %q: %v, regexp %v", s, got, want)
		}
		if got := unitAfter.MatchString(s); got != (want != nil) {
			t.Fatalf("unitAfter MatchString on %q: %v, regexp %v", s, got, want != nil)
		}
	}
	t.Logf("%d texts: %d matched, %d by the quick path", len(texts), matched, quick)
	if quick < matched/5 || quick >= matched {
		t.Fatalf("quick path on %d of %d texts (%d matched)", quick, len(texts), matched)
	}
}

// TestUnitQuickOff: the reference switches turn the quick path off, and
// it answers only for unitAfter.
func TestUnitQuickOff(t *testing.T) {
	s := " per hour, paid weekly"
	if _, ok := unitAfter.quick(s); !ok {
		t.Fatalf("no quick answer on %q", s)
	}
	if _, ok := fixedAfter.quick(s); ok {
		t.Fatal("fixedAfter took unitAfter's quick path")
	}
	for _, off := range []*bool{&normspeed9Off, &reference} {
		*off = true
		_, ok := unitAfter.quick(s)
		*off = false
		if ok {
			t.Fatal("a reference switch leaves the quick path on")
		}
	}
}

// TestUnitQuickCases: what the quick path answers, by hand.
func TestUnitQuickCases(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []int // nil: left to the regexp
	}{
		{"an hour, paid", []int{0, 7, 3, 7, -1, -1}},
		{" per hour.", []int{0, 9, 5, 9, -1, -1}},
		{"/hr, paid", []int{0, 3, 1, 3, -1, -1}},
		{"/ Hours", []int{0, 7, 2, 7, -1, -1}},
		{"A month", []int{0, 7, 2, 7, -1, -1}},
		{"\tEVERY\nweek", []int{0, 11, 7, 11, -1, -1}},
		{"per hourly", nil},         // another word: the regexp's second alternative
		{"per completed hour", nil}, // a qualifier
		{"paid per hour", nil},      // a pay word first
		{"per houré", nil},          // a rune past ASCII after the unit
		{"an\u00a0hour", nil},       // a rune past ASCII after the connector
		{"and hour", nil},
		{"per", nil},
	} {
		got, ok := unitAfterQuick(c.s)
		if !ok {
			got = nil
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("unitAfterQuick(%q) = %v, want %v", c.s, got, c.want)
		}
		if c.want != nil && !reflect.DeepEqual(unitAfter.Regexp.FindStringSubmatchIndex(c.s), c.want) {
			t.Errorf("the regexp disagrees on %q", c.s)
		}
	}
}

// FuzzUnitQuick: on any text the quick path either passes or gives the
// regexp's answer.
func FuzzUnitQuick(f *testing.F) {
	for _, s := range []string{"an hour, paid", " per hour.", "/hr", "a day", "per completed hour", "each  week)", "per hourly", strings.Repeat(" ", 3) + "every yr"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, ok := unitAfterQuick(s)
		if !ok {
			return
		}
		if want := unitAfter.Regexp.FindStringSubmatchIndex(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("unitAfterQuick(%q) = %v, regexp %v", s, got, want)
		}
	})
}
