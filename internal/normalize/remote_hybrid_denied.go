package normalize

import "regexp"

// A hybrid word the text itself denies is no hybrid statement: "not a
// hybrid role", "not hybrid, fully remote", "non-hybrid position",
// "hybrid work is not possible". The
// hybrid cues of the body and of the contradiction reader skip such a
// match, and a short work-mode value that denies hybrid and names remote
// work is left to the body reader, which sees the remote part.

// hybridDenial is "not", "not a/an" or "non" closing the text before a
// hybrid word, with a space or hyphen between.
var hybridDenial = regexp.MustCompile(`(?i)\b(?:not(?:\s+(?:a|an))?|non)[\s-]*$`)

// shortHybridDenied is a denied hybrid word anywhere in a short value.
var shortHybridDenied = regexp.MustCompile(`(?i)\b(?:not(?:\s+(?:a|an))?|non)[\s-]*hybrid\b`)

// hybridDeniedAt reports that the hybrid match starting at at is denied by
// the words just before it.
func hybridDeniedAt(text string, at int) bool {
	return hybridDenial.MatchString(text[max(0, at-8):at]) || refusedByNo(text, at) // "no hybrid model" (remote_no_mode.go)
}

// hybridDenialAfter is a denial right after a hybrid match: "Hybrid work
// is not possible", "hybrid arrangements are not available".
var hybridDenialAfter = regexp.MustCompile(`(?i)^(?:\s+(?:work(?:ing)?|arrangements?|options?|model|schedules?))?\s+(?:is|are)\s+(?:(?:not|never)\s+(?:possible|available|offered|an\s+option|supported)|(?:currently\s+)?unavailable)\b`)

// hybridDeniedAfter reports that the hybrid match ending at end is denied
// by the words just after it.
func hybridDeniedAfter(text string, end int) bool {
	return hybridDenialAfter.MatchString(text[end:min(len(text), end+48)])
}

// firstHybridCue is the first match of re in text that is not denied; nil
// when there is none.
func firstHybridCue(re *cueRegexp, text string) []int {
	for off, n := 0, 0; off < len(text) && n < 8; n++ {
		loc := re.FindStringIndex(text[off:])
		if loc == nil {
			return nil
		}
		loc[0], loc[1] = loc[0]+off, loc[1]+off
		if !hybridDeniedAt(text, loc[0]) && !hybridDeniedAfter(text, loc[1]) && !hybridCommonAt(text, loc[1]) { // not "hybrid working is widespread among our departments" (remote_hybrid_common.go)
			return loc
		}
		off = loc[1]
	}
	return nil
}

// shortHybridDeniedRemote reports a short value that denies hybrid work and
// names remote work: "not hybrid, fully remote".
func shortHybridDeniedRemote(t string) bool {
	return containsFold(t, "remote") && shortHybridDenied.MatchString(t)
}

// deniesOnlyHybrid reports an on-site cue that denies hybrid work alone
// ("no hybrid arrangements", "hybrid is not possible"): beside a remote
// reading it narrows nothing, as "Remote OK, but no hybrid arrangements"
// is a remote job. "No remote or hybrid options" denies remote too.
func deniesOnlyHybrid(cue string) bool {
	return containsFold(cue, "hybrid") && !containsFold(cue, "remote")
}
