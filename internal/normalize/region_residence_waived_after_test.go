package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// residenceWaivedAfterCases pin region_residence_waived_after.go. Traps:
// a residence sentence followed by another requirement's waiver, a
// residence clause inside a longer sentence, a plain residence clause,
// a waiver of something other than residence.
var residenceWaivedAfterCases = []truthCase{
	{name: "worldwide location, residence clause waived", p: model.Posting{Title: "Writer", Locations: []string{"Work from anywhere"},
		DescriptionText: "Fully remote. Must live in the UK or Ireland is not required for this role."}, remote: "remote", regions: "worldwide"},
	{name: "residing clause is not a requirement", p: model.Posting{Title: "Designer", Locations: []string{"Remote (Worldwide)"},
		DescriptionText: "Distributed team. Residing in the European Union is not a requirement."}, remote: "remote", regions: "worldwide"},

	{name: "trap: residence kept, relocation waived", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "You must reside in Canada. Relocation is not required."}, remote: "remote", regions: "CA"},
	{name: "trap: residence kept, a degree waived after a semicolon", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Must be based in Germany; a degree is not required."}, remote: "remote", regions: "DE"},
	{name: "trap: plain residence clause", p: model.Posting{Title: "Writer", Locations: []string{"Remote"},
		DescriptionText: "Applicants must reside in Australia."}, remote: "remote", regions: "AU"},
}

func TestResidenceWaivedAfterCases(t *testing.T) {
	for _, tc := range residenceWaivedAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
