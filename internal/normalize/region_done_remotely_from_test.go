package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// The work itself done remotely from a place, in the passive voice
// (doneRemotelyFrom in region_zone_scope_words.go); written for this
// project, traps beside each shape.
func TestDoneRemotelyFrom(t *testing.T) {
	remote := []string{"Remote"}
	runFieldCases(t, []truthCase{
		{name: "worked remotely from two countries", p: model.Posting{Title: "Data Analyst", Locations: remote, DescriptionText: "This role can be worked remotely from the U.S. and Canada. We meet twice a year."}, remote: "remote", regions: "US,CA"},
		{name: "performed fully remotely from one country", p: model.Posting{Title: "Support Lead", Locations: remote, DescriptionText: "The position may be performed fully remotely from Ireland."}, remote: "remote", regions: "IE"},
		{name: "done remotely from anywhere in a country", p: model.Posting{Title: "Tutor", Locations: remote, DescriptionText: "Lessons are done remotely from anywhere in Germany, on your own schedule."}, remote: "remote", regions: "DE"},
		{name: "carried out remotely from a list", p: model.Posting{Title: "Translator", Locations: remote, DescriptionText: "The work is carried out remotely from Spain, Portugal or Italy"}, remote: "remote", regions: "ES,PT,IT"},
		{name: "trap: denied", p: model.Posting{Title: "Nurse Educator", Locations: remote, DescriptionText: "This job cannot be performed remotely from Canada."}, regions: "none"},
		{name: "trap: from home", p: model.Posting{Title: "Bookkeeper", Locations: remote, DescriptionText: "Most tasks can be done remotely from home."}, regions: "none"},
		{name: "trap: from an office", p: model.Posting{Title: "Engineer", Locations: remote, DescriptionText: "Support is performed remotely from our Denver office."}, regions: "none"},
		{name: "trap: outside a country", p: model.Posting{Title: "Writer", Locations: remote, DescriptionText: "The job can be done remotely from outside the United States."}, regions: "none"},
	})
}

// Hiring across the whole world in other words (worldwideHiring in
// regions_extra.go).
func TestHiringAcrossTheWorld(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "across the globe", p: model.Posting{Title: "Designer", RemoteHint: "remote", DescriptionText: "Fully remote: we are hiring across the globe."}, regions: "worldwide"},
		{name: "from all over the world", p: model.Posting{Title: "Designer", RemoteHint: "remote", DescriptionText: "We hire from all over the world and pay in USD."}, regions: "worldwide"},
		{name: "around the world", p: model.Posting{Title: "Designer", RemoteHint: "remote", DescriptionText: "We're recruiting around the world for this role."}, regions: "worldwide"},
		{name: "trap: people between the verb and the world", p: model.Posting{Title: "Designer", RemoteHint: "remote", DescriptionText: "We hire people who have lived all over the world. Remote within the UK."}, regions: "!worldwide"},
	})
}
