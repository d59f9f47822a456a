package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Two contract wordings the other body cues miss (table tests in
// type_interim_w2_test.go): an interim hire named with its role between
// ("seeking an interim senior level accountant", "as interim CFO"), and US
// staffing's W-2 hourly pay ("This role will be W2 hourly. No C2C"), where
// the only contract cue, C2C, is the one denied.
var bodyInterimRole = newKeyWindowed(newCueRegexp(`(?i)\b(?:an?|as) interim (?:[a-z]{1,20}[ -]){0,3}(?:accountant|controller|manager|director|head|lead|cfo|cto|coo|ceo|cio|officer|consultant|analyst|administrator|engineer|specialist|advisor|adviser|coordinator|executive|bookkeeper|treasurer|principal|headteacher)s?\b`), "interim")

// The window keys are "hourly": the folded text's key guard tracks letters.
var bodyW2Hourly = newKeyWindowed(newCueRegexp(`(?i)\b(?:w-?2\s{1,3}hourly|hourly\s{1,3}(?:on\s{1,3})?w-?2)\b`), "hourly")

// interimW2Type is contract when text names an interim hire or W-2
// hourly pay; unknown otherwise.
func interimW2Type(text string) model.JobType {
	if hasFold(text, "interim ") && len(bodyInterimRole.FindAllStringIndex(text, 1)) > 0 ||
		hasW2(text) && len(bodyW2Hourly.FindAllStringIndex(text, 1)) > 0 {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// hasW2 reports whether text names the W-2 form, in either case.
func hasW2(text string) bool {
	return strings.Contains(text, "W2") || strings.Contains(text, "W-2") || strings.Contains(text, "w2") || strings.Contains(text, "w-2")
}
