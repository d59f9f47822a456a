package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A remote field narrowed by relocation demanded for the job (on-site) or
// a return-to-office policy applied to it (hybrid). Traps: the duty
// denied, a move to a country with the job still remote, relocation help
// offered, and a policy of other teams.
func TestRemoteFieldOfficeDuties(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "relocation required", p: model.Posting{Title: "Plant Chemist", Locations: []string{"Remote"}, DescriptionText: "Relocation is required for this role."}, remote: "onsite"},
		{name: "must relocate to our office", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "You must relocate to our Austin office."}, remote: "onsite"},
		{name: "will need to relocate", p: model.Posting{Title: "Engineer", RemoteHint: "remote", DescriptionText: "The hire will need to relocate."}, remote: "onsite"},
		{name: "RTO policy applies", p: model.Posting{Title: "Designer", Locations: []string{"Remote"}, DescriptionText: "Our return-to-office policy applies to this position."}, remote: "hybrid"},

		{name: "trap: no relocation required", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "No relocation is required."}, remote: "remote"},
		{name: "trap: relocation not required", p: model.Posting{Title: "Writer", Locations: []string{"Remote"}, DescriptionText: "Relocation is not required."}, remote: "remote"},
		{name: "trap: relocate to a country, still remote", p: model.Posting{Title: "Developer", Locations: []string{"Remote"}, DescriptionText: "Candidates must relocate to Canada; the role stays remote."}, remote: "remote"},
		{name: "trap: relocation help", p: model.Posting{Title: "Developer", Locations: []string{"Remote"}, DescriptionText: "Relocation assistance is available."}, remote: "remote"},
		{name: "trap: policy of other teams", p: model.Posting{Title: "Developer", Locations: []string{"Remote"}, DescriptionText: "Our return-to-office policy applies to hub teams only."}, remote: "remote"},
		{name: "trap: office field untouched", p: model.Posting{Title: "Clerk", Locations: []string{"Leeds"}, DescriptionText: "Relocation is required."}, remote: "!remote"},
	})
}
