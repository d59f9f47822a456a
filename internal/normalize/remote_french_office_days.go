package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// French office-presence days (table tests in
// remote_french_office_days_test.go): a weekly count of days in the office
// or on site, one to four, makes the role hybrid: "présence 3 jours par
// semaine", "Présence sur site 2 jours par semaine", "3 jours sur site par
// semaine", "2 jours/semaine au bureau". The week must be named, so "les 3
// premiers jours sur site" (onboarding) and "5 jours par semaine sur site"
// (full time on site) do not count.
var (
	frenchPresenceDays = newKeyRegexp(`(?i)\bpr[ée]sence\s+(?:(?:obligatoire\s+)?(?:sur\s+(?:le\s+)?site|au\s+bureau|en\s+agence|dans\s+nos\s+locaux|physique)\s+)?(?:de\s+|requise\s+|obligatoire\s+)?(?:[1-4]|une?|deux|trois|quatre)(?:\s*(?:à|a|-|ou)\s*(?:[2-4]|deux|trois|quatre))?\s*jours?\s*(?:par\s+|/\s*|chaque\s+|dans\s+la\s+|hebdo)\s*(?:semaine|madaire)?`, 60, 130, "sence")
	frenchDaysOnSite   = newKeyRegexp(`(?i)(?:^|[^\p{L}\d])(?:[1-4]|une?|deux|trois|quatre)(?:\s*(?:à|a|-|ou)\s*(?:[2-4]|deux|trois|quatre))?\s*jours?\s+(?:(?:par|/)\s*semaine\s+)?(?:sur\s+(?:le\s+)?site|au\s+bureau|en\s+pr[ée]sentiel|dans\s+nos\s+locaux|en\s+agence)(?:\s+(?:par|/|chaque)\s*semaine)?`, 40, 90, "jour")
)

// reviseFrenchOfficeDays reads a weekly count of office days as hybrid
// when the reading is on-site, unknown or remote from the text (a
// workplace field decides on its own).
func reviseFrenchOfficeDays(text string, ri RemoteInfo) RemoteInfo {
	if ri.Remote == model.RemoteHybrid || fromStructured(ri) || !hasFold(text, "jour") {
		return ri
	}
	if hasFold(text, "sence") {
		for _, m := range frenchPresenceDays.FindAllStringIndex(text, 4) {
			if partTimeNear(text, m) {
				continue // a part-time load on site, not a split week
			}
			if strings.Contains(strings.ToLower(text[m[0]:m[1]]), "semaine") || hasFold(text[max(0, m[1]-6):m[1]], "hebdo") {
				ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(text[m[0]:m[1]])
				return ri
			}
		}
	}
	for _, m := range frenchDaysOnSite.FindAllStringIndex(text, 4) {
		s := strings.ToLower(text[m[0]:m[1]])
		if !strings.Contains(s, "semaine") {
			continue
		}
		if frenchFirstDays.MatchString(text[max(0, m[0]-20):m[0]+1]) || partTimeNear(text, m) {
			continue // "les 3 premiers jours": onboarding; a part-time load
		}
		ri.Remote, ri.Evidence = model.RemoteHybrid, "text: "+strings.TrimSpace(strings.TrimLeft(text[m[0]:m[1]], " ,.;:(\n\t"))
		return ri
	}
	return ri
}

// frenchFirstDays is "the first" before a count of days.
var frenchFirstDays = regexp.MustCompile(`(?i)\b(?:premi[eè]re?s?|durant\s+les|pendant\s+les)\s*.?$`)

// partTimeWords name a part-time load in French, Italian and English.
var partTimeWords = regexp.MustCompile(`(?i)temps\s+partiel|mi-temps|tempo\s+parziale|part[- ]?time`)

// partTimeNear reports part-time wording within 100 bytes of the match m:
// "temps partiel, 3 jours sur site par semaine" counts a load, not a
// split between home and office.
func partTimeNear(text string, m []int) bool {
	return partTimeWords.MatchString(text[max(0, m[0]-100):min(len(text), m[1]+100)])
}
