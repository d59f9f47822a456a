package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// descLocationLineCases pin region_desc_location_line.go: a description
// location line standing in for a missing location field. Traps: a
// location field present, a place already scoped in the text, the label
// inside a sentence, an on-site listing, a line naming no place, a line
// naming an office to visit.
var descLocationLineCases = []truthCase{
	{name: "work type line then a country line", p: model.Posting{Title: "Support Engineer", DescriptionText: "Work type: Remote\nLocation: Portugal\nWe build billing tools."}, remote: "remote", regions: "PT"},
	{name: "hint and a city line", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", DescriptionText: "Location: Kraków\nA small team."}, remote: "remote", regions: "PL"},
	{name: "hybrid with a bulleted line", p: model.Posting{Title: "Support Engineer", RemoteHint: "hybrid", DescriptionText: "- Location: Sevilla, Spain\n- Team: Payments"}, remote: "hybrid", regions: "ES"},
	{name: "chinese work place line", p: model.Posting{Title: "客服工程師", RemoteHint: "remote", DescriptionText: "職缺說明\n工作地點：新竹市\n薪資面議"}, remote: "remote", regions: "TW"},

	{name: "trap: a location field is given", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", Locations: []string{"Remote"}, DescriptionText: "Location: Portugal"}, remote: "remote", regions: "none"},
	{name: "trap: the label inside a sentence", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", DescriptionText: "Our main location: Portugal, where the founders met."}, remote: "remote", regions: "none"},
	{name: "trap: an on-site listing", p: model.Posting{Title: "Support Engineer", RemoteHint: "onsite", DescriptionText: "Location: Portugal"}, remote: "onsite", regions: "none"},
	{name: "trap: a line naming no place", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", DescriptionText: "Location: flexible\nWe ship weekly."}, remote: "remote", regions: "none"},
	{name: "trap: an office to visit", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", DescriptionText: "Location: Porto hub, monthly visits\nWe work remotely."}, remote: "remote", regions: "none"},
	{name: "trap: the text already scopes the role", p: model.Posting{Title: "Support Engineer", RemoteHint: "remote", DescriptionText: "Location: Portugal\nThis role is open to candidates in Canada only."}, remote: "remote", regions: "CA"},
}

func TestDescLocationLineCases(t *testing.T) {
	for _, tc := range descLocationLineCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
