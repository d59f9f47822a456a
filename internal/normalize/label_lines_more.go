package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The labels of moreTypeLabels (type_labels_more.go) and worldModeLabels
// (workmode_labels_more.go) are found from the colons of a text, not by
// keys of the shared key scan: a label is the whole of what stands
// between a line's start (or a "|" or "•" field break) and a colon, so
// each colon costs a look back to its line's start and, only when what
// stands there is as long as a label and opens with a label's first byte,
// one lookup of it lower-cased. A text with no colon costs one byte
// search. This reads what the regexp `(?:^|[\n|•])[ \t*]*LABEL[ \t*]*[:：]
// [ \t*]*([^\n|•;]{2,N})` (?i) would.

// colonLabelKind says which tables a label is in.
type colonLabelKind uint8

const (
	colonTypeLabel colonLabelKind = 1 << iota // moreTypeLabels
	colonModeLabel                            // worldModeLabels
)

// colonLabels are the labels of both tables, lower case, with their kinds;
// colonLabelFirst has the first bytes of their lower and upper case
// forms, colonLabelLens their byte lengths (all under 64), colonLabelEnds
// their last two bytes (ASCII letters lower-cased; see endPair).
var colonLabels, colonLabelFirst, colonLabelLens, colonLabelMax, colonLabelEnds = func() (map[string]colonLabelKind, [256]bool, uint64, int, *[1 << 16 / 64]uint64) {
	m := map[string]colonLabelKind{}
	var first [256]bool
	var lens uint64
	most := 0
	ends := new([1 << 16 / 64]uint64)
	add := func(ls []string, k colonLabelKind) {
		for _, l := range ls {
			l = strings.ToLower(l)
			m[strings.ReplaceAll(l, "ς", "σ")] |= k // a capital Σ lowers to σ
			r, _ := utf8.DecodeRuneInString(l)
			first[l[0]] = true
			first[string(unicode.ToUpper(r))[0]] = true
			first[string(unicode.ToTitle(r))[0]] = true
			for _, f := range []string{l, strings.ReplaceAll(l, "ς", "σ"), strings.ToUpper(l), string(unicode.ToTitle(r)) + l[len(string(r)):]} {
				if len(f) >= 64 {
					panic("normalize: label too long for colonLabelLens: " + f)
				}
				lens |= 1 << len(f) // "ÇALIŞMA MODELI" is shorter than "çalışma modeli"
				most = max(most, len(f))
				p := endPair(f)
				ends[p/64] |= 1 << (p % 64)
			}
		}
	}
	add(moreTypeLabels, colonTypeLabel)
	add(vietnameseTypeLabels, colonTypeLabel) // type_field_words_asian.go
	add(worldModeLabels, colonModeLabel)
	return m, first, lens, most, ends
}()

// endPair is the last two bytes of s (two or more), ASCII letters
// lower-cased, as an index into colonLabelEnds.
func endPair(s string) uint16 {
	return uint16(lowerByte(s[len(s)-2]))<<8 | uint16(lowerByte(s[len(s)-1]))
}

// mayEndLabel reports whether the text before a colon at c, padding
// dropped, ends as a label does: most colons of a text (after "Note",
// "https", "10") are passed over without a look back to their line's
// start.
func mayEndLabel(text string, c int) bool {
	for c > 0 && (text[c-1] == ' ' || text[c-1] == '\t' || text[c-1] == '*') {
		c--
	}
	if c < 2 {
		return false
	}
	p := endPair(text[:c])
	return colonLabelEnds[p/64]&(1<<(p%64)) != 0
}

// labelValue is one label's value in a text: text[start:end] is the whole
// match from the label on, text[vStart:vEnd] the value.
type labelValue struct{ start, vStart, vEnd int }

// colonLabelValues returns up to n values of labels of kind k in text, in
// order, each value up to maxRunes runes (at least two).
func colonLabelValues(text string, k colonLabelKind, n, maxRunes int) []labelValue {
	var out []labelValue
	full := strings.Contains(text, "：")
	for i := 0; i < len(text) && len(out) < n; {
		c, w := nextColon(text, i, full)
		if c < 0 {
			break
		}
		i = c + w
		if !mayEndLabel(text, c) {
			continue
		}
		start, ok := labelStart(text, c)
		if !ok {
			continue
		}
		if kind := colonLabelAt(text[start:c]); kind&k == 0 {
			continue
		}
		vs := i
		for vs < len(text) && (text[vs] == ' ' || text[vs] == '\t' || text[vs] == '*') {
			vs++
		}
		ve, runes := vs, 0
		for ve < len(text) && runes < maxRunes {
			b := text[ve]
			if b == '\n' || b == '|' || b == ';' || b == 0xE2 && strings.HasPrefix(text[ve:], "•") {
				break
			}
			_, size := utf8.DecodeRuneInString(text[ve:])
			ve += size
			runes++
		}
		if runes < 2 {
			continue
		}
		out = append(out, labelValue{start, vs, ve})
		i = ve
	}
	return out
}

// nextColon returns the place and width of the first ":" (or, when full,
// "：") in text at or after i; -1 when none.
func nextColon(text string, i int, full bool) (int, int) {
	c := strings.IndexByte(text[i:], ':')
	if c >= 0 {
		c += i
	}
	if full {
		if f := strings.Index(text[i:], "："); f >= 0 && (c < 0 || f+i < c) {
			return f + i, len("：")
		}
	}
	return c, 1
}

// labelStart returns where the label before a colon at c begins: after
// the line's start, "|" or "•" and any spaces, tabs or asterisks; false
// when that is farther back than the longest label and its padding.
func labelStart(text string, c int) (int, bool) {
	j := c - 1
	for ; j >= 0; j-- {
		if c-j > colonLabelMax+12 {
			return 0, false
		}
		b := text[j]
		if b == '\n' || b == '|' || b == 0xA2 && j >= 2 && text[j-2] == 0xE2 && text[j-1] == 0x80 {
			break
		}
	}
	s := j + 1
	for s < c && (text[s] == ' ' || text[s] == '\t' || text[s] == '*') {
		s++
	}
	return s, true
}

// colonLabelAt returns the kinds of the label l (what stands before a
// colon, padding after it allowed); 0 when it is none.
func colonLabelAt(l string) colonLabelKind {
	for len(l) > 0 && (l[len(l)-1] == ' ' || l[len(l)-1] == '\t' || l[len(l)-1] == '*') {
		l = l[:len(l)-1]
	}
	if len(l) < 2 || len(l) > colonLabelMax || colonLabelLens&(1<<len(l)) == 0 || !colonLabelFirst[l[0]] {
		return 0
	}
	var buf [4 * 64]byte
	b := buf[:0]
	for i := 0; i < len(l); {
		if c := l[i]; c < utf8.RuneSelf {
			b = append(b, lowerByte(c))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(l[i:])
		if r = unicode.ToLower(r); r == 'ς' {
			r = 'σ'
		}
		b = utf8.AppendRune(b, r)
		i += size
	}
	return colonLabels[string(b)]
}
