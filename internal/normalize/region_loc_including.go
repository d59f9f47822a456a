package normalize

import "strings"

// A location that names a wide area and then, after "including" or
// "incl.", a place inside it ("Worldwide, including USA", "EMEA incl. UK",
// "Global - including Canada") is the wide area: the place is an example,
// as in brackets ("Worldwide (including US)", masked by scopeMask).
// locIncludingTails returns the spans of such tails in a location (up to
// a semicolon or bar, or the end), when what comes before them reads
// worldwide or a region wider than a country; none otherwise. Table tests
// in region_loc_including_test.go.
func locIncludingTails(s string) asideSpans {
	if !containsFold(s, "incl") {
		return nil
	}
	var out asideSpans
	low := strings.ToLower(s)
	for from := 0; from < len(low); {
		i := strings.Index(low[from:], "incl")
		if i < 0 {
			break
		}
		i += from
		w := ""
		switch {
		case strings.HasPrefix(low[i:], "including "):
			w = "including "
		case strings.HasPrefix(low[i:], "incl. "):
			w = "incl. "
		case strings.HasPrefix(low[i:], "incl "):
			w = "incl "
		}
		from = i + 4
		if w == "" || i > 0 && isASCIIWord(low[i-1]) || strings.IndexByte(low[:i], '(') > strings.IndexByte(low[:i], ')') {
			continue // "declined", or inside brackets (scopeMask's own)
		}
		start := strings.LastIndexAny(low[:i], ";|") + 1
		if !wideArea(Regions(s[start:i])) {
			continue
		}
		end := len(s)
		if j := strings.IndexAny(s[i:], ";|"); j >= 0 {
			end = i + j
		}
		out = append(out, [2]int{i, end})
		from = end
	}
	return out
}

// wideArea reports regions of which one is worldwide or a region wider
// than a country (EU, EMEA, APAC, LATAM, ...).
func wideArea(rs []string) bool {
	for _, r := range rs {
		if len(r) > 2 || r == RegionEU {
			return true
		}
	}
	return false
}
