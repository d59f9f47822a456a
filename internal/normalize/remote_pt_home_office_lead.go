package normalize

import "regexp"

// ptHomeOfficeLead is a Portuguese word just before "home office" that
// makes it the way of working even in text with no accented letters:
// "vaga home office para suporte", "trabalho em home office", "regime home
// office". An English home office (a room, a stipend, a head office) has
// none of these words before it.
var ptHomeOfficeLead = regexp.MustCompile(`(?i)\b(?:vagas?|em|regime|modalidade|modelo)\s+$`)

// ptHomeOfficeAt reports a Portuguese lead word right before the home
// office that starts at at.
func ptHomeOfficeAt(text string, at int) bool {
	return ptHomeOfficeLead.MatchString(text[max(0, at-16):at])
}
