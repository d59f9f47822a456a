package normalize

// New York City's boroughs, which boards print without the city ("Staten
// Island", "Brooklyn"), and St Petersburg transliterated from Russian
// ("Sankt-Peterburg"), for Regions. "Queens" is left out (a plain word),
// and so is "St Petersburg" (also Florida's: "St. Petersburg, FL").
// Table tests in regions_city_boroughs_test.go.
func init() {
	for name, code := range map[string]string{
		"staten island": "US", "brooklyn": "US", "manhattan": "US", "the bronx": "US",
		"sankt peterburg": "RU",
	} {
		addRegionName(name, code)
	}
}
