package normalize

import "regexp"

// A weekly office schedule is often written without its week: "in the
// office 2 days", "In office 2 days, remote 3 days", "work in the office 3
// days and from home the rest". Such a count of one to four office days
// is a week's share when the clause ends with it or the rest of the week
// is named as home or remote work; a count followed by anything else ("2
// days for onboarding", "2 days a month", "3 days before launch") is not
// read. Without its week the count is weaker than a weekly schedule: it is
// read only from a description that says nothing else of the mode
// (fromBody), so a structured "Remote" field beside it stays remote.

// officeDaysBare is an office day count that ends its clause or is set
// beside the home or remote days.
var officeDaysBare = regexp.MustCompile(`(?i)\bin(?: the| our)?[- ]office,? (?:[1-4]|one|two|three|four) days?(?:\s*(?:[.;!)]|$)|,\s*(?:remote(?:ly)?|wfh|(?:from|at) home)\b|\s+and\s+(?:(?:work(?:ing)?\s+)?(?:from|at)\s+home|remote(?:ly)?|wfh)\b)`)

// officeDaysNoWeek (fromBody, after findHybridWeek) finds officeDaysBare; only
// text with " office" followed closely by " day" is searched.
func officeDaysNoWeek(text string) []int {
	for i := indexFoldFrom(text, "office", 0); i >= 0; i = indexFoldFrom(text, "office", i+6) {
		hi := min(len(text), i+60)
		if indexFoldFrom(text[i:hi], " day", 0) < 0 {
			continue // no day count after this office: skip the regexp
		}
		lo := max(0, i-12)
		if loc := officeDaysBare.FindStringIndex(text[lo:hi]); loc != nil {
			return []int{loc[0] + lo, loc[1] + lo}
		}
	}
	return officeHomeDayPair(text) // "2 days office 3 days home" (remote_office_home_pairs.go)
}
