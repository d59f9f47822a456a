package normalize

import (
	"bytes"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// htmlText is what Text's tag regexps and the entity decoding make of s
// (comment, dropped, listTag, blockTag, cellTag and anyTag replaced, then
// html.UnescapeString), by golang.org/x/net/html's tokenizer, in one pass.
// The tokenizer reads HTML as a browser does and the regexps do not, so
// htmlText reports false (and Text takes the regexps) where the two could
// differ: a tag holding "<" or a quoted ">", a tag name with other than
// ASCII letters, digits and "_", an unclosed tag, comment or dropped
// element, a comment the tokenizer ends elsewhere ("--!>", "<!-->"), text
// with "<" before a tag-like character, an entity cut by a tag, and "&" or
// NUL in the text of the elements the tokenizer does not decode (iframe,
// noembed, noframes, plaintext, textarea, xmp).
func htmlText(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	z := html.NewTokenizer(strings.NewReader(s))
	drop := false // inside a dropped element, until the closing tag of any of them
	amp := false  // the text so far ends in what may be an entity's start
	undec := false
	n := 0 // bytes read
	var buf [16]byte
	for {
		tt := z.Next()
		raw := z.Raw()
		n += len(raw)
		rawText := undec // the token follows an undecoded element's start tag
		undec = false
		switch tt {
		case html.ErrorToken:
			// an unclosed tag at the end is the error token's
			return b.String(), z.Err() == io.EOF && len(raw) == 0 && n == len(s) && !drop
		case html.TextToken:
			if !plainText(raw) || amp && !drop && (isASCIIWord(raw[0]) || raw[0] == '#' || raw[0] == ';') ||
				rawText && bytes.ContainsAny(raw, "&\x00") {
				return "", false
			}
			if !drop {
				amp = entityEnd(raw) // before Text, which decodes raw's bytes in place
				b.Write(z.Text())
			}
		case html.CommentToken, html.DoctypeToken:
			if !closedAsRegexp(raw) {
				return "", false
			}
			if !drop && bytes.HasPrefix(raw, []byte("<!--")) {
				b.WriteByte(' ')
				amp = false
			}
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, ok := tagName(raw, &buf)
			if !ok {
				return "", false
			}
			k, end := tagKinds[string(name)], tt == html.EndTagToken
			undec = k&undecoded != 0 && !end
			var out string
			switch {
			case drop:
				if end && k&droppedTag != 0 {
					if !closingTag(raw[2+len(name):]) {
						return "", false
					}
					drop = false
				}
			case k&droppedTag != 0 && !end:
				drop, out = true, " "
			case k&listItem != 0 && !end:
				out = "\n- "
			case k&cell != 0:
				out = " "
			case k&blockEnd != 0 && end, k&blockStart != 0 && !end:
				out = "\n"
			}
			if out != "" {
				b.WriteString(out)
				amp = false
			}
		}
	}
}

// The kinds of tags that matter to Text.
const (
	blockStart = 1 << iota // a line break where it opens
	blockEnd               // a line break where it closes
	listItem               // "- " starts a line where it opens
	cell                   // a space where it opens or closes
	droppedTag             // dropped with its content
	undecoded              // the tokenizer leaves its text raw
)

// tagKinds are the tags that matter, the names of the regexps blockTag,
// listTag, cellTag and dropped.
var tagKinds = map[string]int{
	"br": blockStart, "hr": blockStart, "li": listItem | blockEnd, "td": cell, "th": cell,
	"p": blockStart | blockEnd, "div": blockStart | blockEnd, "h1": blockStart | blockEnd, "h2": blockStart | blockEnd,
	"h3": blockStart | blockEnd, "h4": blockStart | blockEnd, "h5": blockStart | blockEnd, "h6": blockStart | blockEnd,
	"tr": blockStart | blockEnd, "ul": blockStart | blockEnd, "ol": blockStart | blockEnd, "table": blockStart | blockEnd,
	"section": blockStart | blockEnd, "article": blockStart | blockEnd, "header": blockStart | blockEnd,
	"footer": blockStart | blockEnd, "blockquote": blockStart | blockEnd, "pre": blockStart | blockEnd,
	"dl": blockStart | blockEnd, "dt": blockStart | blockEnd, "dd": blockStart | blockEnd, "figure": blockStart | blockEnd,
	"main": blockStart | blockEnd, "nav": blockStart | blockEnd, "aside": blockStart | blockEnd,
	"form": blockStart | blockEnd, "fieldset": blockStart | blockEnd, "address": blockStart | blockEnd,
	"details": blockStart | blockEnd, "summary": blockStart | blockEnd,
	"script": droppedTag | undecoded, "style": droppedTag | undecoded, "head": droppedTag, "title": droppedTag | undecoded,
	"noscript": droppedTag | undecoded, "template": droppedTag,
	"iframe": undecoded, "noembed": undecoded, "noframes": undecoded, "plaintext": undecoded, "textarea": undecoded,
	"xmp": undecoded,
}

// tagName returns the lower-case name of the tag raw (in buf, cut to 16
// bytes: no name that matters is longer) when the tag regexps see the same
// tag: "<" or "</", a name of ASCII word characters, then white space, "/"
// or the only ">", and no other "<".
func tagName(raw []byte, buf *[16]byte) ([]byte, bool) {
	i := 1
	if len(raw) > 1 && raw[1] == '/' {
		i = 2
	}
	j := i
	for j < len(raw) && isASCIIWord(raw[j]) {
		j++
	}
	if j == i || j == len(raw) || bytes.IndexByte(raw, '>') != len(raw)-1 || bytes.IndexByte(raw[1:], '<') >= 0 {
		return nil, false
	}
	switch raw[j] {
	case ' ', '\t', '\n', '\f', '\r', '/', '>':
	default:
		return nil, false
	}
	name := buf[:0]
	for _, c := range raw[i:min(j, i+len(buf))] {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		name = append(name, c)
	}
	return name, true
}

// closingTag reports whether rest, what follows the name of a closing tag,
// is `\s*>`, as the dropped regexp wants it.
func closingTag(rest []byte) bool {
	return len(bytes.TrimLeft(rest, " \t\n\f\r")) == 1
}

// closedAsRegexp reports whether the comment, doctype or bogus comment raw
// ends where the regexps end it: a comment at its first "-->", anything
// else at its first ">" with no other "<" inside.
func closedAsRegexp(raw []byte) bool {
	if bytes.HasPrefix(raw, []byte("<!--")) {
		return len(raw) >= 7 && bytes.Index(raw[4:], []byte("-->")) == len(raw)-7
	}
	return bytes.IndexByte(raw, '>') == len(raw)-1 && bytes.IndexByte(raw[1:], '<') < 0
}

// plainText reports whether the text raw holds nothing the tag regexps
// would take for a tag: a "<" before white space and a letter, "/", "!" or
// "?".
func plainText(raw []byte) bool {
	for i := bytes.IndexByte(raw, '<'); i >= 0; {
		j := skipSpace(string(raw), i+1)
		if j < len(raw) && (isLetterByte(raw[j]) || raw[j] == '/' || raw[j] == '!' || raw[j] == '?') {
			return false
		}
		k := bytes.IndexByte(raw[i+1:], '<')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return true
}

// entityEnd reports whether the text raw ends in "&" and word characters or
// "#", an entity a removed tag may cut ("&am<b></b>p;").
func entityEnd(raw []byte) bool {
	i := len(raw)
	for i > 0 && (isASCIIWord(raw[i-1]) || raw[i-1] == '#') {
		i--
	}
	return i > 0 && raw[i-1] == '&'
}

// skipSpace skips `\s*` (ASCII white space but \v) from i.
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

// hasZeroes reports whether zeroes has anything to replace in s: a
// carriage return, a byte-order mark, a soft hyphen, or one of U+200B-U+200D,
// U+2010 and U+2011 (all three bytes "\xe2\x80" and one more).
func hasZeroes(s string) bool {
	if strings.IndexByte(s, '\r') >= 0 || strings.Contains(s, "\ufeff") || strings.Contains(s, "\u00ad") {
		return true
	}
	for i := 0; ; {
		j := strings.Index(s[i:], "\xe2\x80")
		if j < 0 || i+j+2 >= len(s) {
			return false
		}
		i += j + 2
		switch s[i] {
		case 0x8b, 0x8c, 0x8d, 0x90, 0x91:
			return true
		}
	}
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

// spaceLead holds the bytes a spaces character starts with (see spaceAt).
var spaceLead = [256]bool{' ': true, '\t': true, '\f': true, '\v': true, 0xc2: true, 0xe2: true, 0xe3: true}

// foldSpaces is spaces.ReplaceAllString(s, " ").
func foldSpaces(s string) string {
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if !spaceLead[s[i]] {
			i++
			continue
		}
		if s[i] == ' ' && (i+1 == len(s) || !spaceLead[s[i+1]]) {
			i += 2 // one space alone, as most are (s[i+1] is no space)
			continue
		}
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
// `(\p{Ll}{2}|\p{Ll}[)"'’”])([.!?;:])(\p{Lu}\p{Ll})`. In valid UTF-8 it
// looks at the punctuation only, decoding the two runes before each
// backward (what a forward decode gives in valid UTF-8).
func unglue(s string) string {
	if !utf8.ValidString(s) {
		return unglueRunes(s)
	}
	var u unglued
	sc := newAnyScan(s, sentenceStops) // byte_sets.go
	for i := 0; i < len(s); i++ {
		k := sc.indexFrom(i)
		if k < 0 {
			break
		}
		i += k
		// a at sa and c are the two runes before i.
		c, nc := utf8.DecodeLastRuneInString(s[:i])
		sc := i - nc
		a, na := utf8.DecodeLastRuneInString(s[:sc])
		sa := sc - na
		if nc == 0 || na == 0 || sa < u.from || !sentenceEnd(a, c) || i+1 >= len(s) {
			continue
		}
		u.at(s, i+1)
	}
	return u.result(s)
}

// unglueRunes is unglue for any s, decoding every rune.
func unglueRunes(s string) string {
	var u unglued
	// a at sa and c are the two runes before i.
	var a, c rune = -1, -1
	sa, sc := -1, -1
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		if (r == '.' || r == '!' || r == '?' || r == ';' || r == ':') && sa >= u.from && sentenceEnd(a, c) && i+n < len(s) {
			u.at(s, i+n)
		}
		a, sa, c, sc = c, sc, r, i
		i += n
	}
	return u.result(s)
}

// sentenceEnd reports the two runes before a glued sentence end: a lower
// case letter, then one or a closing bracket or quote.
func sentenceEnd(a, c rune) bool {
	return isLl(a) && (isLl(c) || c == ')' || c == '"' || c == '\'' || c == '’' || c == '”')
}

// unglued builds unglue's result: the text up to each glued sentence start
// and a space before it.
type unglued struct {
	b            strings.Builder
	copied, from int // from: where the next match may start
}

// at puts a space before j when s[j:] starts with an upper case letter
// and a lower case one.
func (u *unglued) at(s string, j int) {
	r3, n3 := decodeAt(s, j)
	if !isLu(r3) || j+n3 >= len(s) {
		return
	}
	if r4, n4 := decodeAt(s, j+n3); isLl(r4) {
		if u.copied == 0 {
			u.b.Grow(len(s) + 16)
		}
		u.b.WriteString(s[u.copied:j])
		u.b.WriteByte(' ')
		u.copied = j
		u.from = j + n3 + n4
	}
}

func (u *unglued) result(s string) string {
	if u.copied == 0 {
		return s
	}
	u.b.WriteString(s[u.copied:])
	return u.b.String()
}
