package normalize

import (
	"strings"

	"golang.org/x/net/html"
)

// plainHTMLText is htmlText(s) for the HTML sanitizePlain accepts (the
// elements of plainTags only, each tag written as the policy writes it or
// with a style attribute alone; text without '<', '\r' or NUL, with no
// entities but those of plainEntities and bare '&'), which is what most
// boards send: there every '<' starts a tag, every tag ends at its first
// '>', and the tokenizer's text is the bytes between tags with their
// entities decoded. It reads s once without the tokenizer. It reports
// false for any other s, and where htmlText reports false on such s (a
// text ending in '&' before a tag that writes nothing and a text starting
// with a word character, '#' or ';').
func plainHTMLText(s string) (string, bool) {
	var b strings.Builder
	b.Grow(len(s))
	amp := false // as htmlText's: the text so far ends in what may be an entity's start
	for i := 0; i < len(s); {
		if s[i] != '<' {
			j := strings.IndexByte(s[i:], '<')
			if j < 0 {
				j = len(s)
			} else {
				j += i
			}
			raw := s[i:j]
			if amp && (isASCIIWord(raw[0]) || raw[0] == '#' || raw[0] == ';') || !plainTextRun(&b, raw) {
				return "", false
			}
			amp = entityEnd([]byte(raw))
			i = j
			continue
		}
		n, _ := plainTagAt(s[i:])
		if n == 0 {
			return "", false
		}
		end := s[i+1] == '/'
		k := i + 1
		if end {
			k++
		}
		e := k
		for e < i+n && ('a' <= s[e] && s[e] <= 'z' || '0' <= s[e] && s[e] <= '9') {
			e++
		}
		var out string
		switch kind := tagKinds[s[k:e]]; {
		case kind&(droppedTag|undecoded) != 0:
			return "", false // none of plainTags; kept for safety
		case kind&listItem != 0 && !end:
			out = "\n- "
		case kind&cell != 0:
			out = " "
		case kind&blockEnd != 0 && end, kind&blockStart != 0 && !end:
			out = "\n"
		}
		if out != "" {
			b.WriteString(out)
			amp = false
		}
		i += n
	}
	return b.String(), true
}

// plainTextRun writes the text raw with its entities decoded as the
// tokenizer decodes them, or reports false when raw holds '\r', NUL or an
// entity not in plainEntities.
func plainTextRun(b *strings.Builder, raw string) bool {
	sc, whole := newAnyScan(raw, textRunStops), len(raw) // byte_sets.go
	for len(raw) > 0 {
		j := sc.indexFrom(whole - len(raw)) // raw is always a suffix of the first
		if j < 0 {
			b.WriteString(raw)
			return true
		}
		if raw[j] != '&' {
			return false
		}
		b.WriteString(raw[:j])
		raw = raw[j:]
		if len(raw) == 1 || !isEntityByte(raw[1]) {
			b.WriteByte('&') // no entity: the tokenizer keeps '&'
			raw = raw[1:]
			continue
		}
		k := strings.IndexByte(raw[:min(len(raw), 10)], ';')
		if k < 0 {
			return false
		}
		w, ok := tokenEntities[raw[:k+1]]
		if !ok {
			return false
		}
		b.WriteString(w)
		raw = raw[k+1:]
	}
	return true
}

// tokenEntities maps each entity of plainEntities to what the tokenizer
// decodes it to.
var tokenEntities = func() map[string]string {
	out := make(map[string]string, len(plainEntities))
	for e := range plainEntities {
		out[e] = html.UnescapeString(e)
	}
	return out
}()
