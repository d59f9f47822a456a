package normalize

import "strings"

// usTownBeforeNote settles "Town, DE (Remote)" and "Town, IN (Hybrid)",
// which stateNoteUS (regions_based_anywhere.go) leaves alone because DE and
// IN are as often Germany and India: the gazetteer (region_world_cities.go)
// decides when it knows the town in that US state and not in the country
// the code names ("Indianapolis, IN (Remote)" and "Dover, DE (Hybrid)" are
// in the US; "Pune, IN (Hybrid)" and "Berlin, DE (Remote)" are not, and a
// town it does not know stays undecided). Table tests in
// region_state_note_town_test.go. s is a stateBeforeNote match.
func usTownBeforeNote(s, code string) bool {
	i := strings.LastIndexByte(s, ',')
	if i <= 0 {
		return false
	}
	us := false
	for _, p := range worldTowns[foldTown(strings.TrimSpace(s[:i]))] {
		if p.country == code {
			return false // a town of Germany or India by that name
		}
		if p.country == "US" && p.own == code {
			us = true
		}
	}
	return us
}
