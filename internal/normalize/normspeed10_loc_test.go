package normalize

import (
	"reflect"
	"strings"
	"testing"
)

// normspeed10LocTexts are locations and titles: the agreement cases'
// locations, titles and descriptions (with their lines), matches spelled
// from locNoRemote and locHybrid, and places written for them.
func normspeed10LocTexts(t *testing.T) []string {
	out := []string{"Remote - US", "Not remote", "NON-REMOTE", "Remote: N/A", "remote : none", "Remote work is not available",
		"Temporarily remote", "Remote (temporary)", "Hybrid - London", "Partly Remote", "partially remote", "Hybrid; Remote",
		"Remote", "No Remote", "Remote - Nordics", "Remote, Norway", "Remote: No Cold Calling", "remote\u212a"}
	for _, path := range agreementFiles {
		for _, c := range readAgreementCases(t, path) {
			out = append(out, c.Locs...)
		}
	}
	for _, s := range keyTexts(t) {
		out = append(out, s)
		for line := range strings.Lines(s) {
			out = append(out, line)
		}
	}
	out = append(out, sampleMatches(t, locNoRemote, 300)...)
	return append(out, sampleMatches(t, locHybrid, 300)...)
}

// checkLocGuards checks the guarded searches against their regexps, and
// fromLocations and noRemoteIn against their reference runs, on s; it
// reports whether s was not asked locNoRemote.
func checkLocGuards(t *testing.T, s string) bool {
	t.Helper()
	if got, want := locNoRemoteMatch(s), locNoRemote.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("locNoRemoteMatch(%q) = %q, regexp %q", s, got, want)
	}
	if got, want := locHybridMatch(s), locHybrid.MatchString(s); got != want {
		t.Fatalf("locHybridMatch(%q) = %v, regexp %v", s, got, want)
	}
	r, ev := fromLocations([]string{s})
	n := noRemoteIn(s)
	reference = true
	wr, wev := fromLocations([]string{s})
	wn := noRemoteIn(s)
	reference = false
	if r != wr || ev != wev || n != wn {
		t.Fatalf("on %q: fromLocations %v %q, noRemoteIn %q; reference %v %q, %q", s, r, ev, n, wr, wev, wn)
	}
	return !mayNoRemote(s)
}

// TestNormspeed10LocGuards: the words before locNoRemote and locHybrid
// never rule out a match, on matches spelled from every alternative of
// each regexp among the texts; fromLocations and noRemoteIn answer as
// without them; most locations that say remote are not asked.
func TestNormspeed10LocGuards(t *testing.T) {
	asked, notAsked := 0, 0
	for _, s := range normspeed10LocTexts(t) {
		if !containsFold(s, "remote") {
			checkLocGuards(t, s)
			continue
		}
		if checkLocGuards(t, s) {
			notAsked++
		} else {
			asked++
		}
	}
	if asked < 100 || notAsked < 100 {
		t.Fatalf("texts saying remote: %d asked locNoRemote, %d not", asked, notAsked)
	}
}

func FuzzNormspeed10LocGuards(f *testing.F) {
	for _, s := range []string{"Remote - US", "Not remote", "Remote: n/a", "Temporarily remote", "Partly remote", "Hybrid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLocGuards(t, s) })
}
