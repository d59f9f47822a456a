package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// TestModeNegationIndifference pins indifferenceAfter (remote_words_world.go):
// a negation after a work-mode word that says something does not matter
// ("where you live does not matter") leaves the mode as it is; a negation
// of the work itself still denies it.
func TestModeNegationIndifference(t *testing.T) {
	runPostingModeCases(t, []postingModeCase{
		{"finnish place does not matter", model.Posting{Title: "Kääntäjä", DescriptionText: "Kokonaan etätyötä, kotikunnalla ei ole väliä."}, model.RemoteRemote},
		{"finnish no significance", model.Posting{Title: "Kääntäjä", DescriptionText: "Etätyö, paikkakunnalla ei merkitystä."}, model.RemoteRemote},
		{"dutch does not matter", model.Posting{Title: "Vertaler", DescriptionText: "Thuiswerken, waar je woont maakt niet uit."}, model.RemoteRemote},
		{"swedish not important", model.Posting{Title: "Översättare", DescriptionText: "Distansarbete, bostadsort är inte viktigt."}, model.RemoteRemote},
		// traps: the work itself denied
		{"finnish remote not possible", model.Posting{Title: "Kirjanpitäjä", DescriptionText: "Etätyö ei ole mahdollista tässä tehtävässä."}, model.RemoteOnsite},
		{"dutch home work not possible", model.Posting{Title: "Boekhouder", DescriptionText: "Thuiswerken is niet mogelijk."}, model.RemoteOnsite},
	})
}
