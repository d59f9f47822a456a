package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// remotePlaceRoleCases pin region_remote_place_role.go: a "remote, place,
// role" phrase in the text scopes an unscoped remote listing. Traps: a
// sentence after the place, a remote compound, no place, a scope read
// elsewhere, a stated mode.
var remotePlaceRoleCases = []truthCase{
	{name: "remote, country, role at the text's start", p: model.Posting{Title: "Post",
		DescriptionText: "Remote Canada Staff Backend Developer\nWe build billing tools for clinics."}, remote: "remote", regions: "CA"},
	{name: "remote, area code, role inside a sentence", p: model.Posting{Title: "Post",
		DescriptionText: "We are hiring a Remote EMEA solutions architect."}, remote: "remote", regions: "EMEA"},
	{name: "remote, country, role after a label", p: model.Posting{Title: "Post",
		DescriptionText: "Open role: Remote Poland QA Tester"}, remote: "remote", regions: "PL"},
	{name: "remote, two countries, role", p: model.Posting{Title: "Post",
		DescriptionText: "Remote US & Canada Support Specialist"}, remote: "remote", regions: "US,CA"},
	{name: "plural role before a bracket", p: model.Posting{Title: "Post",
		DescriptionText: "Remote Ireland Technical Writers (two openings)"}, remote: "remote", regions: "IE"},
	{name: "role before a dash note", p: model.Posting{Title: "Post",
		DescriptionText: "Remote Germany Machine Learning Engineer - apply below"}, remote: "remote", regions: "DE"},
	{name: "trap: a sentence after the place", p: model.Posting{Title: "Post",
		DescriptionText: "Remote US teams work with our engineers daily."}, regions: "none"},
	{name: "trap: words after the place end in no role", p: model.Posting{Title: "Post",
		DescriptionText: "Remote Canada office closes on Fridays."}, regions: "none"},
	{name: "trap: remote first, no place", p: model.Posting{Title: "Post",
		DescriptionText: "Remote first culture; every engineer picks their hours."}, regions: "none"},
	{name: "trap: a scope from the location is kept", p: model.Posting{Title: "Post", Locations: []string{"Remote - Brazil"},
		DescriptionText: "Remote Canada Staff Backend Developer"}, remote: "remote", regions: "BR"},
	{name: "trap: a colleague's title mid-sentence sets no mode", p: model.Posting{Title: "Post",
		DescriptionText: "You will report to the Remote Canada Support Lead."}, regions: "none"},
	{name: "trap: a stated on-site mode is kept", p: model.Posting{Title: "Post", Locations: []string{"Oslo, Norway (on-site)"},
		DescriptionText: "Report to the Remote Canada Support Lead."}, remote: "onsite", regions: "none"},
}

func TestRemotePlaceRoleCases(t *testing.T) {
	runFieldCases(t, remotePlaceRoleCases)
}
