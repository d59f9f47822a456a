package redflag

import (
	"reflect"
	"testing"
)

// eachNoShortcut is view.each as it was before windowCue: the windows
// found first, the pattern run in each (its cue looked up per window).
func eachNoShortcut(v *view, g *gated) [][]int {
	var out [][]int
	if v.s == "" {
		return nil
	}
	for _, w := range v.windows(nil, g) {
		v.eachMatch(g.re, w[0], w[1], func(m []int) bool {
			out = append(out, m)
			return true
		})
	}
	return out
}

// TestGateShortcutSame: for every gate of the rules and every field of
// the varied listings, the matches a gate finds with windowCue's shortcut
// (no start of the cue in the view: no windows) are those found without
// it and those of plain matching. A gate's text with its literals but no
// start of its cue is the case the shortcut takes; it is counted so that
// the test shows it ran.
func TestGateShortcutSame(t *testing.T) {
	skipped := 0
	ls := sameListings(t)
	for i := 0; i < len(ls); i += raceThin() { // every third under -race
		l := ls[i]
		for _, g := range knownGates() {
			for _, orig := range []string{l.Title, l.Company, l.CompanyInfo, l.Text, l.PayText} {
				v := newView(FieldText, orig)
				got := v.all(g)
				want := eachNoShortcut(v, g)
				if c, ok := v.windowCue(g.re); !ok && c != nil {
					skipped++
				}
				p := newView(FieldText, orig)
				p.plain = true
				plain := p.all(g)
				if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(got, plain) {
					t.Fatalf("listing %d, gate %q on %.80q:\nshortcut %v\nwindows  %v\nplain    %v", i, g.re, orig, got, want, plain)
				}
				v.release()
				p.release()
			}
		}
	}
	if skipped == 0 {
		t.Fatal("no gate took the shortcut: the test checks nothing")
	}
	t.Logf("%d gate runs skipped their windows", skipped)
}

// TestEachInShortcutSame: eachIn (the prefiltered patterns on long texts)
// with the shortcut finds what plain matching finds.
func TestEachInShortcutSame(t *testing.T) {
	ls := sameListings(t)
	for i := 0; i < len(ls); i += raceThin() { // every third under -race
		l := ls[i]
		for re := range prefilters {
			for _, orig := range []string{l.CompanyInfo, l.Text} {
				v := newView(FieldText, orig)
				got := v.findAllIn(re)
				p := newView(FieldText, orig)
				p.plain = true
				want := p.findAllIn(re)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("listing %d, pattern %q on %.80q:\nfast  %v\nplain %v", i, re, orig, got, want)
				}
				v.release()
				p.release()
			}
		}
	}
}
