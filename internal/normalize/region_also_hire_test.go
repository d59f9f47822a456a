package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// alsoHireCases pin region_also_hire.go: a place added with "also"; traps
// where "also" adds none.
var alsoHireCases = []truthCase{
	{name: "also hire in a country beside an area", p: model.Posting{Title: "Writer", Locations: []string{"Remote - Europe"},
		DescriptionText: "We also hire in Canada."}, regions: "EU,CA"},
	{name: "also welcome candidates from a list", p: model.Posting{Title: "Writer", Locations: []string{"Remote, UK"},
		DescriptionText: "We also welcome candidates from Ireland and Malta."}, regions: "GB,IE,MT"},
	{name: "also hire worldwide", p: model.Posting{Title: "Writer", Locations: []string{"Remote (US)"},
		DescriptionText: "Based in the US? Great. We also hire worldwide."}, regions: "worldwide"},
	{name: "the world beside a country is the world", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Remote within Canada or worldwide."}, regions: "worldwide"},
	{name: "trap: a country alone stays the country", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Remote within Canada."}, regions: "CA"},
	{name: "trap: also an office", p: model.Posting{Title: "Writer", Locations: []string{"Remote - Europe"},
		DescriptionText: "We also have an office in Toronto."}, regions: "EU"},
	{name: "trap: we do not also hire", p: model.Posting{Title: "Writer", Locations: []string{"Remote - Europe"},
		DescriptionText: "We do not also hire in Canada for this team."}, regions: "EU"},
	{name: "trap: also hiring for a role", p: model.Posting{Title: "Writer", Locations: []string{"Remote - Europe"},
		DescriptionText: "We are also hiring a designer."}, regions: "EU"},
	{name: "trap: also without a region read", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "We also hire in Canada."}, regions: "CA"},
}

func TestAlsoHireCases(t *testing.T) {
	runFieldCases(t, alsoHireCases)
}

// TestAlsoHireKeyRegexp checks alsoHire against its plain regexp.
func TestAlsoHireKeyRegexp(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range alsoHireCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "alsoHire", alsoHire, s)
	}
}
