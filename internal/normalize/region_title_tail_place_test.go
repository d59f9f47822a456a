package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleTailPlaceCases pin region_title_tail_place.go. Traps: a list of
// skills or levels in the bracket, a language with "only".
var titleTailPlaceCases = []truthCase{
	{name: "town and state in brackets", p: model.Posting{Title: "Solutions Engineer (Seattle, WA)", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "US"},
	{name: "california is no canada", p: model.Posting{Title: "Support Lead (San Diego, CA)", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "US"},
	{name: "town and province after a dash", p: model.Posting{Title: "Field Marketing Manager - Toronto, ON", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "indian town code", p: model.Posting{Title: "Data Analyst (Pune, IN)", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "IN"},
	{name: "country only at the end", p: model.Posting{Title: "Support Specialist Canada Only", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "CA"},
	{name: "code only after a dash", p: model.Posting{Title: "Account Manager - UK only", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "GB"},

	{name: "town and state with no separator", p: model.Posting{Title: "Backend Engineer Austin, TX", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "US"},
	{name: "two-word town with no separator", p: model.Posting{Title: "Nurse Practitioner Fort Worth, TX", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "US"},
	{name: "trap: skills in brackets", p: model.Posting{Title: "Backend Engineer (Python, Go)", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: levels in brackets", p: model.Posting{Title: "Platform Engineer (Senior, Staff)", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: a title word and a code", p: model.Posting{Title: "Data Engineer, AI", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "none"},
	{name: "trap: a language only", p: model.Posting{Title: "Tutor - English speakers only", Locations: []string{"Remote"}, RemoteHint: "remote"}, regions: "none"},
}

func TestTitleTailPlaceCases(t *testing.T) {
	for _, tc := range titleTailPlaceCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
