package normalize

import "strings"

// Short forms of big cities that boards write as a location or as one town
// of a list ("LA", "Remote - KL", "BLR / HYD", "GTA", "LDN"): townShortLoc
// writes the city's name for a short form standing as the first part of a
// location or as a town of a slash, bar or "or" list, so the other readers
// read its country. A short form after a comma is a state or province slot
// and is left ("Baton Rouge, LA" is Louisiana, "Washington, DC" the
// District), and so is one inside a longer part ("LA Metro" is read by the
// metro labels).
//
// "NYC", "SF", "CDMX" and "HCMC" are read already (regionNames and the
// town tables); these are the ones that were not, each naming one city
// only as a whole location part.
var townShortForms = map[string]string{
	"LA": "Los Angeles", "DC": "Washington, DC", "SFBA": "San Francisco Bay Area", "DMV": "Washington, DC",
	"NOLA": "New Orleans", "Philly": "Philadelphia", "GTA": "Greater Toronto Area", "LDN": "London",
	"KL": "Kuala Lumpur", "BLR": "Bengaluru", "HYD": "Hyderabad, India", "BKK": "Bangkok", "HK": "Hong Kong",
	"JKT": "Jakarta", "TLV": "Tel Aviv",
}

// townShortLoc rewrites the short forms of loc (see above), or returns loc.
func townShortLoc(loc string) string {
	if len(loc) < 2 || len(loc) > 80 {
		return loc
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(loc); {
		if !isASCIIWord(loc[i]) {
			i++
			continue
		}
		j := i
		for j < len(loc) && isASCIIWord(loc[j]) {
			j++
		}
		name, ok := townShortForms[loc[i:j]]
		if ok && townShortPart(loc, i, j) {
			b.WriteString(loc[last:i])
			b.WriteString(name)
			last = j
		}
		i = j
	}
	if last == 0 {
		return loc
	}
	b.WriteString(loc[last:])
	return b.String()
}

// townShortPart reports whether loc[i:j] stands alone as a part: nothing
// but work-mode words, spaces and brackets before it back to the start or
// to a slash, bar or "or", and nothing after it to the end or to a
// separator.
func townShortPart(loc string, i, j int) bool {
	after := strings.TrimLeft(loc[j:], " )")
	if after != "" {
		switch {
		case strings.HasPrefix(after, ","), strings.HasPrefix(after, "/"), strings.HasPrefix(after, "|"),
			strings.HasPrefix(after, ";"), strings.HasPrefix(after, "- "), strings.HasPrefix(after, "or "),
			strings.HasPrefix(after, "& "), strings.HasPrefix(after, "("):
		default:
			return false
		}
	}
	before := strings.TrimRight(loc[:i], " (")
	for {
		switch {
		case before == "":
			return true
		case strings.HasSuffix(before, "/"), strings.HasSuffix(before, "|"), strings.HasSuffix(before, ";"),
			strings.HasSuffix(before, " or"), strings.HasSuffix(before, "&"), strings.HasSuffix(before, ":"):
			return true
		case strings.HasSuffix(before, "-"):
			before = strings.TrimRight(strings.TrimSuffix(before, "-"), " ")
			continue // "Remote - LA": the dash after a work-mode word, checked below
		}
		k := strings.LastIndexAny(before, " (")
		w := before[k+1:]
		if !metroWorkWord(w) {
			return false
		}
		before = strings.TrimRight(before[:k+1], " (")
	}
}
