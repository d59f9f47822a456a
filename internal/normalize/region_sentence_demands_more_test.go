package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// demandsMoreCases pin region_sentence_demands_more.go: a demand as an
// order or about "you", a U.S. person, a "-wide" place; traps where the
// sentence names a place without demanding it.
var demandsMoreCases = []truthCase{
	{name: "an order narrows a worldwide label", p: model.Posting{Title: "Designer", Locations: []string{"Anywhere - Remote"},
		DescriptionText: "Please read carefully. Reside in Canada or the United States."}, regions: "CA,US"},
	{name: "an order as a list item", p: model.Posting{Title: "Designer", Locations: []string{"Remote, Worldwide"},
		DescriptionText: "What we need:\n• Be located in Portugal\n• Strong Figma skills"}, regions: "PT"},
	{name: "you will be based in narrows an area", p: model.Posting{Title: "Designer", Locations: []string{"Remote - EMEA"},
		DescriptionText: "You will be based in Kenya and report to our Head of Design."}, regions: "KE"},
	{name: "a U.S. person for export control", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Because of export rules, applicants must be a U.S. person."}, regions: "US"},
	{name: "U.S. persons only", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "This program is restricted: US persons only."}, regions: "US"},
	{name: "a place-wide remote position", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "This is an Ireland-wide remote position."}, regions: "IE"},
	{name: "trap: a condition on where you are", p: model.Posting{Title: "Designer", Locations: []string{"Remote, Worldwide"},
		DescriptionText: "If you're based in Spain, we can meet in person now and then."}, regions: "worldwide"},
	{name: "trap: a place you need not be in", p: model.Posting{Title: "Designer", Locations: []string{"Remote, Worldwide"},
		DescriptionText: "You don't need to be based in Paris to join."}, regions: "worldwide"},
	{name: "trap: a company-wide policy", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "Our company-wide remote policy is generous."}, regions: "none"},
	{name: "trap: a person who is no U.S. person", p: model.Posting{Title: "Designer", RemoteHint: "remote",
		DescriptionText: "You do not need to be a U.S. person for this role."}, regions: "none"},
	{name: "trap: an order outside the label stays the label", p: model.Posting{Title: "Designer", Locations: []string{"Remote - LATAM"},
		DescriptionText: "Be based in Germany for occasional travel? Not needed."}, regions: "LATAM"},
}

func TestDemandsMoreCases(t *testing.T) {
	runFieldCases(t, demandsMoreCases)
}

// TestDemandsMoreKeyRegexps checks the key regexps against their plain
// regexps.
func TestDemandsMoreKeyRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range demandsMoreCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "youBasedIn", youBasedIn, s)
		checkKey(t, "wideAdjective", wideAdjective, s)
	}
}
