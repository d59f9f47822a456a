package normalize

import "strings"

// US places written with a county, a borough or a neighbourhood between
// the town and the state, the way geocoders, genealogy records and some
// ATS exports write them (table tests in region_us_county_test.go).
// usCountyLoc runs in fixCodeLoc, on the location fields only, and
// rewrites the location to "United States" when it reads one of these:
//
//   - a state code that is also a country's code ("CA", "IN", "DE") after
//     two place names at least one of which is a US place or a county:
//     "Mission District, San Francisco, CA" is California, not Canada,
//     and "Carmel, Hamilton County, IN" Indiana, not India. A code between
//     ("Toronto, ON, CA"), or a name of the code's own country ("Pune,
//     Hinjewadi, IN"), keeps the country reading;
//   - a county ("Harrison County", "Harrison Co.", "Harrison Cty")
//     before a US state's name or code, or before "USA": "Dover, Kent
//     Co., Delaware", where the town's name alone reads a place abroad;
//   - a state code written with dots after a town: "Fargo, N.D.",
//     "Camden, N.J.".

// usCountyLoc returns "United States" for a location of the shapes above,
// or "".
func usCountyLoc(loc string) string {
	if len(loc) > 120 || strings.IndexByte(loc, ',') < 0 {
		return ""
	}
	parts := strings.Split(loc, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	last := parts[len(parts)-1]
	if len(parts) == 2 && dottedStateCode(last) != "" && !strings.Contains(parts[0], ".") {
		if rs := Regions(parts[0]); len(rs) == 0 || len(rs) == 1 && rs[0] == "US" || townNamedForCountry(parts[0], dottedStateCode(last)) {
			return "United States" // "Fargo, N.D."
		}
		return ""
	}
	if len(parts) < 3 || len(parts) > 5 {
		return ""
	}
	if county := countyPartAt(parts); county > 0 && (usStateOrCountry(last) || strings.EqualFold(last, "georgia")) {
		return "United States" // "Dover, Kent Co., Delaware"
	}
	if len(parts) == 3 && len(last) == 2 && usStates[last] {
		if foreign := Regions(last); len(foreign) == 1 && foreign[0] != "US" && usPlacesBefore(parts[:2], foreign[0]) {
			return "United States" // "Mission District, San Francisco, CA"
		}
	}
	return ""
}

// dottedStateCode is the US state code s writes with a dot after each of
// its two letters ("N.D." -> "ND"), or "".
func dottedStateCode(s string) string {
	if len(s) != 4 || s[1] != '.' || s[3] != '.' || s[0] < 'A' || s[0] > 'Z' || s[2] < 'A' || s[2] > 'Z' {
		return ""
	}
	code := string([]byte{s[0], s[2]})
	if !usStates[code] {
		return ""
	}
	return code
}

// countyPartAt is the index of the first part after the first that names
// a county ("Harrison County", "Todd Co.", "Fulton Cty"), or 0. The first
// part counts too when the county is the whole of it and others follow
// ("Harrison County, Ohio, USA").
func countyPartAt(parts []string) int {
	for i, p := range parts[:len(parts)-1] {
		sp := strings.LastIndexByte(p, ' ')
		if sp <= 0 {
			continue
		}
		switch p[sp+1:] {
		case "County", "county", "Co.", "Co", "Cty", "Cty.":
			if i > 0 || len(parts) >= 3 {
				return max(i, 1)
			}
		}
	}
	return 0
}

// usStateOrCountry reports whether s is a US state's code or name, or the
// United States.
func usStateOrCountry(s string) bool {
	if len(s) == 2 {
		return usStates[s]
	}
	if usStates[strings.ToLower(s)] {
		return true
	}
	switch strings.ToLower(strings.TrimSuffix(s, ".")) {
	case "usa", "us", "u.s.a", "u.s", "united states", "united states of america":
		return true
	}
	return false
}

// usPlacesBefore reports whether the names before a state code read the
// United States: one of them is a county or a US place (by name or by the
// gazetteer) and none is a code or a place of the country foreign, the
// other reading of the code.
func usPlacesBefore(names []string, foreign string) bool {
	us := false
	for _, n := range names {
		if n == "" || len(n) <= 3 && strings.ToUpper(n) == n {
			return false // "Toronto, ON, CA", "Chennai, TN, IN"
		}
		rs := Regions(n)
		if len(rs) == 0 {
			rs = Regions(geoTownLoc(n))
		}
		for _, r := range rs {
			if r == foreign {
				return false
			}
		}
		if len(rs) == 1 && rs[0] == "US" || countyPartAt([]string{"x", n, "x"}) > 0 {
			us = true
		}
	}
	return us
}
