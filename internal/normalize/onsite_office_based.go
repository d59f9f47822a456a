package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// officeBasedTitle is a title that says the role is office based:
// "Office Based", "Accountant (Office-Based)", "Office based - Payroll
// Clerk". A home office ("Home Office Based Advisor") is not.
var officeBasedTitle = regexp.MustCompile(`(?i)(?:^|[^\p{L}-])office[- ]based\b`)

// reviseOfficeBasedTitle reads an unknown work mode as on-site when the
// title says office based (table tests in onsite_office_based_test.go).
func reviseOfficeBasedTitle(title string, ri RemoteInfo) RemoteInfo {
	if ri.Remote != model.RemoteUnknown || len(title) > 160 || !containsFold(title, "based") {
		return ri
	}
	loc := officeBasedTitle.FindStringIndex(title)
	if loc == nil {
		return ri
	}
	if strings.HasSuffix(strings.ToLower(strings.TrimRight(title[:loc[0]+1], " -")), "home") {
		return ri // "Home Office Based"
	}
	ri.Remote, ri.Evidence = model.RemoteOnsite, "title: "+title
	return ri
}
