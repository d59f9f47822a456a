package normalize

import "unicode/utf8"

// durCueAfter ("a 10-week paid fellowship": a duration's noun after it)
// is asked about the 40 bytes after every duration parseDuration reads.
// Anchored at the start, it can match only where, past its leading white
// space and hyphens, the text starts with the first two letters of one of
// its words; most texts after a duration do not (". Students", " at
// about", " of sales"). The pair is checked first; a pair holding a byte
// beyond ASCII (ſ and the Kelvin sign fold to s and k) runs the regexp.

// durCueAfterPairs are the first two letters of every word durCueAfter
// can start with: its qualifiers (long, paid, unpaid, remote, virtual,
// part-time, full-time, summer, winter, spring, fall, autumn, research,
// student, micro, project-based) and nouns (project, internship,
// micro-internship, contract, commitment, engagement, assignment, program,
// programme, placement, sprint, gig, role, position, period, term,
// duration, timeline, timeframe, fellowship, externship, apprenticeship,
// job). TestNormspeed10DurCueAfter checks them on matches spelled from the
// regexp itself.
var durCueAfterPairs = func() (t [26][26]bool) {
	for _, p := range []string{"lo", "pa", "un", "re", "vi", "fu", "su", "wi", "sp", "fa", "au", "st", "mi", "pr", "in", "co",
		"en", "as", "pl", "gi", "ro", "po", "pe", "te", "du", "ti", "fe", "ex", "ap", "jo"} {
		t[p[0]-'a'][p[1]-'a'] = true
	}
	return t
}()

// mayDurCueAfter reports that durCueAfter may match s: false only when
// the first two bytes past its leading blanks and hyphens are ASCII and
// start none of its words (all have three letters or more).
func mayDurCueAfter(s string) bool {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r' || s[i] == '-') {
		i++
	}
	if i+2 > len(s) {
		return false
	}
	a, b := s[i], s[i+1]
	if a >= utf8.RuneSelf || b >= utf8.RuneSelf {
		return true
	}
	a, b = lowerByte(a), lowerByte(b)
	return 'a' <= a && a <= 'z' && 'a' <= b && b <= 'z' && durCueAfterPairs[a-'a'][b-'a']
}

// durCueAfterMatch is durCueAfter.MatchString(s), the regexp run only
// where mayDurCueAfter says it may match (always in the reference run).
func durCueAfterMatch(s string) bool {
	if !reference && !mayDurCueAfter(s) {
		return false
	}
	return durCueAfter.MatchString(s)
}
