package normalize

import (
	"regexp"
	"strings"
)

// A board's remote-policy field that goes on about the company (table
// tests in region_hint_company_clause_test.go): "Remote-first, with
// distributed teams across US, LATAM, and India" says where colleagues
// are, and "100% Remote, US and Canada candidates preferred" a preference,
// not where the work may be done from. hintLocations reads the field as
// one more location; the clause from the team or office words, or from
// the comma before a preference, is left out of it. A field that is only a
// scope ("Remote - based in Germany", "Remote within the US or Canada") is
// read whole.

// hintScopePart returns the hint without such a clause.
func hintScopePart(hint string) string {
	if len(hint) < 24 || !(containsFold(hint, "team") || containsFold(hint, "office") || containsFold(hint, "colleague") ||
		containsFold(hint, "employee") || containsFold(hint, "prefer")) {
		return hint
	}
	if loc := hintTeamClause.FindStringIndex(hint); loc != nil {
		hint = hint[:loc[0]]
	}
	if loc := hintPreferClause.FindStringIndex(hint); loc != nil {
		if i := strings.LastIndexAny(hint[:loc[0]], ",;"); i >= 0 {
			hint = hint[:i]
		}
	}
	return hint
}

var (
	// hintTeamClause is colleagues or offices somewhere: "with distributed
	// teams across", "offices in", "employees throughout".
	hintTeamClause = regexp.MustCompile(`(?i)[,;]?\s*\b(?:with\s+)?(?:our\s+)?(?:(?:distributed|global|remote|international|existing)\s+)?(?:teams?|colleagues|offices?|hubs?|employees)\s+(?:across|in|throughout|spanning|around|located in|based in)\b`)
	// hintPreferClause is a preference for applicants from some place.
	hintPreferClause = regexp.MustCompile(`(?i)\b(?:candidates|applicants|residents|talent)\s+(?:are\s+|is\s+)?(?:strongly\s+)?preferred\b|\bpreferr?(?:ed|ably)\s+(?:in|from|based in|located in)\b`)
)
