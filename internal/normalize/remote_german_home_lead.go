package normalize

import "regexp"

// German postings written without umlauts are plain ASCII text, where
// foreignPlace reads the one-word "Homeoffice" only with German wording
// after it (remote_german_home_ascii.go), because an English home office
// is a room. A German word right before it says the same: "Spring Boot
// und Homeoffice", "Arbeit im Homeoffice", "wir bieten Homeoffice". With
// one of these words before it the home office is the place of work, as
// the same text with an umlaut is already read. English has none of them
// before a home office ("and a home office stipend" stays a room).
var germanHomeOfficeLead = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:und|mit|im|ins|zum|sowie|inkl\.|inklusive|bieten|bietet)\s+$`)

// germanHomeOfficeAt reports a German lead word right before the home
// office that starts at at.
func germanHomeOfficeAt(text string, at int) bool {
	return germanHomeOfficeLead.MatchString(text[max(0, at-16):at])
}
