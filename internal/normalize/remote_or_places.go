package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A header segment offering remote work or a list of places, as job
// threads and plain listings write it: "Acme | REMOTE or Boston, Austin or
// Toronto | Full-time", "Berlin, Munich or remote", "Remote / London".
// The choice reads remote, as "London or remote" does in a location
// field. The segment runs between pipes or line ends, and the places must
// be a list: every item at most three words, the first and at least half
// of them naming a place ("Remote or full-time" and "Remote or on-site
// roles in our lab" are no such list). Table tests in
// remote_or_places_test.go.

// remoteOrPlacesSeg is such a segment: remote first (group 1 the places)
// or last (group 2); a remote last may name its scope after "in" or
// "within" in at most three words ("London or Remote in the UK"), and may
// carry a short note in brackets ("Lisbon or remote (CET hours)").
var remoteOrPlacesSeg = regexp.MustCompile(`(?im)(?:^|\|)[ \t]*(?:(?:fully[ \t]+|100%[ \t]+)?remote[ \t]*(?:or|/)[ \t]+([^|\n]{2,200}?)|([^|\n]{2,160}?)[ \t]*,?[ \t]+(?:or|/)[ \t]*(?:fully[ \t]+)?remote(?:[ \t]+(?:in|within)[ \t]+(?:the[ \t]+)?\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2})?(?:[ \t]*\([^()|\n]{1,40}\))?)[ \t]*(?:\||$)`)

// remoteOrPlaces reads such a segment in text; unknown when none.
func remoteOrPlaces(text string) (model.Remote, string) {
	if !containsFold(text, "remote") || !strings.Contains(text, "or") && !strings.Contains(text, "OR") && !strings.Contains(text, "/") {
		return model.RemoteUnknown, ""
	}
	for _, m := range remoteOrPlacesSeg.FindAllStringSubmatchIndex(text, 8) {
		g := 2
		if m[2] < 0 {
			g = 4
		}
		if placeChoiceList(text[m[g]:m[g+1]]) {
			return model.RemoteRemote, strings.Trim(text[m[0]:m[1]], " \t|")
		}
	}
	return model.RemoteUnknown, ""
}

// placeChoiceList reports whether s is a list of places: every item at
// most three words, the first and at least half of them a place.
func placeChoiceList(s string) bool {
	items, places := 0, 0
	for _, item := range listSep.Split(s, -1) {
		item = strings.TrimSpace(item)
		if item == "" {
			continue
		}
		if len(strings.Fields(item)) > 3 {
			return false
		}
		items++
		if len(Regions(item)) > 0 || usTownIndex.lookup(item) != "" { // "Houston" alone is read only as a whole location (usTownsAlone)
			places++
		} else if items == 1 {
			return false
		}
	}
	return items > 0 && places*2 >= items
}
