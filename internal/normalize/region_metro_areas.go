package normalize

import (
	_ "embed"
	"strings"
	"sync"
)

// Metro areas and the common names of parts of a country, as job boards
// and professional networks write a location:
//
//   - a metro label around a town: "Greater Cleveland", "Detroit
//     Metropolitan Area", "Charlotte Metro", "Dallas-Fort Worth
//     Metroplex", "Miami-Fort Lauderdale Area", "Greater Phoenix Area",
//     "Greater Pittsburgh Region", "San Diego County". The town (the first
//     of a hyphenated pair) is read by the other readers ("Chicago"), or
//     else from the US towns of 40,000 people and up that are the largest
//     place of their name (us_metro_towns.txt, written by gentowns.go
//     -metros: "Omaha", "Peoria"; the gazetteer holds no US town of its
//     own), or else from the gazetteer, where its largest namesake wins. "X County" is read
//     only where the town has a US namesake: counties are written after
//     the name in the United States, before it in Ireland ("County
//     Cork");
//   - the common names of parts of the United States: "East Coast",
//     "West Coast", "Midwest", "Mid-Atlantic", "Silicon Valley",
//     "Tri-State Area", "SoCal", "Research Triangle", "Twin Cities",
//     "DFW" (usAreaNames).
//
// Both are read only where the other readers find no place in the
// location ("East Coast, Australia" stays Australia), by adding the
// country's name (metroAreaLoc). Table tests and traps in
// region_metro_areas_test.go.

// usAreaNames are the areas of the United States read by name, keyed
// lower-case with hyphens as spaces.
var usAreaNames = map[string]bool{
	"east coast": true, "west coast": true, "us east coast": true, "us west coast": true, "midwest": true, "mid west": true,
	"midwestern us": true, "mid atlantic": true, "silicon valley": true, "tri state area": true, "tristate area": true,
	"tri state region": true, "socal": true, "norcal": true, "research triangle": true, "twin cities": true, "dfw": true,
	"new england": true, "pacific northwest": true, "pnw": true, "upper midwest": true, "deep south": true,
	"rocky mountain region": true, "mountain west": true,
	// Groups of US states named by direction ("Remote (Western States)").
	// Only these compass names: "Gulf States" or "Baltic States" name other
	// countries and are not read here.
	"western states": true, "eastern states": true, "southern states": true, "northern states": true,
	"midwestern states": true, "southwestern states": true, "southeastern states": true,
	"northwestern states": true, "northeastern states": true,
}

//go:embed us_metro_towns.txt
var usMetroTownsData string

// usMetroTowns are the US towns a metro label is read for, by folded name.
var usMetroTowns = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(usMetroTownsData, "\n") {
		if line != "" {
			m[foldTown(line)] = true
		}
	}
	return m
})

// metroTail are the words that end a metro label after its town.
var metroTail = map[string]bool{"area": true, "metropolitan": true, "metro": true, "metroplex": true, "region": true, "county": true}

// metroNotTown are words that stand before "Area" or "Region" without
// naming a town: "Central Region", "Any Area", "Capital Region".
var metroNotTown = map[string]bool{"north": true, "south": true, "east": true, "west": true, "central": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "capital": true, "coastal": true, "any": true, "all": true, "other": true,
	"multiple": true, "various": true, "local": true, "home": true, "service": true, "sales": true, "your": true, "our": true,
	"the": true, "remote": true, "hybrid": true, "metro": true, "greater": true, "wider": true, "surrounding": true,
	"tri-state": true, "bay": true, "city": true, "inner": true, "outer": true, "rural": true, "urban": true}

// metroAreaLoc returns loc with the country of the metro or area it names
// added ("Greater Cleveland, United States"), when Regions reads no place
// in it; otherwise loc.
func metroAreaLoc(loc string) string {
	if len(loc) < 3 || len(loc) > 100 || !metroAreaGate(loc) {
		return loc
	}
	found := partsCountry(loc, func(part, _ string) string { return metroPartCountry(part) })
	if found == "" || len(Regions(loc)) > 0 {
		return loc
	}
	if n := geoCountryName(found); n != "" {
		return loc + ", " + n
	}
	return loc
}

// metroAreaGate is a cheap test that loc may hold a metro label or an
// area's name: a metro word or the start of one of usAreaNames.
func metroAreaGate(loc string) bool {
	for _, w := range []string{"rea", "etro", "egion", "ounty", "oast", "est", "lantic", "alley", "Cal", "riangle", "ities", "DFW", "PNW", "ngland", "outh", "ern States", "ern states"} {
		if strings.Contains(loc, w) {
			return true
		}
	}
	return false
}

// metroPartCountry returns the country of one part of a location that is
// a metro label or an area's name, or "".
func metroPartCountry(part string) string {
	words := strings.Fields(part)
	for len(words) > 0 && metroWorkWord(words[0]) {
		words = words[1:]
	}
	for len(words) > 0 && metroWorkWord(words[len(words)-1]) {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || len(words) > 6 {
		return ""
	}
	if usAreaNames[strings.ReplaceAll(strings.ToLower(strings.Join(words, " ")), "-", " ")] {
		return "US"
	}
	metro, county := false, false
	if strings.EqualFold(words[0], "greater") {
		words, metro = words[1:], true
	}
	for len(words) > 1 && metroTail[strings.ToLower(words[len(words)-1])] {
		county = county || strings.EqualFold(words[len(words)-1], "county")
		words, metro = words[:len(words)-1], true
	}
	if !metro || len(words) == 0 || len(words) > 4 {
		return ""
	}
	for _, w := range words {
		if r := w[0]; r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return "" // a town's name is capitalized: "the wider area"
		}
	}
	if metroNotTown[strings.ToLower(words[0])] && len(words) == 1 {
		return ""
	}
	town := strings.Join(words, " ")
	if c := metroTownCountry(town, county); c != "" {
		return c
	}
	if first, _, ok := strings.Cut(town, "-"); ok {
		return metroTownCountry(first, county) // "Dallas-Fort Worth", "Minneapolis-St. Paul"
	}
	return ""
}

// metroWorkWord is a work-mode word around a location part.
func metroWorkWord(w string) bool {
	switch strings.ToLower(strings.Trim(w, "()")) {
	case "remote", "hybrid", "onsite", "on-site", "-", "–", "based", "in":
		return true
	}
	return false
}

// metroTownCountry returns the country of the town a metro label is named
// for, or "".
func metroTownCountry(town string, county bool) string {
	if len(town) < 3 || metroNotTown[strings.ToLower(town)] {
		return ""
	}
	if rs := Regions(town); len(rs) == 1 && len(rs[0]) == 2 {
		if county && rs[0] != "US" {
			return ""
		}
		return rs[0] // "Chicago", "Washington DC", "Paris"
	}
	key := foldTown(town)
	if usMetroTowns()[key] {
		return "US" // "Omaha", "Peoria"
	}
	t, ok := geoTowns()[key]
	if !ok || len(t.places) == 0 {
		return ""
	}
	if county {
		for _, p := range t.places {
			if p.country == "US" {
				return "US" // "Providence County", "Orange County"
			}
		}
		return ""
	}
	return t.places[0].country // "Detroit", "Omaha": the largest namesake
}
