package normalize

import (
	"reflect"
	"slices"
	"strings"
	"testing"
)

// litRegexps are the package's literal-windowed regexps, by name.
var litRegexps = map[string]*litRegexp{"conditionalNoticeHead": conditionalNoticeHead, "remoteElsewhereFrame": remoteElsewhereFrame,
	"alsoEligible": alsoEligible, "welcomeResidents": welcomeResidents, "worldExcept": worldExcept, "zoneListUSRe": zoneListUSRe,
	"residentStatus": residentStatus, "usCoastHours": usCoastHours, "exceptPlaces": exceptPlaces}

// litFindAllByIndex is litRegexp.FindAll as it was before the shared key
// scan gave the literals' places: each literal found by strings.Index.
func litFindAllByIndex(l *litRegexp, s string) [][]int {
	var out [][]int
	for _, lit := range l.lits {
		for off := 0; ; {
			i := strings.Index(s[off:], lit)
			if i < 0 {
				break
			}
			i += off
			off = i + len(lit)
			out = l.appendAt(out, s, i, off)
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return a[0] - b[0] })
	return out
}

// TestLitRegexpSharedPlaces: a literal regexp finds, from the shared key
// scan's places, exactly what a search for each literal as written finds,
// and the same by its own scan (the reference path): on the agreement
// cases, the fast paths' texts and texts where the literals come in other
// cases, overlap or sit at a text's ends.
func TestLitRegexpSharedPlaces(t *testing.T) {
	texts := append(keyTexts(t),
		"Candidates based in Canada are also eligible. CANDIDATES BASED IN MEXICO ARE ALSO ELIGIBLE.",
		"This role can be performed remotely from anywhere in the US. REMOTE REMOTE remoteremote",
		"Work from anywhere except the UK. Anywhere EXCEPT Russia. Partout sauf la France; Sauf en Belgique. Weltweit außer USA, WELTWEIT AUSSER USA",
		"For roles based in Denver: on site. for Roles Based In Austin: hybrid",
		"Overlap with US East Coast hours. east coast hours; WEST COAST TIME",
		"Requires a Canadian permanent resident status. US resident status is required.",
		"Central European or US Eastern time zones. EUROPEAN / PACIFIC HOURS",
		"also also also eligible: Spain, Portugal.", "emote", "lso", "xcept")
	for name, l := range litRegexps {
		for _, s := range texts {
			got, want := l.FindAll(s), litFindAllByIndex(l, s)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s on %q: %v, by strings.Index %v", name, s, got, want)
			}
			reference = true
			own := l.FindAll(s)
			reference = false
			if !reflect.DeepEqual(got, own) {
				t.Errorf("%s on %q: shared scan %v, own scan %v", name, s, got, own)
			}
		}
	}
}
