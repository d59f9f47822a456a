package normalize

import "strings"

// The list of places after a residence or hiring demand, laid out as
// postings lay it out (table tests in region_list_layouts_test.go).
// regionList reads a list within its clause, up to a colon, a semicolon or
// a line's end; placeList also takes:
//
//   - a list after a colon or a dash: "we currently hire in: AZ, CO, FL",
//     "hiring in these countries — Poland, Czechia";
//   - places separated by semicolons: "in one of these countries: Spain;
//     Italy; Greece" (every item a place, up to the sentence's end);
//   - a vertical list, one place a line, bulleted or opened on a new line
//     after the demand: "States we hire in:\n• Ohio\n• Iowa". The list
//     ends at the first line that is no place ("Benefits", a sentence), a
//     blank line after it, or, in a bulleted list, a line with no bullet.

// listLeadTrimmed drops the spaces, colon and dash between a demand and
// its list; a line break is kept (a vertical list starts there).
func listLeadTrimmed(s string) string {
	for {
		t := strings.TrimLeft(s, " \t:")
		switch {
		case strings.HasPrefix(t, "–"), strings.HasPrefix(t, "—"):
			t = t[len("–"):]
		case strings.HasPrefix(t, "- "):
			t = t[1:]
		}
		if t == s {
			return s
		}
		s = t
	}
}

// listFrom is text from i, backed up over the spaces, line breaks and
// colon a demand's regexp took before its list: a vertical list ("the
// following countries:\nChile\nPeru") keeps the line break that opens it.
// Spaces alone are not backed over.
func listFrom(text string, i int) string {
	j := i
	for j > 0 && strings.IndexByte(" \t\r\n:", text[j-1]) >= 0 {
		j--
	}
	if strings.ContainsAny(text[j:i], "\n:") {
		return text[j:]
	}
	return text[i:]
}

// listBullets are the marks that open a line of a bulleted list.
var listBullets = []string{"•", "·", "▪", "◦", "‣", "●", "- ", "* ", "– ", "— "}

// bulletTrimmed returns line without its list bullet and whether it had one.
func bulletTrimmed(line string) (string, bool) {
	for _, b := range listBullets {
		if strings.HasPrefix(line, b) {
			return strings.TrimSpace(line[len(b):]), true
		}
	}
	return line, false
}

// laidOutPlaces reads a vertical list or a semicolon list of places at
// the start of s (past listLeadTrimmed); nil when s starts neither.
func laidOutPlaces(s string) []string {
	first := strings.TrimLeft(s, " \t\r")
	if strings.HasPrefix(first, "\n") {
		return placeLines(strings.TrimLeft(first, " \t\r\n"), false)
	}
	if _, ok := bulletTrimmed(first); ok {
		return placeLines(first, true)
	}
	line := first
	if k := strings.IndexByte(line, '\n'); k >= 0 {
		line = line[:k]
	}
	if strings.IndexByte(line, ';') < 0 {
		return nil
	}
	return semicolonPlaces(line) // "Spain; Italy; Greece." (region_sentence_scopes.go)
}

// placeLines reads the lines of s, each one place (at most four words,
// its bullet dropped), up to the first that is none; nil for fewer than
// two. In a bulleted list each line needs its bullet.
func placeLines(s string, bulleted bool) []string {
	var out []string
	n := 0
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			if n > 0 {
				break
			}
			continue
		}
		item, had := bulletTrimmed(line)
		if bulleted && !had {
			break
		}
		rs := placeItems([]string{strings.TrimRight(item, " ,;.")}, 4)
		if rs == nil {
			break
		}
		for _, r := range rs {
			out = appendUnique(out, r)
		}
		n++
		if n == 60 {
			break
		}
	}
	if n < 2 {
		return nil
	}
	return out
}
