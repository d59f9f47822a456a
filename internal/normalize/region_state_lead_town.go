package normalize

import "strings"

// A US town written after its state code, as some ATS exports write it
// (table tests in region_state_lead_town_test.go): "OH - Dublin" and
// "US-GA-Athens" are towns in Ohio and Georgia, not Ireland's or
// Greece's capitals. stateLeadTownLoc turns such a location round to the
// usual "Dublin, OH" order, but only when fixCodeLoc then reads that
// order as a US town named for a foreign place; every other location
// keeps its reading ("DE - Berlin" is still Germany's, "CA - Toronto"
// Canada's, since the town belongs to the country the code also names).

// stateLeadTownLoc returns loc in "Town, ST" order when it leads with a
// US state code (optionally after "US") and a dash before a town of one
// to three words that fixCodeLoc reads as a US town; otherwise loc.
func stateLeadTownLoc(loc string) string {
	s := strings.TrimSpace(loc)
	if len(s) < 6 || len(s) > 48 || s[0] < 'A' || s[0] > 'Z' {
		return loc
	}
	if rest, ok := strings.CutPrefix(s, "US"); ok && len(rest) > 0 && (rest[0] == '-' || rest[0] == ' ') {
		if r, ok := cutLeadDash(rest); ok {
			s = r // "US-OH-Dublin"
		}
	}
	if len(s) < 4 || !usStates[s[:2]] {
		return loc
	}
	state := s[:2]
	town, ok := cutLeadDash(s[2:])
	if !ok || town == "" || strings.ContainsAny(town, ",/|()&;:0123456789") {
		return loc
	}
	words := strings.Fields(town)
	if len(words) > 3 {
		return loc
	}
	for _, w := range words {
		if townModeWords[strings.ToLower(w)] {
			return loc // "CA - Remote", "NY - Hybrid"
		}
	}
	cand := town + ", " + state
	if fixCodeLoc(cand) != "United States" {
		return loc
	}
	return cand
}

// cutLeadDash removes a leading dash (hyphen or en dash) with the spaces
// around it, reporting whether there was one.
func cutLeadDash(s string) (string, bool) {
	t := strings.TrimLeft(s, " ")
	switch {
	case strings.HasPrefix(t, "-"):
		t = t[1:]
	case strings.HasPrefix(t, "–"):
		t = t[len("–"):]
	default:
		return s, false
	}
	return strings.TrimSpace(t), true
}
