package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// scifCases pin remote_scif_onsite.go: work placed in a SCIF is on-site.
// Traps: a sentence denying or limiting SCIF work, remote or hybrid
// wording beside it, the acronym in another sense of the text, a remote
// location.
var scifCases = []truthCase{
	{name: "work in a SCIF", p: model.Posting{Title: "Systems Analyst", DescriptionText: "Daily duties are carried out in a SCIF."}, remote: "onsite"},
	{name: "SCIF environment", p: model.Posting{Title: "Network Engineer", DescriptionText: "You will support users in a classified SCIF environment in Chantilly."}, remote: "onsite"},
	{name: "SCIF-based position", p: model.Posting{Title: "Analyst", DescriptionText: "This is a SCIF-based position supporting a federal customer."}, remote: "onsite"},

	{name: "trap: no SCIF work", p: model.Posting{Title: "Analyst", DescriptionText: "This role does not require work in a SCIF."}, remote: "unknown"},
	{name: "trap: occasional SCIF visits", p: model.Posting{Title: "Analyst", DescriptionText: "Occasional visits to work in a SCIF in Reston."}, remote: "unknown"},
	{name: "trap: remote with SCIF days", p: model.Posting{Title: "Analyst", DescriptionText: "Mostly remote, with some days in a SCIF."}, remote: "!onsite"},
	{name: "trap: remote location stays remote", p: model.Posting{Title: "Analyst", Locations: []string{"Remote"}, DescriptionText: "Reports are reviewed in a SCIF by another team."}, remote: "remote"},
	{name: "trap: lowercase word", p: model.Posting{Title: "Analyst", DescriptionText: "Our scif team writes fiction in a scif club."}, remote: "unknown"},
}

func TestSCIFCases(t *testing.T) {
	for _, tc := range scifCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
