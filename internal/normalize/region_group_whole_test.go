package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// groupWholeCases pin wholeRegion's groups of countries (remote_languages.go):
// a title's place tail or a header segment that is a group name.
// Traps: a group word inside a longer segment, a group name on an on-site
// listing, a company name holding a group word.
var groupWholeCases = []truthCase{
	{name: "title tail group on a bare remote", p: model.Posting{Title: "Account Executive - DACH", Locations: []string{"Remote"}}, remote: "remote", regions: "DE,AT,CH"},
	{name: "title bracket group", p: model.Posting{Title: "Solutions Engineer (Nordics)", Locations: []string{"Remote"}}, remote: "remote", regions: "SE,NO,DK,FI,IS"},
	{name: "title tail benelux", p: model.Posting{Title: "Partner Manager – Benelux", RemoteHint: "remote"}, regions: "BE,NL,LU"},

	{name: "trap: group word inside a longer phrase", p: model.Posting{Title: "Account Executive - DACH Enterprise Accounts Team", Locations: []string{"Remote"}}, remote: "remote", regions: "!DE,AT,CH"},
	{name: "trap: on-site listing", p: model.Posting{Title: "Account Executive - DACH", Locations: []string{"Munich, Germany"}, RemoteHint: "onsite"}, regions: "none"},
}

func TestGroupWholeCases(t *testing.T) {
	for _, tc := range groupWholeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
