package normalize

import (
	"regexp/syntax"
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/textcue"
)

// A keyWindowed runs a cue regexp on the windows of a long text around its
// keys only, not over all of it: every match holds one of the keys (ASCII
// case ignored) and is at most span-1 bytes long, so it lies within span
// bytes of a key. A window reaches span bytes past each key, then on to a
// byte that is ASCII and no word byte (or the text's end) at either end:
// the regexp sees \b there as in the text, and a match in the window is
// one in the text. Windows that meet are merged, so each match of the text
// lies in one window and the searches of the windows in turn find the
// text's matches. A text with runes that fold to ASCII letters (ſ, K) may
// spell a key otherwise: it is searched whole, as are short texts and the
// reference run. The expression must have no ^, $ or \A, \z.
type keyWindowed struct {
	c    *cueRegexp
	keys []string // Fold'ed
	span int
}

func newKeyWindowed(c *cueRegexp, keys ...string) *keyWindowed {
	tree, err := syntax.Parse(c.expr, syntax.Perl)
	if err != nil {
		panic("keyWindowed: " + err.Error())
	}
	n := textcue.MaxBytes(tree)
	if n < 0 {
		panic("keyWindowed: unbounded " + c.expr)
	}
	return &keyWindowed{c: c, keys: keys, span: n + 1}
}

// onsiteWindows is strongOnsite around "site" (on-site), "person",
// "office", "remote" and "hybrid" (see handGuard).
var onsiteWindows = newKeyWindowed(strongOnsite, "site", "person", "office", "remote", "hybrid")

// FindAllStringIndex is regexp's.
func (k *keyWindowed) FindAllStringIndex(s string, n int) [][]int {
	if reference || len(s) < minGuardedText || slowText(s) {
		return k.c.FindAllStringIndex(s, n)
	}
	var out [][]int
	for _, w := range k.windows(s) {
		for _, m := range k.c.load().fast.FindAllStringIndex(s[w[0]:w[1]], -1) {
			if n >= 0 && len(out) == n {
				return out
			}
			out = append(out, []int{m[0] + w[0], m[1] + w[0]})
		}
	}
	return out
}

// windows returns the merged windows around the keys of s, ascending.
func (k *keyWindowed) windows(s string) [][2]int {
	c := foldPool.Get().(*foldCache)
	defer foldPool.Put(c)
	low, set := c.lookup(s)
	var at [][2]int // the keys' places and ends
	for _, key := range k.keys {
		if !set.mayHold(key) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(low[i:], key)
			if j < 0 {
				break
			}
			at = append(at, [2]int{i + j, i + j + len(key)})
			i += j + 1
		}
	}
	// Earliest key first (a sort: a long text may hold thousands).
	slices.SortFunc(at, func(x, y [2]int) int { return x[0] - y[0] })
	var out [][2]int
	for _, e := range at {
		a, b := max(0, e[0]-k.span), min(len(s), e[1]+k.span)
		// A window that meets the last one extends it (its start would be
		// no earlier); each walk to an edge starts past the last one's
		// end, so the walks stay linear in the text.
		m := len(out)
		if m > 0 && a <= out[m-1][1] {
			if b <= out[m-1][1] {
				continue
			}
		} else {
			for a > 0 && !plainEdge(s[a-1]) {
				a--
			}
			out = append(out, [2]int{a, b})
			m++
		}
		for b < len(s) && !plainEdge(s[b]) {
			b++
		}
		out[m-1][1] = b
	}
	return out
}

// plainEdge reports a byte a window may end before or start after: ASCII
// and no word byte.
func plainEdge(b byte) bool { return b < 0x80 && !isASCIIWord(b) }
