package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// teleworkCases pin remote_telework_terms.go. Traps: a denial before the
// words, telework as a product, all of the time, a stored remote field.
var teleworkCases = []truthCase{
	{name: "share up to sixty", p: model.Posting{Title: "Budget Analyst", Locations: []string{"Denver, CO"}, DescriptionText: "Up to 60% telework is permitted for this analyst post."}, remote: "hybrid"},
	{name: "situational telework", p: model.Posting{Title: "Inspector", Locations: []string{"Tulsa, OK"}, DescriptionText: "Situational telework may be approved by the supervisor."}, remote: "hybrid"},
	{name: "part-time telecommuting", p: model.Posting{Title: "Caseworker", DescriptionText: "This is a part-time telecommuting arrangement after training."}, remote: "hybrid"},
	{name: "telework field names the office", p: model.Posting{Title: "Mechanic", Locations: []string{"Omaha, NE"}, DescriptionText: "Telework Type: Full-Time Office/Project\nSalary grade WG-10"}, remote: "onsite"},
	{name: "telecommuting offered", p: model.Posting{Title: "Grant Writer", DescriptionText: "Telecommuting is offered for this grant writer role."}, remote: "remote"},
	{name: "telework authorized", p: model.Posting{Title: "Paralegal", Locations: []string{"Salem, OR"}, DescriptionText: "Telework is authorized for this position."}, remote: "remote"},
	{name: "eligible field yes", p: model.Posting{Title: "Program Analyst", Locations: []string{"Atlanta, GA"}, DescriptionText: "Series: 0343\nTelework eligible: Yes - as determined by agency policy"}, remote: "hybrid"},
	{name: "eligible field no", p: model.Posting{Title: "Police Officer", Locations: []string{"Atlanta, GA"}, DescriptionText: "Telework eligible: No\nTravel required: Occasional"}, remote: "onsite"},
	{name: "remote place narrowed by a share", p: model.Posting{Title: "Auditor", Locations: []string{"Remote"}, DescriptionText: "About 40% telework permitted; the rest at the district office."}, remote: "hybrid"},

	{name: "trap: eligibility of another program", p: model.Posting{Title: "Clerk", Locations: []string{"Atlanta, GA"}, DescriptionText: "Ask HR whether your telework eligibility changes after a move."}, remote: "!hybrid"},
	{name: "trap: stored remote field kept", p: model.Posting{Title: "Auditor", RemoteHint: "remote", DescriptionText: "Part-time telework available."}, remote: "remote"},
	{name: "trap: no telework offered", p: model.Posting{Title: "Clerk", Locations: []string{"Reno, NV"}, DescriptionText: "No telework is offered for this position."}, remote: "!remote"},
	{name: "trap: not eligible for situational telework", p: model.Posting{Title: "Guard", Locations: []string{"Reno, NV"}, DescriptionText: "This post is not eligible for situational telework."}, remote: "!hybrid"},
	{name: "trap: telework as a product", p: model.Posting{Title: "Sales Rep", Locations: []string{"Austin, TX"}, DescriptionText: "Our telework software is available in 12 countries."}, remote: "!remote"},
	{name: "trap: all of the time", p: model.Posting{Title: "Writer", DescriptionText: "This is a 100% telework position."}, remote: "remote"},
	{name: "trap: telecommuting not permitted", p: model.Posting{Title: "Nurse", Locations: []string{"Boise, ID"}, DescriptionText: "Telecommuting is not permitted."}, remote: "!remote"},
}

func TestTeleworkCases(t *testing.T) {
	for _, tc := range teleworkCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
