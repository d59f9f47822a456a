package normalize

import "slices"

// Two place names the name table misses:
//   - "UnitedStates" written as one word, as some scraped location fields
//     run it together ("Macon Georgia UnitedStates" is the US state, not the
//     country Georgia, once the United States is read);
//   - the British territory "South Georgia and the South Sandwich Islands"
//     (GS), whose seven-word name is longer than the name reader's window,
//     so that it read as the country Georgia.
//
// Table tests in region_joined_names_test.go.
func init() {
	addRegionName("unitedstates", "US")
}

// southGeorgiaIslands turns the country Georgia into the territory GS when
// the text names the South Sandwich Islands beside "Georgia".
func southGeorgiaIslands(s string, out []string) []string {
	i := slices.Index(out, "GE")
	if i < 0 || !containsFold(s, "sandwich islands") || !containsFold(s, "south georgia") {
		return out
	}
	out[i] = "GS"
	return out
}
