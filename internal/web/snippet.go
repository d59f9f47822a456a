package web

import "strings"

// wordBounded trims a highlighted fragment (escaped HTML with <mark>) so
// it starts and ends on whole words: the index cuts fragments at byte
// windows ("…ta gamma … kap…"). A cut end keeps its "…"; a partial word
// holding a <mark> is kept whole.
func wordBounded(s string) string {
	const ell = "…"
	if rest, ok := strings.CutPrefix(s, ell); ok {
		if i := strings.IndexByte(rest, ' '); i >= 0 && !strings.Contains(rest[:i], "<") {
			rest = rest[i+1:]
		}
		s = ell + strings.TrimLeft(rest, " ")
	}
	if rest, ok := strings.CutSuffix(s, ell); ok {
		if i := strings.LastIndexByte(rest, ' '); i >= 0 && !strings.Contains(rest[i:], ">") && !strings.Contains(rest[i:], ";") {
			rest = rest[:i]
		}
		s = strings.TrimRight(rest, " ,;:") + ell
	}
	return s
}
