package normalize

import "regexp"

// Freelance boards' own names for a piece of work paid as a whole:
//
//   - a title opening with a fixed-price tag, or holding one in brackets:
//     "Fixed-price: Logo design", "[Fixed price] Landing page copy",
//     "Podcast edit (fixed-price)" (fixedPriceTitle, a type cue);
//   - an employment-type field naming a fixed price or a one-time project:
//     "Fixed-price", "Fixed price", "One-time project", "One-off project",
//     "Fixed fee" (employment-type keys in jobtype.go).
//
// Both are a project. A role whose work is fixed-price contracts ("Fixed
// Price Contracts Manager") or a title merely mentioning a price is not.
// Table tests and traps in type_gig_fields_test.go.

// fixedPriceTitleRe is a fixed-price tag opening a title (a separator
// after it) or standing in brackets anywhere in it.
var fixedPriceTitleRe = regexp.MustCompile(`(?i)^\s*[\[(]?\s*fixed[- ]?price\s*(?:[\]):|•·]|[-–—]\s)|[\[(]\s*fixed[- ]?price(?:\s+(?:gig|job|project|task))?\s*[\])]`)

type fixedPriceTitle struct{}

func (fixedPriceTitle) MatchString(title string) bool {
	return containsFold(title, "fixed") && fixedPriceTitleRe.MatchString(title)
}
