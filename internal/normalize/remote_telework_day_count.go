package normalize

import (
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A French location or mode field that gives the number of telework days a
// week ("Télétravail 2j/semaine", "télétravail : 3 jours par semaine",
// "Télétravail partiel 1 j / sem") offers home working on some days and
// office work on the rest: hybrid, not the fully remote reading the word
// "télétravail" alone gets. One to four days only: "télétravail 5j/semaine"
// is every working day and keeps its remote reading, as does a bare
// "Télétravail". The description is read the same way, as a remote reading
// is narrowed by "three days a week in the office" (remote.go).
//
// Table tests in remote_telework_day_count_test.go.

// teleworkDaysWeek is the telework word, then one to four days a week.
var teleworkDaysWeek = newKeyRegexp(`(?i)\bt[ée]l[ée]travail\s*(?:partiel\s*)?:?\s*\(?\s*[1-4](?:[.,]5)?\s*(?:j|jrs?|jours?)\.?\s*(?:/|par|per|a|à)\s*(?:la\s+)?(?:semaine|sem\b|week)`, 8, 56, "travail")

// reviseTeleworkDayCount narrows a remote or unset reading to hybrid when a
// location field, or else the description, counts the telework days.
func reviseTeleworkDayCount(locs []string, text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteRemote && ri.Remote != model.RemoteUnknown {
		return ri
	}
	for _, loc := range locs {
		if len(loc) > 200 {
			continue
		}
		if m := teleworkDaysWeek.FindStringIndex(loc); m != nil {
			ri.Remote, ri.Evidence = model.RemoteHybrid, "location: "+strings.TrimSpace(loc)
			return ri
		}
	}
	if m := teleworkDaysWeek.FindStringIndex(text); m != nil {
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+text[m[0]:m[1]]
	}
	return ri
}
