package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// A sentence that lets the people of one place do the role remotely
// narrows a world or area label to that place. Traps: a denied sentence, a
// product used remotely, a place outside the area, and people located
// anywhere in the world narrow nothing. Each case runs as written and
// behind a long filler, where the key windows are searched.
func TestRemotelyForPeople(t *testing.T) {
	runFieldCasesShortAndLong(t, []truthCase{
		{name: "world label, applicants based in a province", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Worldwide"},
			DescriptionText: "This role can also be done remotely by applicants based in Quebec, Canada."}, regions: "CA"},
		{name: "area label, candidates who live in a member", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - Americas"},
			DescriptionText: "The position may be performed remotely for candidates who live in Chile."}, regions: "CL"},
		{name: "area label, two members", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - EMEA"},
			DescriptionText: "It could be carried out remotely by people located in Kenya or Ghana."}, regions: "KE,GH"},
		{name: "trap: denied sentence", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Worldwide"},
			DescriptionText: "This role cannot be done remotely by applicants based in Quebec."}, regions: "!CA"},
		{name: "trap: a product used remotely", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Worldwide"},
			DescriptionText: "Our tool can be used remotely by clinics in Canada."}, regions: "worldwide"},
		{name: "trap: a place outside the area", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Remote - Europe"},
			DescriptionText: "This role can also be done remotely by applicants based in Brazil."}, regions: "EU"},
		{name: "trap: located anywhere in the world", p: model.Posting{Title: "Claims Analyst", Locations: []string{"Worldwide"},
			DescriptionText: "This role can be done remotely by applicants located anywhere in the world."}, regions: "worldwide"},
	})
}
