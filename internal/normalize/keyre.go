package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/textcue"
)

// keyRegexp is a regexp tried only around its key words: every match
// contains one of keys (ASCII, lower case, matched ignoring case), at most
// before bytes after the match's start and after bytes before its end. A
// plain regexp scans all of a long text. This finds the key words with a
// byte scan and runs the regexp on the window around each: as a cue regexp
// where its literal prefixes are long enough to be selective, else plain.
type keyRegexp struct {
	re            *regexp.Regexp
	cue           *cueRegexp    // re searched from its prefixes, or nil
	byFirst       [256][]string // keys by first byte, both cases
	first         [256]bool     // the bytes byFirst has keys for
	before, after int
}

// minCuePrefix is the shortest prefix worth a cue search in a window:
// shorter ones (a space, a bracket) start a regexp run at most places.
const minCuePrefix = 3

func newKeyRegexp(expr string, before, after int, keys ...string) *keyRegexp {
	k := &keyRegexp{re: regexp.MustCompile(expr), before: before, after: after}
	if c, err := compileCue(expr); err == nil && c.fast.MinPrefix() >= minCuePrefix {
		k.cue = c
	}
	for _, key := range keys {
		c := key[0]
		k.byFirst[c], k.first[c] = append(k.byFirst[c], key), true
		if c >= 'a' && c <= 'z' {
			k.byFirst[c-'a'+'A'], k.first[c-'a'+'A'] = append(k.byFirst[c-'a'+'A'], key), true
		}
	}
	return k
}

// windows returns the merged byte ranges around the key words of s.
func (k *keyRegexp) windows(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !k.first[s[i]] {
			continue
		}
		for _, key := range k.byFirst[s[i]] {
			if !hasPrefixFold(s[i:], key) {
				continue
			}
			w := [2]int{max(0, i-k.before), min(len(s), i+len(key)+k.after)}
			for w[0] > 0 && (s[w[0]-1] >= 0x80 || isLetterByte(s[w[0]-1]) || isDigit(s[w[0]-1])) {
				w[0]-- // a window starts and ends between words: \b holds
			}
			for w[1] < len(s) && (s[w[1]] >= 0x80 || isLetterByte(s[w[1]]) || isDigit(s[w[1]])) {
				w[1]++
			}
			if n := len(out); n > 0 && w[0] <= out[n-1][1] {
				out[n-1][1] = max(out[n-1][1], w[1])
			} else {
				out = append(out, w)
			}
			break
		}
	}
	return out
}

// findAll is the regexp's FindAllStringSubmatchIndex on one window, or
// FindAllStringIndex when spans is set (a match's span does not depend on
// the submatches).
func (k *keyRegexp) findAll(w string, spans bool) [][]int {
	switch {
	case k.cue != nil:
		return k.cue.FindAllStringSubmatchIndex(w, -1)
	case spans:
		return k.re.FindAllStringIndex(w, -1)
	}
	return k.re.FindAllStringSubmatchIndex(w, -1)
}

// find is the regexp's FindStringIndex on one window.
func (k *keyRegexp) find(w string) []int {
	if k.cue != nil {
		return k.cue.FindStringIndex(w)
	}
	return k.re.FindStringIndex(w)
}

// all returns the matches in the windows of s, not overlapping, n < 0
// meaning all.
func (k *keyRegexp) all(s string, n int, spans bool) [][]int {
	var out [][]int
	end := 0
	for _, w := range k.windows(s) {
		for _, m := range k.findAll(s[w[0]:w[1]], spans) {
			if spans {
				m = m[:2:2]
			}
			for i := range m {
				if m[i] >= 0 {
					m[i] += w[0]
				}
			}
			if m[0] < end {
				continue
			}
			out, end = append(out, m), m[1]
			if n >= 0 && len(out) == n {
				return out
			}
		}
	}
	return out
}

// FindAllStringSubmatchIndex is regexp's, on the windows of s; n < 0 means all.
func (k *keyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return k.all(s, n, false)
}

// FindAllStringIndex is regexp's, on the windows of s.
func (k *keyRegexp) FindAllStringIndex(s string, n int) [][]int { return k.all(s, n, true) }

// FindStringIndex is regexp's, on the windows of s: the first match of
// the first window that has one.
func (k *keyRegexp) FindStringIndex(s string) []int {
	for _, w := range k.windows(s) {
		if m := k.find(s[w[0]:w[1]]); m != nil {
			return []int{m[0] + w[0], m[1] + w[0]}
		}
	}
	return nil
}

// MatchString reports a match in the windows of s.
func (k *keyRegexp) MatchString(s string) bool { return k.FindStringIndex(s) != nil }

// FindAllStringSubmatch is regexp's, on the windows of s.
func (k *keyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	return textcue.Submatches(s, k.FindAllStringSubmatchIndex(s, n))
}
