package normalize

import "github.com/gigscout/gigscout/internal/model"

// Two contract wordings the other body cues miss (table tests in
// type_interim_w2_test.go): an interim hire named with its role between
// ("seeking an interim senior level accountant", "as interim CFO"), and US
// staffing's W-2 hourly pay ("This role will be W2 hourly. No C2C"), where
// the only contract cue, C2C, is the one denied.
var bodyInterimRole = newKeyRegexp(`(?i)\b(?:an?|as) interim (?:[a-z]+[ -]){0,3}(?:accountant|controller|manager|director|head|lead|cfo|cto|coo|ceo|cio|officer|consultant|analyst|administrator|engineer|specialist|advisor|adviser|coordinator|executive|bookkeeper|treasurer|principal|headteacher)s?\b`, 10, 60, "interim")

var bodyW2Hourly = newKeyRegexp(`(?i)\b(?:w-?2\s+(?:hourly|only)|hourly\s+(?:on\s+)?w-?2)\b`, 20, 20, "w2", "w-2")

// interimW2Type is contract when text names an interim hire or W-2
// hourly pay; unknown otherwise.
func interimW2Type(text string) model.JobType {
	if bodyInterimRole.MatchString(text) || bodyW2Hourly.MatchString(text) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
