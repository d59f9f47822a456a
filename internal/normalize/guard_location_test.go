package normalize

import (
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// normspeed10LocTexts are locations and titles: the agreement cases'
// locations, titles and descriptions (with their lines), matches spelled
// from locNoRemote, locHybrid, titleDenyRe and hybridRemoteTitle, and
// places and titles written for them.
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
	out = append(out, "Remote Data Analyst - not available", "Hybrid-Remote Tutor", "Remote (none)", "Tutor - Remote: No",
		"Remote Support Engineer - not available for sponsorship", "WFH unavailable", "Product Manager, Hybrid (non-remote)")
	for _, re := range []*regexp.Regexp{locNoRemote, locHybrid, titleDenyRe, hybridRemoteTitle} {
		out = append(out, sampleMatches(t, re, 300)...)
	}
	return out
}

// checkLocGuards checks the guarded searches against their regexps, and
// fromLocations, noRemoteIn, noRemoteInTitle and titleModeNote against
// their reference runs, on s; it
// reports whether s was not asked locNoRemote.
func checkLocGuards(t *testing.T, s string) bool {
	t.Helper()
	if got, want := locNoRemoteMatch(s), locNoRemote.FindStringSubmatch(s); !reflect.DeepEqual(got, want) {
		t.Fatalf("locNoRemoteMatch(%q) = %q, regexp %q", s, got, want)
	}
	if got, want := locHybridMatch(s), locHybrid.MatchString(s); got != want {
		t.Fatalf("locHybridMatch(%q) = %v, regexp %v", s, got, want)
	}
	if got, want := titleDenied(s), titleDenyRe.MatchString(s); got != want {
		t.Fatalf("titleDenied(%q) = %v, regexp %v", s, got, want)
	}
	if got, want := hybridRemoteIn(s), hybridRemoteTitle.MatchString(s); got != want {
		t.Fatalf("hybridRemoteIn(%q) = %v, regexp %v", s, got, want)
	}
	r, ev := fromLocations([]string{s})
	n, n8, note := noRemoteIn(s), noRemoteInTitle(s), titleModeNote(s)
	reference = true
	wr, wev := fromLocations([]string{s})
	wn, wn8, wnote := noRemoteIn(s), noRemoteInTitle(s), titleModeNote(s)
	reference = false
	if r != wr || ev != wev || n != wn || n8 != wn8 || note != wnote {
		t.Fatalf("on %q: fromLocations %v %q, noRemoteIn %q, noRemoteInTitle %q, titleModeNote %q; reference %v %q, %q, %q, %q",
			s, r, ev, n, n8, note, wr, wev, wn, wn8, wnote)
	}
	return !mayNoRemote(s)
}

// TestNormspeed10LocGuards: the words before locNoRemote, locHybrid,
// titleDenyRe and hybridRemoteTitle never rule out a match, on matches spelled from every alternative of
// each regexp among the texts; fromLocations and noRemoteIn answer as
// without them; most locations that say remote are not asked.
func TestNormspeed10LocGuards(t *testing.T) {
	asked, notAsked := 0, 0
	for _, s := range thinTexts(normspeed10LocTexts(t), 64) {
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
	if asked < 100/raceThin() || notAsked < 100/raceThin() {
		t.Fatalf("texts saying remote: %d asked locNoRemote, %d not", asked, notAsked)
	}
}

func FuzzNormspeed10LocGuards(f *testing.F) {
	for _, s := range []string{"Remote - US", "Not remote", "Remote: n/a", "Temporarily remote", "Partly remote", "Hybrid"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLocGuards(t, s) })
}
