package normalize

import "strings"

// "Georgia" is the country (GE) in regionNames, as a location alone or
// beside a Georgian town ("Rome, Georgia" stays the country's reading by
// an older convention). In a location that also names the United States or
// one of its states or towns ("Remote, Georgia, Carolinas, New York",
// "Atlanta, Georgia") it is the US state: georgiaStateUS turns GE into US
// there, unless the text names a Georgian place or the country in its own
// words ("Tbilisi, Georgia; Austin, TX" keeps both). A town before
// "Georgia" that the gazetteer knows in the US and not in Georgia makes it
// the state too ("Savannah, Georgia", "Macon, Georgia"; georgiaUSTown).
// Also: "APJ" (Asia
// Pacific and Japan, as sales regions write it) is Asia-Pacific. Table
// tests in region_georgia_state_test.go.
func georgiaStateUS(s string, out []string) []string {
	if len(out) < 2 || !slicesContains(out, "GE") || !slicesContains(out, "US") || !containsFold(s, "georgia") {
		return out
	}
	for _, w := range []string{"tbilisi", "batumi", "kutaisi", "rustavi", "sakartvelo", "საქართველო", "caucasus"} {
		if containsFold(s, w) {
			return out
		}
	}
	kept := out[:0]
	for _, c := range out {
		if c != "GE" {
			kept = append(kept, c)
		}
	}
	return kept
}

// georgiaUSTown reads "Town, Georgia" as the US state when the gazetteer
// knows the town in the United States and not in Georgia; out is the
// location's regions, the country alone.
func georgiaUSTown(s string, out []string) []string {
	town, rest, ok := strings.Cut(s, ",")
	if !ok || !strings.EqualFold(strings.TrimSpace(rest), "georgia") {
		return out
	}
	us := false
	for _, p := range geoTowns()[foldTown(strings.TrimSpace(town))].places {
		if p.country == "GE" {
			return out
		}
		us = us || p.country == "US"
	}
	if !us {
		return out
	}
	return []string{"US"}
}

func init() {
	if _, ok := regionCodes["APJ"]; !ok {
		regionCodes["APJ"] = RegionAPAC // "Remote - APJ"; case-sensitive, as all codes
	}
}
