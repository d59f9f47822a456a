package normalize

import "regexp"

// A weekly split is often written as two bare day counts, one for the office
// and one for home, with no week named and no "in" before the office: "2 days
// office 3 days home", "3 days at the office and 2 days from home", "1 day
// home, 4 days office", "2 office days / 3 home days". One to four days at the
// office set directly beside a count of home or remote days is a hybrid
// schedule. A count whose place word is followed by another noun ("2 days
// office parties", "3 days home leave") is not read, so the pair must end its
// clause or be followed by its week.

// officeHomeCount is one to four days.
const officeHomeCount = `(?:[1-4]|one|two|three|four)`

// officeHomePlace is a count of office days; homeRemotePlace a count of home or
// remote days. Both take the count first ("2 days office") or the place first
// as an adjective ("2 office days").
const (
	officeHomePlace = officeHomeCount + `\s+(?:days?\s+(?:(?:in|at)\s+(?:the\s+|our\s+)?)?office|office\s+days?)`
	homeRemotePlace = officeHomeCount + `\s+(?:days?\s+(?:(?:(?:at|from)\s+)?home|remote(?:ly)?|wfh)|(?:home|remote|wfh)\s+days?)`
	officeHomeJoin  = `\s*(?:[,/+&]\s*(?:and\s+)?|\s(?:and|plus)\s+|\s)\s*`
	officeHomeEnd   = `(?:\s*(?:[.;,!)|]|$)|\s+(?:a|per|each)\s+week\b|\s+weekly\b)`
)

var officeHomePair = regexp.MustCompile(`(?i)\b(?:` + officeHomePlace + officeHomeJoin + homeRemotePlace +
	`|` + homeRemotePlace + officeHomeJoin + officeHomePlace + `)` + officeHomeEnd)

// officeHomeDayPair finds officeHomePair near an "office" that has " day"
// within a short span before or after it; other text is not searched.
func officeHomeDayPair(text string) []int {
	for i := indexFoldFrom(text, "office", 0); i >= 0; i = indexFoldFrom(text, "office", i+6) {
		lo, hi := max(0, i-40), min(len(text), i+60)
		if indexFoldFrom(text[lo:hi], " day", 0) < 0 {
			continue
		}
		if loc := officeHomePair.FindStringIndex(text[lo:hi]); loc != nil {
			return []int{loc[0] + lo, loc[1] + lo}
		}
	}
	return nil
}
