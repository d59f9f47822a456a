package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A role said to be free of any place is remote work open everywhere
// (table tests in remote_location_free_test.go): "Location-independent
// role", "This position is fully location independent", "We hire from
// anywhere." The job word must be there ("location-independent pricing"
// names no work place), and "anywhere" after a hiring verb must end its
// clause or go on to "in the world": "we hire from anywhere in the US" is
// read by the region readers as the US, and "hire from anywhere outside
// the EU" is not this statement.
var locationFree = regexp.MustCompile(`(?i)\b(?:location[- ]independent\s+(?:role|position|job|opportunity|internship|work|contract)s?\b|(?:role|position|job|internship|work)\s+is\s+(?:fully\s+|100%\s+|completely\s+|entirely\s+)?location[- ]independent\b|(?:hire|hiring|recruit|recruiting)\s+(?:from\s+)?anywhere(?:\s+in\s+the\s+world)?\s*(?:[.,;!)]|$))`)

// locationFreeAt returns the statement's span in text, or nil.
func locationFreeAt(text string) []int {
	if !hasFold(text, "independent") && !hasFold(text, "anywhere") {
		return nil
	}
	return locationFree.FindStringIndex(text)
}

// locationFreeMode (one of moreBodyModes' readers) reads the statement as
// remote work; unknown when there is none.
func locationFreeMode(text string) (model.Remote, string) {
	if loc := locationFreeAt(text); loc != nil {
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	if loc := locationIndependentNoteAt(text); loc != nil { // "Distributed team; location independent" (remote_location_independent_note.go)
		return model.RemoteRemote, text[loc[0]:loc[1]]
	}
	return model.RemoteUnknown, ""
}
