package redflag

import (
	"regexp"
	"strings"
)

// A cue guard is a cheap necessary condition of a match of a cue's
// pattern at a start: given the text from the start to the end of the
// window the pattern would run on, false means no match starts there, so
// the pattern need not run. Guards are for patterns whose prefixes are
// common words but whose matches are rare, and whose factors (see
// cue.holdsFactor) are common too: rePeopleCount's prefixes ("hiring",
// "need", "looking for") are in most listings and its nouns ("students",
// "people") in most sentences, while its count ("hiring 300 interns")
// almost never follows; its run, over a window to the end of the
// sentence (a count has no bound on its digits), was most of the red-flag
// engine's regexp work on generated listings. The guards are checked
// against the patterns by TestCueGuards and FuzzCueGuards.
var cueGuards = map[*regexp.Regexp]func(s string) bool{
	rePeopleCount: peopleCountGuard,
}

// peopleCountWords are the words rePeopleCount starts with, each followed
// by a space.
var peopleCountWords = []string{"hiring ", "recruiting ", "recruit ", "looking for ", "seeking ", "we need ", "need ",
	"wanted ", "onboarding "}

// peopleCountGuard: a match of rePeopleCount starts with one of its words
// and a space, then a digit, "hundreds of", "thousands of", "over " or
// "more than ".
func peopleCountGuard(s string) bool {
	for _, w := range peopleCountWords {
		if !strings.HasPrefix(s, w) {
			continue
		}
		rest := s[len(w):]
		if rest != "" && '0' <= rest[0] && rest[0] <= '9' || strings.HasPrefix(rest, "hundreds of") ||
			strings.HasPrefix(rest, "thousands of") || strings.HasPrefix(rest, "over ") || strings.HasPrefix(rest, "more than ") {
			return true
		}
	}
	return false
}
