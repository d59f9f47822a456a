package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// anywhereWorldWordCases pin the world word after "anywhere" in worldwideOpen
// (regions_extra.go): "work from anywhere worldwide." and "... anywhere
// globally" end the phrase as "anywhere in the world" does. Traps: a span
// of days after the world word is a perk, and a place after "anywhere" is
// left to the place readers.
var anywhereWorldWordCases = []truthCase{
	{name: "anywhere worldwide closed by a full stop", p: model.Posting{Title: "Copy Editor", Locations: []string{"Remote"},
		DescriptionText: "Edit our help pages and work from anywhere worldwide."}, regions: "worldwide"},
	{name: "anywhere globally at the end", p: model.Posting{Title: "Copy Editor", RemoteHint: "remote",
		DescriptionText: "Our editors are spread out and work remotely from anywhere globally"}, regions: "worldwide"},
	{name: "living anywhere worldwide then a new sentence", p: model.Posting{Title: "Copy Editor", Locations: []string{"Remote"},
		DescriptionText: "You can live anywhere worldwide. We meet online each Monday."}, regions: "worldwide"},
	{name: "trap: a span of days after the world word is a perk", p: model.Posting{Title: "Copy Editor", RemoteHint: "remote",
		DescriptionText: "Perk: work from anywhere worldwide for three weeks each year."}, regions: "none"},
	{name: "trap: a place after anywhere", p: model.Posting{Title: "Copy Editor", Locations: []string{"Remote"},
		DescriptionText: "Work from anywhere in Portugal."}, regions: "PT"},
}

func TestAnywhereWorldWordCases(t *testing.T) {
	runFieldCases(t, anywhereWorldWordCases)
}
