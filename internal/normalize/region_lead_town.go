package normalize

import (
	"slices"
	"strings"
)

// Location fields as English-speaking countries' boards
// write them (table tests in region_lead_town_test.go).
//
//   - statedCountryLeadTown (general: a field layout): "Town, State,
//     Country" and "Town (Country)" whose leading town shares its name with
//     a city of another country are the stated country alone, as the
//     two-part "Town, Country" already is (statedCountryTown):
//     "Delhi, New York, USA" is the US, "Delhi (Canada)" is Canada.
//   - codeLocalityHead (general: a word class): a capital code that heads
//     a locality name ("JP Nagar", "KR Puram", "BTM Layout") is part of
//     the name, not a country code.
//   - "CONUS" and "Lower 48" name the US (data).

func init() {
	addRegionName("conus", "US")
}

// localityHeads are the nouns that follow initials in the names of city
// areas: "JP Nagar", "HSR Layout", "MG Road", "KR Puram".
var localityHeads = map[string]bool{
	"nagar": true, "layout": true, "road": true, "puram": true, "colony": true, "enclave": true,
	"vihar": true, "marg": true, "chowk": true, "extension": true, "block": true, "sector": true,
}

// codeLocalityHead reports the i-th token of s (a code) heading a locality
// name: the next token, with one space between them in s, is a locality
// noun.
func codeLocalityHead(s string, words []string, i int) bool {
	if i+1 >= len(words) {
		return false
	}
	next := words[i+1]
	if len(next) < 4 || len(next) > 9 || !localityHeads[strings.ToLower(next)] {
		return false
	}
	return strings.Contains(s, words[i]+" "+next)
}

// lower48US reports "Lower 48" (the contiguous US states) in s, looked for
// only when the token "Lower" is there.
func lower48US(s string, words []string) bool {
	for _, w := range words {
		if strings.EqualFold(w, "lower") {
			low := strings.ToLower(s)
			return strings.Contains(low, "lower 48") || strings.Contains(low, "lower-48")
		}
	}
	return false
}

// statedCountryLeadTown settles a location of three or four comma parts,
// or a "Town (Country)" one, whose last part is a country and whose first
// part is a town of another country the reading also holds: the stated
// country alone, unless a middle part names the town's country too
// ("Delhi, India, USA" stays).
func statedCountryLeadTown(s string, out []string) []string {
	if len(out) != 2 {
		return out
	}
	t := strings.TrimSpace(s)
	if strings.ContainsAny(t, ";/|&") || strings.Contains(t, " or ") || strings.Contains(t, " and ") {
		return out // a list of places: "Bengaluru, India; London, UK"
	}
	paren := false
	if j := strings.IndexByte(t, '('); j > 0 && strings.HasSuffix(t, ")") && !strings.Contains(t[:j], ",") {
		t = t[:j] + "," + t[j+1:len(t)-1] // "Delhi (Canada)" -> "Delhi, Canada"
		paren = true
	}
	parts := strings.Split(t, ",")
	if len(parts) > 4 || len(parts) < 2 || (len(parts) == 2 && !paren) {
		return out
	}
	last := strings.TrimSpace(strings.TrimRight(parts[len(parts)-1], " )].;"))
	var c string
	if code, ok := regionCodes[last]; ok && len(code) == 2 && len(last) == 3 {
		c = code // "USA", "CAN"
	} else if low := strings.ToLower(last); !usStates[low] && len(worldTowns[foldTown(last)]) == 0 {
		if code, ok := regionNames[low]; ok && len(code) == 2 {
			c = code
		}
	}
	if c == "" || !slices.Contains(out, c) {
		return out
	}
	town := strings.TrimSpace(parts[0])
	tl := strings.ToLower(town)
	d, ok := regionNames[tl]
	if !ok || len(d) != 2 || d == c || !slices.Contains(out, d) || len(worldTowns[foldTown(town)]) == 0 {
		return out
	}
	if wc := worldCountries[d]; wc != nil && strings.ToLower(wc.name) == tl {
		return out
	}
	for _, p := range parts[1 : len(parts)-1] {
		p = strings.TrimSpace(p)
		if regionNames[strings.ToLower(p)] == d || regionCodes[p] == d {
			return out
		}
	}
	return []string{c}
}
