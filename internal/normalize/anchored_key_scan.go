package normalize

import (
	"regexp"
	"strings"
)

// anchoredKeyScan finds a regexp's matches the way FindAllStringSubmatch
// does, for an expression every match of which starts with \b and then,
// keyAt bytes in, an ASCII key word whose letters have no case fold beyond
// ASCII ("permanent", "diem": no k or s, which (?i) also matches as the
// Kelvin sign and the long s). A plain search backtracks at every byte of a
// description that holds the key anywhere; this tries the expression
// anchored (anch, the same expression behind ^) only at the key's places,
// after checking the \b itself (the anchored text starts at the key's word,
// so ^\b holds there whatever came before). A match found at a place ends
// where the unanchored search's would (both prefer the same match from one
// start), and the next search starts at its end, as FindAll's does.
func anchoredKeyScan(text, key string, keyAt int, anch *regexp.Regexp, n int, fn func(m []string) bool) {
	for from := 0; n > 0; {
		d := indexFoldFrom(text, key, from+keyAt)
		if d < 0 {
			return
		}
		j := d - keyAt
		if j > 0 && isASCIIWordChar(text[j-1]) {
			from = j + 1
			continue
		}
		m := anch.FindStringSubmatchIndex(text[j:])
		if m == nil {
			from = j + 1
			continue
		}
		n--
		sub := make([]string, len(m)/2)
		for i := range sub {
			if m[2*i] >= 0 {
				sub[i] = text[j+m[2*i] : j+m[2*i+1]]
			}
		}
		if fn(sub) {
			return
		}
		from = j + m[1]
	}
}

// isASCIIWordChar is regexp's \w: the bytes \b tells from the others.
func isASCIIWordChar(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

// indexFoldFrom is the index of the lower-case ASCII letter word key in
// text at or after from, ignoring ASCII case; -1 when there is none. A long
// text is searched in its cached folded copy (foldCache), where a letter
// stands at the same place, lower-cased.
func indexFoldFrom(text, key string, from int) int {
	if from > len(text) {
		return -1
	}
	if len(text) >= minGuardedText && !reference {
		c := foldPool.Get().(*foldCache)
		i := strings.Index(c.folded(text)[from:], key)
		foldPool.Put(c)
		if i < 0 {
			return -1
		}
		return from + i
	}
	if i := indexFold(text[from:], key); i >= 0 {
		return from + i
	}
	return -1
}
