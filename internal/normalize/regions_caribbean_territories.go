package normalize

// Caribbean territories that boards list by their full English names
// among the countries a remote worker may be in: the US Virgin Islands
// (not the United States itself, though the name starts with "U.S.") and
// the Dutch islands of Bonaire, Sint Eustatius and Saba. Data, not a
// shape; table tests in regions_caribbean_territories_test.go.
func init() {
	for name, code := range map[string]string{
		"u.s. virgin islands":                 "VI",
		"us virgin islands":                   "VI",
		"united states virgin islands":        "VI",
		"virgin islands of the united states": "VI",
		"bonaire":                             "BQ",
		"sint eustatius":                      "BQ",
		"sint eustatius and saba":             "BQ",
		"bonaire, sint eustatius and saba":    "BQ",
		"caribbean netherlands":               "BQ",
	} {
		addRegionName(name, code)
	}
}
