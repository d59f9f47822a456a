package redflag

import "testing"

// TestCueOfByRe: cueOf answers, for every pattern of the shared set, the
// cue a walk of the set's cues finds first (what it answered before the
// set kept its cues by pattern), and for a pattern outside the set a cue
// of a set of its own.
func TestCueOfByRe(t *testing.T) {
	set := sharedCues()
	for _, re := range cuePatterns() {
		var walk *cue
		for _, c := range set.cues {
			if c.re == re {
				walk = c
				break
			}
		}
		if walk == nil {
			continue
		}
		if got := cueOf(re); got != walk {
			t.Errorf("%s: cueOf gives %p, the walk %p", re, got, walk)
		}
	}
	if c := cueOf(reApplication); c != nil && c.set == set {
		t.Errorf("%s is no shared pattern but has a shared cue", reApplication)
	}
}
