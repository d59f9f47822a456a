package normalize

import "regexp"

// visitBefore is an appointment or visit the words "vor Ort" place at a
// customer's or partner's site ("Termine bei unseren Kunden vor Ort",
// "Kundenbesuche vor Ort", "Beratungstermine vor Ort"): field visits a
// posting lists among the tasks, not the place the work is done.
var visitBefore = regexp.MustCompile(`(?i)\b(?:Termin\p{L}*|Kundentermin\p{L}*|Beratungstermin\p{L}*|Besuch\p{L}*|Kundenbesuch\p{L}*|Au(?:ß|ss)entermin\p{L}*)\b[^.;:\n]{0,36}$`)

// visitOnSite reports such a visit just before the on-site words at at.
func visitOnSite(text string, at int) bool {
	return visitBefore.MatchString(text[max(0, at-48):at])
}
