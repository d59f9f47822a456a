package normalize

import (
	"regexp"
	"unicode/utf8"
)

// findAllIn runs re over the parts of s around the trigger matches
// (back bytes before, fwd after, merged when they overlap) and returns the
// submatch indexes in s. A slow regular expression with optional prefixes
// then only scans the few places where it can match.
func findAllIn(s string, re *cueRegexp, trigger [][]int, back, fwd int) [][]int {
	return findAllInIf(s, re, trigger, back, fwd, nil)
}

// findAllInIf is findAllIn without the runs of re on the windows that may
// (a necessary condition of a match of re) rules out (see skipWindow).
func findAllInIf(s string, re *cueRegexp, trigger [][]int, back, fwd int, may func(string) bool) [][]int {
	var out [][]int
	eachInIf(s, re, trigger, back, fwd, may, func(m []int) bool {
		out = append(out, m)
		return false // every match
	})
	return out
}

// windows returns the merged byte ranges around the trigger matches, on
// rune boundaries.
func windows(s string, trigger [][]int, back, fwd int) [][2]int {
	return appendWindows(nil, s, trigger, back, fwd)
}

// appendWindows is windows appending to out (empty).
func appendWindows(out [][2]int, s string, trigger [][]int, back, fwd int) [][2]int {
	for _, loc := range trigger {
		a, b := runeStart(s, max(0, loc[0]-back)), runeStart(s, min(len(s), loc[1]+fwd))
		if n := len(out); n > 0 && a <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], b)
			continue
		}
		out = append(out, [2]int{a, b})
	}
	return out
}

// runeStart moves i back to the start of a UTF-8 sequence.
func runeStart(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}

// wordMatches is re.FindAllStringIndex(s, -1) for a regexp of the form
// `(?i)\b(?:w1|w2|...)\b` where words holds every word it matches (lower
// case, ASCII letters): the runs of ASCII word characters that are one of
// the words.
func wordMatches(s string, re *regexp.Regexp, words map[string]bool) [][]int {
	if reference || slowText(s) {
		return re.FindAllStringIndex(s, -1)
	}
	var first [256]bool // first letters of the words, both cases
	longest := 0
	for w := range words {
		first[w[0]], first[w[0]-'a'+'A'] = true, true
		longest = max(longest, len(w))
	}
	var out [][]int
	var buf [16]byte
	for i := 0; i < len(s); i++ {
		if !isASCIIWord(s[i]) {
			continue
		}
		j := wordEnd(s, i)
		if first[s[i]] && j-i <= min(longest, len(buf)) {
			w := buf[:j-i]
			for k := range w {
				c := s[i+k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				w[k] = c
			}
			if words[string(w)] {
				out = append(out, []int{i, j})
			}
		}
		i = j
	}
	return out
}
