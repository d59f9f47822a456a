package normalize

import "strings"

// Two readings of a technology or of a full week on site:
//
//   - "Remote" opening a line or a location is the place of work ("Remote -
//     EMEA", "Remote (US)") unless it begins a technology compound:
//     "Remote-Desktop installation on site", "Remote Desktop Support,
//     Berlin" name a kind of work, not where it is done
//     (remoteCompound in normalize.go).
//   - "On site five days", "onsite 5 days a week" is a whole week at the
//     workplace: on-site. Five days count only as a week ("a week" or the
//     clause's end), not "five days a month".
//
// Table tests in remote_lead_compound_test.go.

// onsiteFullWeek is a full week on site, an alternative of
// strongOnsiteMore (tried around its key words "five days" and "5 days").
const onsiteFullWeek = `on[- ]?site,? (?:(?:5|five) days(?: (?:a|per|each|every) week)?)(?:\s*[.;,!)]|\s*$)`

// remoteCompoundAt reports that the "remote" word inside text[loc[0]:loc[1]]
// begins a technology compound: "Remote-Desktop", "remote access".
func remoteCompoundAt(text string, loc []int) bool {
	i := strings.Index(strings.ToLower(text[loc[0]:loc[1]]), "remote")
	if i < 0 {
		return false
	}
	i += loc[0]
	m := remoteCompound.FindStringIndex(text[i:min(len(text), i+48)])
	return m != nil && m[0] == 0
}
