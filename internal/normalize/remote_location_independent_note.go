package normalize

import (
	"regexp"
)

// "Location independent" as a clause of its own, the way "Remote." is a
// note of its own: "Distributed team; location independent", "Location
// independent.", "Fully location-independent, async". locationFree
// (remote_location_free.go) wants a job word ("location-independent
// role"); set off by punctuation on both sides the words name the job's
// place too. "location-independent pricing" or "location independent
// salaries" run on into another noun and stay unread.
var locationIndependentNote = regexp.MustCompile(`(?i)(?:^|[;,.:|•·(\n]\s*|\s[-–—]\s+)(?:fully\s+|100%\s+|completely\s+)?location[- ]independent\s*(?:[.;,!)|•·\n]|\s[-–—]\s|$)`)

// locationIndependentNoteAt returns the note's span in text, or nil.
func locationIndependentNoteAt(text string) []int {
	if !hasFold(text, "independent") {
		return nil
	}
	return locationIndependentNote.FindStringIndex(text)
}
