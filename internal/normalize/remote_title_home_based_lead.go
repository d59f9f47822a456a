package normalize

import "regexp"

// A title opening with "Home Based"/"Home-Based" before the role ("Home
// Based Sales Consultant", "Home-Based Customer Service Advisor") is
// remote work, as "Sales Consultant (Home Based)" is already (table tests
// in remote_title_home_based_lead_test.go). Not when the words after it or
// anywhere in the title name home care, nursing, therapy, childcare or a
// business ("Home-Based Carer", "Home Based Support Worker", "Home Based
// Childcare Provider"): there the home is the client's.
var (
	titleHomeBasedLead = regexp.MustCompile(`(?i)^\s*home[- ]based\b`)
	// titleHomeCare is a title word that makes the home the client's.
	titleHomeCare = regexp.MustCompile(`(?i)care|carer|nurs|health|therap|support worker|patient|child|educat|tutor|aide\b|sitter|visit|business|famil|learning`)
)

// titleHomeBasedNote returns "Work From Home" for a title in the wording
// above, or "".
func titleHomeBasedNote(title string) string {
	if len(title) > 200 || !hasPrefixFold(title, "home") || !titleHomeBasedLead.MatchString(title) || titleHomeCare.MatchString(title) {
		return ""
	}
	return "Work From Home"
}
