package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A location field written wholly in lower case (table tests in
// region_lower_field_test.go). Scrapers and filters that fold their
// fields store "hubli", "sorocaba", "campina grande, pb" or "thrissur":
// the gazetteer and the subdivision readers read a name only when it is
// capitalized ("reading" or "kent" in a phrase is no place), so such a
// field named nothing. A field with no capital letter at all says nothing
// by its case, so when Regions reads no place in it, it is read again
// capitalized as a place is written: every word capitalized but for the
// small joining words ("de", "do", "of", "and", "e"), and a part of two
// letters after a separator in capitals ("pb" after "campina grande, "),
// as a state or country code is written. The capitalized field is kept
// only when the location readers then read a place in it; otherwise the
// field stays as it was. A field with any capital letter is left to the
// other readers as it is written.

// lowerFieldLoc returns loc read capitalized (see above) when loc is a
// field with no capital letter that Regions reads no place in and its
// capitalized form, rewritten by fix, reads one; otherwise "".
func lowerFieldLoc(loc string, fix func(string) string) string {
	if len(loc) < 3 || len(loc) > 100 || !allLowerField(loc) {
		return ""
	}
	if len(Regions(loc)) > 0 {
		return ""
	}
	t := capitalizeField(loc)
	if t == loc {
		return ""
	}
	if f := fix(t); len(Regions(f)) > 0 {
		return f
	}
	return ""
}

// allLowerField reports whether s holds a letter and no capital letter.
func allLowerField(s string) bool {
	letter := false
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			switch {
			case b >= 'A' && b <= 'Z':
				return false
			case b >= 'a' && b <= 'z':
				letter = true
			}
			i++
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsUpper(r) || unicode.IsTitle(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letter = true
		}
		i += w
	}
	return letter
}

// fieldJoinWords are the small words a place's name keeps in lower case
// ("Rio de Janeiro", "Mato Grosso do Sul", "Isle of Man") and the filler
// words between places ("remote or onsite").
var fieldJoinWords = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true,
	"la": true, "las": true, "los": true, "el": true, "y": true, "e": true, "of": true, "and": true, "the": true,
	"or": true, "in": true, "on": true, "at": true, "to": true, "for": true, "von": true, "van": true, "der": true,
	"di": true, "du": true, "des": true, "en": true}

// capitalizeField writes s, a field in lower case, with its words
// capitalized as a place is written (see above).
func capitalizeField(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	afterBreak := false // a separator came before the current part
	partStart := 0
	for i := 0; i < len(s); {
		if w := geoPartBreak(s, i); w > 0 {
			b.WriteString(s[i : i+w])
			i += w
			afterBreak, partStart = true, i
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) {
			b.WriteString(s[i : i+w])
			i += w
			continue
		}
		j := i
		for j < len(s) {
			r2, w2 := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r2) && r2 != '\'' && r2 != '.' {
				break
			}
			j += w2
		}
		word := s[i:j]
		switch {
		case afterBreak && len(word) == 2 && strings.TrimSpace(s[partStart:i]) == "" && strings.TrimSpace(partTail(s, j)) == "" && !fieldJoinWords[word]:
			b.WriteString(strings.ToUpper(word)) // "campina grande, pb": a code
		case fieldJoinWords[word] && i > 0:
			b.WriteString(word)
		default:
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(word[w:])
		}
		i = j
	}
	return b.String()
}

// partTail returns s from i to the next part separator (geoPartBreak).
func partTail(s string, i int) string {
	for j := i; j < len(s); j++ {
		if geoPartBreak(s, j) > 0 {
			return s[i:j]
		}
	}
	return s[i:]
}
