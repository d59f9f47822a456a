package normalize

import (
	"slices"
	"strings"
)

// statedCountryTown settles a "Town, Country" location whose town is a
// namesake in another country (table tests in workmode_region_feed_payloads_test.go):
// "Hyderabad, Pakistan" is Pakistan, not India as well; "Kochi, Japan" is
// Japan. It also reads "<a place of country X>, XX" where XX is both X's
// code and a US state's as X alone: "Telangana, IN" is India, not Indiana.
//
// Only a two-region reading changes, and only when the last part is a
// country (not a town: "Paris, London" stays, and so does "Paris, Lisbonne":
// a city under another language's name, region_exonym_towns.go) and the part before it is
// a place of the other country that is not itself a country name
// ("Singapore, Malaysia" stays two countries).
func statedCountryTown(s string, out []string) []string {
	if len(out) != 2 {
		return out
	}
	i := strings.LastIndexByte(s, ',')
	if i <= 0 {
		return out
	}
	last := strings.TrimSpace(strings.TrimRight(s[i+1:], " )].;"))
	head := s[:i]
	town := strings.TrimSpace(head[strings.LastIndexByte(head, ',')+1:])
	if last == "" || town == "" || len(town) > 40 {
		return out
	}
	var c string
	stateCode := false
	if code, ok := regionCodes[last]; ok && len(last) == 2 {
		c, stateCode = code, usStates[last]
	} else if low := strings.ToLower(last); !usStates[low] && len(worldTowns[foldTown(last)]) == 0 && !exonymTowns[low] {
		if code, ok := regionNames[low]; ok && len(code) == 2 {
			c = code
		}
	}
	if c == "" || !slices.Contains(out, c) {
		return out
	}
	tl := strings.ToLower(town)
	d, ok := regionNames[tl]
	if !ok || len(d) != 2 {
		return out
	}
	if d == c {
		if stateCode && c != "US" && slices.Contains(out, "US") {
			return []string{c} // "Telangana, IN"
		}
		return out
	}
	if !slices.Contains(out, d) || len(worldTowns[foldTown(town)]) == 0 && !tableTowns[tl] {
		return out
	}
	if wc := worldCountries[d]; wc != nil && strings.ToLower(wc.name) == tl {
		return out
	}
	return []string{c}
}
