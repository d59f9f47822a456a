package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// officeWorldTextCases pin region_office_world_text.go: a plain office place
// in the location and a description that opens the remote work to the whole
// world. Traps: a place after "anywhere", a perk of a few weeks, a remote
// word in the location, a hybrid listing, a work right that narrows the
// world to one country.
var officeWorldTextCases = []truthCase{
	{name: "city and live anywhere", p: model.Posting{Title: "Data Analyst", Locations: []string{"Lisbon, Portugal"}, DescriptionHTML: "This is a remote position. You may live anywhere."}, remote: "remote", regions: "worldwide"},
	{name: "state code city and work from anywhere", p: model.Posting{Title: "Data Analyst", Locations: []string{"Denver, CO"}, RemoteHint: "remote", DescriptionHTML: "Our team is distributed, and you can work from anywhere!"}, regions: "worldwide"},
	{name: "city and hiring worldwide", p: model.Posting{Title: "Data Analyst", Locations: []string{"Toronto"}, RemoteHint: "remote", DescriptionHTML: "We are hiring worldwide for this role."}, regions: "worldwide"},

	{name: "trap: anywhere in a country", p: model.Posting{Title: "Data Analyst", Locations: []string{"Denver, CO"}, RemoteHint: "remote", DescriptionHTML: "You can work from anywhere in the US."}, regions: "US"},
	{name: "trap: a few weeks away", p: model.Posting{Title: "Data Analyst", Locations: []string{"Lisbon, Portugal"}, RemoteHint: "remote", DescriptionHTML: "Perk: work from anywhere for three weeks each year."}, regions: "PT"},
	{name: "trap: remote word in the location", p: model.Posting{Title: "Data Analyst", Locations: []string{"Remote - Canada"}, DescriptionHTML: "You can work from anywhere."}, remote: "remote", regions: "CA"},
	{name: "trap: hybrid listing", p: model.Posting{Title: "Data Analyst", Locations: []string{"Lisbon, Portugal"}, RemoteHint: "hybrid", DescriptionHTML: "Hybrid: two office days, the rest you can work from anywhere."}, regions: "PT"},
	{name: "trap: a work right narrows the world", p: model.Posting{Title: "Data Analyst", Locations: []string{"Denver, CO"}, RemoteHint: "remote", DescriptionHTML: "Work from anywhere. Candidates must be authorized to work in the United States."}, regions: "US"},
}

func TestOfficeWorldTextCases(t *testing.T) {
	for _, tc := range officeWorldTextCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
