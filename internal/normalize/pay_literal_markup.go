package normalize

import "strings"

// Some ATS feeds wrap entity-escaped markup in a real element: a Greenhouse
// "content" field of "<div>&lt;div class=&quot;pay-range&quot;&gt;...</div>".
// Text strips the outer tags and decodes the entities once (its tests pin
// that an escaped tag inside real markup stays literal), so the pay-range
// block reaches the pay reader as literal tags with its dash still an entity:
// "<span>$170,000</span><span>&mdash;</span><span>$178,000 USD</span>".
// The two ends were then read as two amounts, the first alone.
//
// literalMarkupPay (called first in payCandidateIn) blanks such literal
// tags and writes the dash entities as dashes, keeping every byte offset
// (evidence spans index the text as given): a tag becomes spaces of its
// length, "&mdash;" a dash and spaces. Only a text with a closing tag of
// letters ("</span>") is touched; one "<" byte search gates the rest.
func literalMarkupPay(text string) string {
	i := strings.IndexByte(text, '<')
	if i < 0 || !hasLiteralClosingTag(text[i:]) {
		return text
	}
	b := []byte(text)
	for i >= 0 && i < len(b) {
		end := literalTagEnd(text, i)
		if end > i {
			for k := i; k < end; k++ {
				b[k] = ' '
			}
			i = end
		} else {
			i++
		}
		j := strings.IndexByte(text[i:], '<')
		if j < 0 {
			break
		}
		i += j
	}
	out := string(b)
	for _, ent := range [...]struct{ from, to string }{{"&mdash;", "—    "}, {"&ndash;", "–    "}, {"&#8212;", "—    "}, {"&#8211;", "–    "}} {
		if strings.Contains(out, ent.from) {
			out = strings.ReplaceAll(out, ent.from, ent.to)
		}
	}
	return out
}

// hasLiteralClosingTag reports a "</name>" of ASCII letters and digits in s.
func hasLiteralClosingTag(s string) bool {
	for {
		j := strings.Index(s, "</")
		if j < 0 {
			return false
		}
		s = s[j+2:]
		n := 0
		for n < len(s) && n < 12 && (isASCIILetter(s[n]) || (n > 0 && '0' <= s[n] && s[n] <= '9')) {
			n++
		}
		if n > 0 && n < len(s) && s[n] == '>' {
			return true
		}
	}
}

// literalTagEnd is the end of a tag ("<span>", "</div>", "<div class=\"x\">")
// starting at i, or i when there is none: a letter or "/" and a letter after
// the "<", and a ">" within 200 bytes with no "<" before it.
func literalTagEnd(text string, i int) int {
	k := i + 1
	if k < len(text) && text[k] == '/' {
		k++
	}
	if k >= len(text) || !isASCIILetter(text[k]) {
		return i
	}
	rest := text[k:min(len(text), k+200)]
	e := strings.IndexByte(rest, '>')
	if e < 0 || strings.IndexByte(rest[:e], '<') >= 0 {
		return i
	}
	return k + e + 1
}
