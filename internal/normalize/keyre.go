package normalize

import "regexp"

// keyRegexp is a regexp tried only around its key words: every match
// contains one of keys (ASCII, lower case, matched ignoring case), at most
// before bytes after the match's start and after bytes before its end. A
// plain regexp scans all of a long text; a cue regexp's prefix tables are
// slow to build for long alternations. This finds the key words with a
// byte scan and runs the regexp on the window around each.
type keyRegexp struct {
	re            *regexp.Regexp
	byFirst       [256][]string // keys by first byte, both cases
	before, after int
}

func newKeyRegexp(expr string, before, after int, keys ...string) *keyRegexp {
	k := &keyRegexp{re: regexp.MustCompile(expr), before: before, after: after}
	for _, key := range keys {
		c := key[0]
		k.byFirst[c] = append(k.byFirst[c], key)
		if c >= 'a' && c <= 'z' {
			k.byFirst[c-'a'+'A'] = append(k.byFirst[c-'a'+'A'], key)
		}
	}
	return k
}

// windows returns the merged byte ranges around the key words of s.
func (k *keyRegexp) windows(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
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

// FindAllStringSubmatchIndex is regexp's, on the windows of s; n < 0 means all.
func (k *keyRegexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	var out [][]int
	end := 0
	for _, w := range k.windows(s) {
		for _, m := range k.re.FindAllStringSubmatchIndex(s[w[0]:w[1]], -1) {
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

// FindAllStringIndex is regexp's, on the windows of s. (A match's span does
// not depend on the submatches: the regexp skips computing them.)
func (k *keyRegexp) FindAllStringIndex(s string, n int) [][]int {
	if reference {
		return spans(k.FindAllStringSubmatchIndex(s, n))
	}
	var out [][]int
	end := 0
	for _, w := range k.windows(s) {
		for _, m := range k.re.FindAllStringIndex(s[w[0]:w[1]], -1) {
			m[0], m[1] = m[0]+w[0], m[1]+w[0]
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

// FindStringIndex is regexp's, on the windows of s: the first window's
// first match.
func (k *keyRegexp) FindStringIndex(s string) []int {
	if reference {
		if m := k.FindAllStringSubmatchIndex(s, 1); m != nil {
			return m[0][:2]
		}
		return nil
	}
	for _, w := range k.windows(s) {
		if m := k.re.FindStringIndex(s[w[0]:w[1]]); m != nil {
			return []int{m[0] + w[0], m[1] + w[0]}
		}
	}
	return nil
}

// MatchString reports a match in the windows of s.
func (k *keyRegexp) MatchString(s string) bool {
	if reference {
		return k.FindAllStringSubmatchIndex(s, 1) != nil
	}
	for _, w := range k.windows(s) {
		if k.re.MatchString(s[w[0]:w[1]]) {
			return true
		}
	}
	return false
}

// FindAllStringSubmatch is regexp's, on the windows of s.
func (k *keyRegexp) FindAllStringSubmatch(s string, n int) [][]string {
	var out [][]string
	for _, m := range k.FindAllStringSubmatchIndex(s, n) {
		g := make([]string, len(m)/2)
		for i := range g {
			if m[2*i] >= 0 {
				g[i] = s[m[2*i]:m[2*i+1]]
			}
		}
		out = append(out, g)
	}
	return out
}

// spans cuts submatch indexes to the match's span.
func spans(all [][]int) [][]int {
	var out [][]int
	for _, m := range all {
		out = append(out, m[:2])
	}
	return out
}
