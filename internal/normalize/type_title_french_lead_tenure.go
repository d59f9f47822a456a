package normalize

import (
	"regexp"
	"strings"
)

// frenchTitleRest reports a title's rest after an opening CDI or CDD that is
// French: a term in months or years ("CDD 6 mois - Assistant"), a letter
// only French writes among the Latin ones (é, è, ê, à, ç, ô, û) or a French
// function word ("CDI Chef de projet", "CDD Chargé d'accueil"). An English
// title opening with CDI ("CDI Specialist", clinical documentation
// integrity) has none of them.
func frenchTitleRest(post string) bool {
	if frenchTermLead.MatchString(post) {
		return true
	}
	if strings.ContainsAny(post, "éèêàçôûÉÈ") {
		return true
	}
	padded := " " + strings.ToLower(post) + " "
	for _, w := range frenchTitleFunctionWords {
		if strings.Contains(padded, w) {
			return true
		}
	}
	return false
}

// frenchTitleFunctionWords are French articles and prepositions as they sit
// in job titles, spaced as whole words.
var frenchTitleFunctionWords = []string{" de ", " d'", " d’", " du ", " des ", " en ", " la ", " le ", " et ", " pour ", " au ", " aux "}

// frenchTermLead is a term in months or years opening a title's rest.
var frenchTermLead = regexp.MustCompile(`^\d{1,2}\s*(?:mois|ans?)\b`)
