package normalize

import (
	"regexp"
	"strings"
)

// A bare "no" right before a work-mode word refuses that mode: "No work
// from home", "NO Hybrid model", "no WFH". The hybrid cue and the remote
// cues of the body skip a refused match, and a refused home or remote
// working reads on-site ("No work from home. Location: Leeds."). A limit
// lifted ("no WFH restrictions", "no home office limits") is no refusal.

// noBefore is "no" closing the text before a work-mode word.
var noBefore = regexp.MustCompile(`(?i)\bno[\s-]+$`)

// refusedByNo reports a "no" just before text[at:].
func refusedByNo(text string, at int) bool {
	return noBefore.MatchString(text[max(0, at-6):at])
}

// noHomeWorking is a refused home or remote working at the start of the
// text it is tried on. A perk or a skill after it ("no WFH allowance", "no
// remote work experience needed") is no statement about the job's place of
// work, so it is not taken.
var noHomeWorking = regexp.MustCompile(`(?i)^no[\s-]+(?:work(?:ing)?[- ]from[- ]home|wfh|remote[- ]work(?:ing)?|home[- ]?office|telework(?:ing)?)\b(?:[\s-]*(?:option|possible|available|allowed|policy|model))?(?:\s+(\p{L}+))?`)

// refusedHomeWorking is the first refused home or remote working in text;
// "" when there is none. The pattern is tried only where the word "no"
// stands, with a space or a hyphen after it, so a long text costs a byte
// scan.
func refusedHomeWorking(text string) string {
	ev := ""
	eachWordFold(text, "no", func(i int) bool {
		if i > 0 && isASCIIWord(text[i-1]) || i+2 >= len(text) || (text[i+2] != ' ' && text[i+2] != '-') {
			return false
		}
		m := noHomeWorking.FindStringSubmatch(text[i:min(len(text), i+60)])
		if m == nil {
			return false
		}
		if notRefusalWord(m[1]) { // remote_lifted_limit.go
			return false
		}
		ev = strings.TrimSpace(strings.TrimSuffix(m[0], m[1]))
		return true
	})
	return ev
}
