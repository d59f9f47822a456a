package normalize

import (
	"regexp"
	"strings"
)

// Two shapes of English "where from" sentences.
//
// 1. A residence clause that is denied names a place the hire may NOT be
// in, so it is no region for the role: "Applicants cannot be based in
// Canada", "Candidates are not located in the UK", "you must not reside in
// France". remoteRegions (remote.go) passes over such a bodyRegion match
// the way it passes over "Our team is based in ..." (region_others_based.go).
//
// 2. A remote note in brackets whose own bracket is a "within" scope:
// "(Remote (within 2 hours of CET))", "Full-time / Remote (within Europe)".
// soleRemote only takes "(Remote)" closed right after the word.

// deniedBaseTail is a negation and its verb right before the bodyRegion
// verb, read on the clause before it: "cannot be ", "are not ", "must
// never be ", "won't be ".
var deniedBaseTail = regexp.MustCompile(`(?i)\b(?:cannot|can\s+not|can't|can’t|must\s+not|mustn't|may\s+not|should\s+not|shouldn't|will\s+not|won't|are\s+not|aren't|is\s+not|isn't|not)\s+(?:(?:currently|already|yet)\s+)?(?:be\s+)?(?:work(?:ing)?\s+)?$`)

// deniedBase reports whether the bodyRegion match starting at i in text is
// denied in its own clause.
func deniedBase(text string, i int) bool {
	before := text[max(0, i-40):i]
	if k := strings.LastIndexAny(before, ".!?\n;,"); k >= 0 {
		before = before[k+1:]
	}
	if len(before) < 4 || !strings.ContainsAny(before, "tT") {
		return false // every negation above has a "t"
	}
	return deniedBaseTail.MatchString(before)
}

// remoteWithinNote is "remote" with a bracketed "within" scope, at the start
// of the text or of a segment: "(Remote (within 2 hours of CET))", "/ Remote
// (within Europe)".
var remoteWithinNote = regexp.MustCompile(`(?i)(?:^|[(/|•·\n]\s*)(?:fully\s+|100%\s+)?remote\s*\(\s*within\s+[^()\n]{2,50}\)`)

// remoteWithinAt returns where such a note is in text, or nil.
func remoteWithinAt(text string) []int {
	if !containsFold(text, "(within") {
		return nil
	}
	return remoteWithinNote.FindStringIndex(text)
}
