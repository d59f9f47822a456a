package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Hand-written equivalents of Text's regular expressions (comment, dropped,
// listTag, blockTag, cellTag, anyTag, spaces, newlines, glued): each one
// replaces exactly what its regexp's ReplaceAllString replaces, in one pass
// over the text. The tag matchers compare names in ASCII only; Text keeps
// the regexps for texts with ſ or K (see slowText).

// stripComments is comment.ReplaceAllString(s, " ").
func stripComments(s string) string {
	i := strings.Index(s, "<!--")
	if i < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i >= 0 {
		j := strings.Index(s[i+4:], "-->")
		if j < 0 {
			break // no later comment can end either
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last = i + 4 + j + 3
		if i = strings.Index(s[last:], "<!--"); i >= 0 {
			i += last
		}
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// droppedNames are the elements dropped with their content.
var droppedNames = []string{"script", "style", "head", "title", "noscript", "template"}

// stripDropped is dropped.ReplaceAllString(s, " "): an opening tag of a
// dropped element through the first closing tag of any of them.
func stripDropped(s string) string {
	var b strings.Builder
	last, from := 0, 0
	for {
		i := strings.IndexByte(s[from:], '<')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		k := wordEnd(s, i+1)
		if !isOneOf(s[i+1:k], droppedNames) {
			continue
		}
		end := closingDropped(s, k)
		if end < 0 {
			break // no later opening tag can be closed either
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last, from = end, end
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// closingDropped returns the end of the first `</name\s*>` at or after
// from, name one of droppedNames, or -1.
func closingDropped(s string, from int) int {
	for {
		q := strings.Index(s[from:], "</")
		if q < 0 {
			return -1
		}
		q += from
		from = q + 1
		for _, name := range droppedNames {
			if !hasPrefixFold(s[q+2:], name) {
				continue
			}
			j := skipSpace(s, q+2+len(name))
			if j < len(s) && s[j] == '>' {
				return j + 1
			}
		}
	}
}

// replaceTags replaces the tags that start with what isTag accepts
// (returning where the tag name ends, or -1) through the next ">" with
// repl: the ReplaceAllString of a regexp `<...\b[^>]*>`.
func replaceTags(s string, isTag func(s string, i int) int, repl string) string {
	var b strings.Builder
	last, from := 0, 0
	for {
		i := strings.IndexByte(s[from:], '<')
		if i < 0 {
			break
		}
		i += from
		from = i + 1
		k := isTag(s, i)
		if k < 0 {
			continue
		}
		gt := strings.IndexByte(s[k:], '>')
		if gt < 0 {
			break // no later tag can end either
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteString(repl)
		last = k + gt + 1
		from = last
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// skipSpace skips `\s*` (ASCII white space but \v) from i.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// wordEnd returns the end of the run of ASCII word characters (\w) at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isASCIIWord(s[i]) {
		i++
	}
	return i
}

// isOneOf reports whether w is one of the lower-case names, ignoring ASCII
// case.
func isOneOf(w string, names []string) bool {
	for _, n := range names {
		if len(w) == len(n) && hasPrefixFold(w, n) {
			return true
		}
	}
	return false
}

// isListTag matches listTag's `<\s*li\b`.
func isListTag(s string, i int) int {
	j := skipSpace(s, i+1)
	if k := wordEnd(s, j); k == j+2 && hasPrefixFold(s[j:], "li") {
		return k
	}
	return -1
}

var (
	// blockNames are blockTag's names that may follow "/"; blockOpen those
	// that may stand alone.
	blockNames = []string{"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "ul", "ol", "table", "section",
		"article", "header", "footer", "blockquote", "pre", "dl", "dt", "dd", "figure", "main", "nav", "aside", "form",
		"fieldset", "address", "details", "summary"}
	blockOpen = append([]string{"br", "hr"}, without(blockNames, "li")...)
)

func without(list []string, s string) []string {
	var out []string
	for _, v := range list {
		if v != s {
			out = append(out, v)
		}
	}
	return out
}

// isBlockTag matches blockTag's `<\s*(?:br|hr|/?p|...)\b`.
func isBlockTag(s string, i int) int {
	j := skipSpace(s, i+1)
	names := blockOpen
	if j < len(s) && s[j] == '/' {
		j++
		names = blockNames
	}
	if k := wordEnd(s, j); isOneOf(s[j:k], names) {
		return k
	}
	return -1
}

// isCellTag matches cellTag's `<\s*/?t[dh]\b`.
func isCellTag(s string, i int) int {
	j := skipSpace(s, i+1)
	if j < len(s) && s[j] == '/' {
		j++
	}
	if k := wordEnd(s, j); k == j+2 && (hasPrefixFold(s[j:], "td") || hasPrefixFold(s[j:], "th")) {
		return k
	}
	return -1
}

// isAnyTag matches anyTag's `<[a-zA-Z/!?]`.
func isAnyTag(s string, i int) int {
	if i+1 < len(s) && (isLetterByte(s[i+1]) || s[i+1] == '/' || s[i+1] == '!' || s[i+1] == '?') {
		return i + 2
	}
	return -1
}

// hasZeroes reports whether zeroes has anything to replace in s.
func hasZeroes(s string) bool {
	return strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, "\u200b") || strings.Contains(s, "\u200c") ||
		strings.Contains(s, "\u200d") || strings.Contains(s, "\ufeff") || strings.Contains(s, "\u00ad")
}

// spaceAt returns the length of the spaces character at s[i] (0 if none).
func spaceAt(s string, i int) int {
	switch c := s[i]; {
	case c == ' ' || c == '\t' || c == '\f' || c == '\v':
		return 1
	case c == 0xc2 || c == 0xe2 || c == 0xe3:
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == 0xa0 || (r >= 0x2000 && r <= 0x200a) || r == 0x202f || r == 0x205f || r == 0x3000 {
			return n
		}
	}
	return 0
}

// foldSpaces is spaces.ReplaceAllString(s, " ").
func foldSpaces(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		n := spaceAt(s, i)
		if n == 0 {
			i++
			continue
		}
		j := i + n
		for j < len(s) {
			m := spaceAt(s, j)
			if m == 0 {
				break
			}
			j += m
		}
		if j-i == 1 && s[i] == ' ' {
			i = j // already one space
			continue
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:i])
		b.WriteByte(' ')
		last, i = j, j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// foldNewlines is newlines.ReplaceAllString(s, "\n"): ` ?\n[\n ]*`.
func foldNewlines(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '\n')
		if k < 0 {
			break
		}
		start := i + k
		if start > i && s[start-1] == ' ' {
			start--
		}
		j := i + k + 1
		for j < len(s) && (s[j] == '\n' || s[j] == ' ') {
			j++
		}
		if start == i+k && j == start+1 {
			i = j // already one newline
			continue
		}
		if last == 0 {
			b.Grow(len(s))
		}
		b.WriteString(s[last:start])
		b.WriteByte('\n')
		last, i = j, j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isLl(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z'
	}
	return unicode.Is(unicode.Ll, r)
}

func isLu(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'A' && r <= 'Z'
	}
	return unicode.Is(unicode.Lu, r)
}

func decodeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// unglue is glued.ReplaceAllString(s, "$1$2 $3"): a space after a sentence
// end glued to the next sentence,
// `(\p{Ll}{2}|\p{Ll}[)"'’”])([.!?;:])(\p{Lu}\p{Ll})`.
func unglue(s string) string {
	var b strings.Builder
	copied, from := 0, 0 // from: where the next match may start
	// a at sa and c are the two runes before i.
	var a, c rune = -1, -1
	sa, sc := -1, -1
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		if (r == '.' || r == '!' || r == '?' || r == ';' || r == ':') && sa >= from && isLl(a) &&
			(isLl(c) || c == ')' || c == '"' || c == '\'' || c == '’' || c == '”') && i+n < len(s) {
			j := i + n
			r3, n3 := decodeAt(s, j)
			if isLu(r3) && j+n3 < len(s) {
				if r4, n4 := decodeAt(s, j+n3); isLl(r4) {
					if copied == 0 {
						b.Grow(len(s) + 16)
					}
					b.WriteString(s[copied:j])
					b.WriteByte(' ')
					copied = j
					from = j + n3 + n4
				}
			}
		}
		a, sa, c, sc = c, sc, r, i
		i += n
	}
	if copied == 0 {
		return s
	}
	b.WriteString(s[copied:])
	return b.String()
}
