package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Two edges of a list of places that the list readers cut short:
//
//   - the places joined before an "only": "(US or Canada only)", "UK,
//     Ireland or Malta only", "Spain/Portugal only" are all of them, where
//     placeOnly (regions_extra.go) sees only the last one or two words;
//   - a list whose last place runs into the next sentence because the
//     text lost its full stop (a block of HTML flattened to one line):
//     "authorized to work in one of the following countries: U.S., Canada,
//     or Australia Our team works with customers ..." ends with Australia.

// placesJoinedBefore returns the places chained to the one that starts at
// i in s by ",", "or", "and", "&" or "/": "US or " before "Canada only".
// It stops at the first piece that is no place; nil when there is none.
func placesJoinedBefore(s string, i int) []string {
	var out []string
	rest := s[:i]
	for n := 0; n < 6; n++ {
		trimmed := strings.TrimRight(rest, " \t")
		var joined bool
		for _, sep := range []string{",", "/", "&", " or", " and"} {
			if strings.HasSuffix(strings.ToLower(trimmed), sep) {
				trimmed = trimmed[:len(trimmed)-len(sep)]
				joined = true
				break
			}
		}
		if !joined {
			break
		}
		trimmed = strings.TrimRight(trimmed, " \t,")
		// the piece before the separator: one or two words back to a
		// bracket, a separator or the start
		start := strings.LastIndexAny(trimmed, "(,/&:;[\n") + 1
		piece := strings.TrimSpace(trimmed[start:])
		if f := strings.Fields(piece); len(f) > 2 {
			piece = strings.Join(f[len(f)-2:], " ")
			if rs := Regions(piece); len(rs) == 0 {
				piece = f[len(f)-1]
			}
			start = len(trimmed) - len(piece)
		}
		rs := Regions(piece)
		if len(rs) == 0 || piece == "" {
			break
		}
		out = append(rs, out...)
		rest = trimmed[:start]
	}
	return out
}

// joinedPlaceStart is where the place captured in s[i:j] starts when the
// capture opens with a joining word: "or Canada" starts at "Canada", so
// placesJoinedBefore sees the "or" before it; a capture across a full stop
// starts after it.
func joinedPlaceStart(s string, i, j int) int {
	if k := strings.LastIndex(s[i:j], ". "); k >= 0 {
		return i + k + 2 // "Berlin. US only": the place is the one after the stop
	}
	for _, w := range []string{"or ", "and ", "Or ", "And ", "OR ", "AND "} {
		if strings.HasPrefix(s[i:j], w) {
			return i + len(w)
		}
	}
	return i
}

// leadingPlaceBeforeSentence reads the place at the start of a list item
// that ran into the next sentence: "Australia Our team works ..." is
// Australia, "New Zealand The role ..." New Zealand. The word after the
// place must start with a capital letter (a new sentence) and the place
// must be all of its one or two words; nil otherwise.
func leadingPlaceBeforeSentence(item string) []string {
	f := strings.Fields(item)
	for n := 2; n >= 1; n-- {
		if len(f) <= n {
			continue
		}
		r, _ := utf8.DecodeRuneInString(f[n])
		if !unicode.IsUpper(r) {
			continue
		}
		if first, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(first) {
			return nil
		}
		if rs := Regions(strings.Join(f[:n], " ")); len(rs) > 0 {
			return rs
		}
	}
	return nil
}

// remoteInPreposition lowers the "IN" of a capitalised "REMOTE IN USA" or
// "Remote IN Canada": a preposition there, not India's code. Only the
// token right after "remote" is changed, and only before a place; "Remote,
// IN" and "Remote IN only" keep the code.
func remoteInPreposition(loc string) string {
	i := strings.Index(loc, " IN ")
	if i < len("remote") || !strings.EqualFold(loc[i-len("remote"):i], "remote") {
		return loc
	}
	if len(Regions(loc[i+len(" IN "):])) == 0 {
		return loc // "Remote IN only": the code stands
	}
	return loc[:i] + " in " + loc[i+len(" IN "):]
}
