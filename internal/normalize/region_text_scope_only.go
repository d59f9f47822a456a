package normalize

import "strings"

// A description's scope sentence narrows a global location as a title's
// "(X only)" note does (region_title_scope_global.go) and a work
// authorization clause does (region_requirements.go): "Remote (US) only.",
// "US only", "US-only.", "This role is open to candidates in Canada only."
// at "Anywhere in the World" is remote in the US, or in Canada. The
// clause before "only" must be places once the words of a hiring scope are
// dropped from its start ("remote", "open to candidates in", "we hire
// from"); any other word makes it about something else: "Our customers are
// in the US only", "We ship to the US only", "Benefits for US staff only".
// Table tests in region_text_scope_only_test.go.

// scopeFillers are the words of a hiring scope dropped from the start of
// the clause before "only".
var scopeFillers = map[string]bool{
	"remote": true, "remotely": true, "fully": true, "100%": true, "work": true, "working": true, "role": true, "roles": true,
	"position": true, "positions": true, "job": true, "jobs": true, "opening": true, "this": true, "the": true, "is": true,
	"are": true, "open": true, "to": true, "for": true, "candidates": true, "applicants": true, "residents": true, "people": true,
	"based": true, "located": true, "living": true, "in": true, "within": true, "from": true, "we": true, "hire": true,
	"hiring": true, "currently": true, "available": true, "eligible": true, "talent": true, "and": true, "–": true, "-": true,
	"—": true, "|": true, "*": true, "•": true,
}

// scopeOnlyRegions returns the places of the first scope clause ending
// in "only" in text; nil when it has none.
func scopeOnlyRegions(text string) []string {
	for _, m := range onlyWord.FindAllStringIndex(text, 6) {
		i, j := m[0], m[1]
		if j < len(text) && strings.IndexByte(".!;),\n\r", text[j]) < 0 {
			continue // "US only: health cover" starts a list of other things
		}
		if !placeWordBefore(text[:i]) {
			continue // "not only", "the only way": places are capitalized
		}
		if rs := scopeClauseRegions(text[max(0, i-80):i]); rs != nil {
			return rs
		}
	}
	return nil
}

// placeWordBefore reports whether the word ending before (past spaces,
// a hyphen and brackets) starts with a capital or a non-ASCII letter, as
// a place's name or code does ("US", "(EU)", "Česko").
func placeWordBefore(before string) bool {
	b := strings.TrimRight(before, " -)]")
	i := len(b)
	for i > 0 && b[i-1] != ' ' && b[i-1] != '(' && b[i-1] != '[' && b[i-1] != '\n' {
		i--
	}
	return i < len(b) && (b[i] >= 'A' && b[i] <= 'Z' || b[i] >= 0x80)
}

// onlyWord is the word "only", found by the shared key scan.
var onlyWord = newPlainKeyRegexp(`(?i)\bonly\b`, 0, 0, "only")

// scopeClauseRegions reads the clause ending before (the text before
// "only"): its last sentence, past the scope words at its start, must be
// places only.
func scopeClauseRegions(before string) []string {
	s := before
	for k := len(s) - 1; k >= 0; k-- {
		c := s[k]
		if c == '\n' || c == '!' || c == '?' || c == ';' || c == ':' ||
			c == '.' && !(k > 0 && s[k-1] >= 'A' && s[k-1] <= 'Z' && (k < 2 || s[k-2] == '.' || s[k-2] == ' ')) {
			s = s[k+1:]
			break
		}
	}
	s = strings.TrimRight(s, " -") // "US-only"
	fs := strings.Fields(s)
	var buf [16]byte
	for len(fs) > 0 {
		w := strings.Trim(fs[0], "(),[]:")
		if len(w) > len(buf) {
			break
		}
		for k := 0; k < len(w); k++ {
			buf[k] = lowerByte(w[k])
		}
		if !scopeFillers[string(buf[:len(w)])] {
			break
		}
		fs = fs[1:]
	}
	if len(fs) == 0 || len(fs) > 5 {
		return nil
	}
	place := strings.Trim(strings.Join(fs, " "), "()[] ,")
	if place == "" {
		return nil
	}
	rs := wholeRegion(place)
	if len(rs) == 1 && rs[0] == RegionWorldwide {
		return nil
	}
	return rs
}
