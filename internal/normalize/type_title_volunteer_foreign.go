package normalize

import "regexp"

// A volunteer post named in a title in another language, by the person or
// adjective word in the singular (table tests in
// type_title_volunteer_foreign_test.go): French "Bénévole", Spanish and
// Portuguese "Voluntario/a", "Voluntário/a", Italian "Volontario/a", Dutch
// "Vrijwilliger", Polish "Wolontariusz(ka)", German "ehrenamtlich(e/er)".
// As with the English "Volunteer Coordinator", a title whose volunteers
// are the subject is no volunteer post: the plural ("Coordinateur des
// bénévoles", "Coördinator vrijwilligers"), the word after "de", "des",
// "van", "für" and the like, a programme noun ("Voluntariado",
// "Ehrenamtskoordination") or a role that manages them.
var (
	titleVolunteerForeign = regexp.MustCompile(`(?i)(?:^|[^\pL])(bénévole|benevole|voluntari[oa]|voluntári[oa]|volontari[oa]|vrijwilliger|wolontariusz(?:ka)?|ehrenamtlich(?:e|er|es)?)(?:$|[^\pL])`)
	// titleVolunteerForeignSubject is a word before the match that makes
	// the volunteers the subject, or a managing role anywhere.
	titleVolunteerForeignBefore = regexp.MustCompile(`(?i)(?:^|[^\pL])(?:de|del|des|du|der|den|van|voor|für|fur|di|dei|degli|della|dla|of|for)\s*$`)
	titleVolunteerForeignRole   = regexp.MustCompile(`(?i)coordin|koordin|coördin|responsable|gestionn|manager|leiter|referent|begeleider|animat|recrut|recruit`)
)

// titleVolunteerForeignMatch reports a volunteer post named as above.
func titleVolunteerForeignMatch(title string) bool {
	if len(title) > 200 || !(containsFold(title, "vol") || containsFold(title, "wolont") || containsFold(title, "vrijw") || containsFold(title, "ehrenamt") || containsFold(title, "bénév") || containsFold(title, "benev")) {
		return false
	}
	if titleVolunteerForeignRole.MatchString(title) {
		return false
	}
	for _, m := range titleVolunteerForeign.FindAllStringSubmatchIndex(title, 3) {
		if !titleVolunteerForeignBefore.MatchString(title[:m[2]]) {
			return true
		}
	}
	return false
}
