package normalize

import "strings"

// divisionCountry maps the first-level divisions that locations name in
// words after a town to their country: the UK's nations, Canada's
// provinces and Australia's states.
var divisionCountry = map[string]string{
	"england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
	"ontario": "CA", "quebec": "CA", "québec": "CA", "british columbia": "CA", "alberta": "CA", "manitoba": "CA",
	"saskatchewan": "CA", "nova scotia": "CA", "new brunswick": "CA", "newfoundland and labrador": "CA",
	"prince edward island": "CA",
	"new south wales":      "AU", "victoria": "AU", "queensland": "AU", "western australia": "AU",
	"south australia": "AU", "tasmania": "AU",
}

// stateNamedTownAbroad drops the US from a location whose first part is a
// town named like a US state, followed by a division of another country
// and, optionally, that country ("Montana, Wales" is a Welsh town of
// that name, not the state). Every part after the
// town must name that other country (its division or its own name), so a
// list of places ("New York, London, UK") keeps both. Table tests in
// region_state_named_town_test.go.
func stateNamedTownAbroad(s string, out []string) []string {
	if len(out) != 2 || (out[0] != "US" && out[1] != "US") || strings.ContainsAny(s, ";/|&(") {
		return out
	}
	c := out[0]
	if c == "US" {
		c = out[1]
	}
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts) > 3 {
		return out
	}
	town := strings.ToLower(strings.TrimSpace(parts[0]))
	if len(town) <= 2 || !usStates[town] {
		return out
	}
	division := false
	for _, p := range parts[1:] {
		p = strings.ToLower(strings.Trim(p, " ."))
		if d, ok := divisionCountry[p]; ok && d == c {
			division = true
		} else if regionNames[p] != c {
			return out
		}
	}
	if !division {
		return out
	}
	return []string{c}
}
