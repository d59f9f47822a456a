package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleHomeBasedLeadCases pin remote_title_home_based_lead.go: a title
// opening with "Home Based" before the role is remote work; with traps:
// home care, nursing, therapy and childcare titles, the words later in a
// title, a home-based business.
var titleHomeBasedLeadCases = []truthCase{
	{name: "home based before a sales role", p: model.Posting{Title: "Home Based Account Manager"}, remote: "remote"},
	{name: "hyphenated before an advisor", p: model.Posting{Title: "Home-Based Claims Advisor"}, remote: "remote"},
	{name: "lower case", p: model.Posting{Title: "home based data entry clerk"}, remote: "remote"},
	{name: "the words alone", p: model.Posting{Title: "Home Based"}, remote: "remote"},

	{name: "trap: home care worker", p: model.Posting{Title: "Home Based Care Assistant"}, remote: "unknown"},
	{name: "trap: home-based carer", p: model.Posting{Title: "Home-Based Carers Wanted"}, remote: "unknown"},
	{name: "trap: a nurse", p: model.Posting{Title: "Home Based Nurse Practitioner"}, remote: "unknown"},
	{name: "trap: a therapist", p: model.Posting{Title: "Home-Based Occupational Therapist"}, remote: "unknown"},
	{name: "trap: a support worker", p: model.Posting{Title: "Home Based Support Worker (Nights)"}, remote: "unknown"},
	{name: "trap: childcare", p: model.Posting{Title: "Home Based Childminder"}, remote: "unknown"},
	{name: "trap: a family program", p: model.Posting{Title: "Home-Based Family Services Coordinator"}, remote: "unknown"},
	{name: "trap: home base is not home based", p: model.Posting{Title: "Home Base Manager"}, remote: "unknown"},
	{name: "trap: homebuilder", p: model.Posting{Title: "Homebased Builder Sales"}, remote: "unknown"},
}

func TestTitleHomeBasedLeadCases(t *testing.T) { runFieldCases(t, titleHomeBasedLeadCases) }
