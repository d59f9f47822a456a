package normalize

import "strings"

// "Town, XX, Country" with XX a state or province code of that country is
// a town there, whatever other country the town's name alone would name:
// "London, ON, Canada" is London, Ontario (not London, England, as the
// city's name alone reads), "Paris, ON, Canada" and "Birmingham, AL, USA"
// likewise. townStateCountryLoc drops the town from such an item, so that
// the state and country are read ("ON, Canada"); other items are returned
// as they are. Only US states and Canadian provinces are known by code
// here. Table tests in region_town_state_country_test.go.
func townStateCountryLoc(loc string) string {
	if strings.Count(loc, ",") < 2 || len(loc) > 120 {
		return loc
	}
	parts := strings.Split(loc, ",")
	if len(parts) > 4 {
		return loc
	}
	code := strings.TrimSpace(parts[1])
	if len(code) != 2 || !usStates[code] && !caProvinces[code] {
		return loc
	}
	country := strings.TrimSpace(parts[2])
	if len(parts) == 4 && !strings.ContainsAny(parts[3], "0123456789") {
		return loc // "Town, XX, Country, <postcode>" only
	}
	want := "US"
	if caProvinces[code] {
		want = "CA"
	}
	if rs := Regions(country); len(rs) != 1 || rs[0] != want {
		return loc
	}
	if town := Regions(parts[0]); len(town) == 0 || len(town) == 1 && town[0] == want {
		return loc // nothing to drop
	}
	return strings.TrimSpace(strings.Join(parts[1:], ","))
}
