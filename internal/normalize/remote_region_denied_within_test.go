package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// deniedBaseWithinCases pin remote_region_denied_within.go: a denied residence
// clause names no region of the role, and a remote note with a bracketed
// "within" scope is a remote role; traps where the clause is not denied or
// the bracket is something else.
var deniedBaseWithinCases = []truthCase{
	{name: "applicants cannot be based in a country", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Applicants cannot be based in Norway."}, regions: "none"},
	{name: "hires are not located in a country", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Hires are not located in Belgium for this role."}, regions: "none"},
	{name: "you must not reside in a country", p: model.Posting{Title: "Planner", RemoteHint: "remote",
		DescriptionText: "For tax reasons you must not reside in Austria."}, regions: "none"},
	{name: "a later clause still counts", p: model.Posting{Title: "Planner", RemoteHint: "remote",
		DescriptionText: "You cannot be based in Ireland; you must be based in Portugal."}, regions: "PT"},
	{name: "trap: must be based in a country", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Applicants must be based in Norway."}, regions: "NO"},
	{name: "trap: not only but also", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "Whatever you do, you will be based in Denmark."}, regions: "DK"},
	{name: "remote with a within-zone bracket", p: model.Posting{Title: "Planner",
		DescriptionText: "Part-time / GMT / (Remote (within 3 hours of GMT))"}, remote: "remote"},
	{name: "remote segment with a within-area bracket", p: model.Posting{Title: "Planner",
		DescriptionText: "Contract | Remote (within the Nordics)"}, remote: "remote"},
	{name: "trap: a bracket that is not a within scope", p: model.Posting{Title: "Planner",
		DescriptionText: "Our remote (asynchronous) culture is described on the blog."}, remote: "unknown"},
}

func TestDeniedBaseWithinCases(t *testing.T) {
	runFieldCases(t, deniedBaseWithinCases)
}

// remotelyDeniedCases pin the denial on "work remotely in": a clause
// that says the hire may not work remotely from a place gives no region.
var remotelyDeniedCases = []truthCase{
	{name: "you cannot work remotely within a country", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "You cannot work remotely within Italy."}, regions: "none"},
	{name: "trap: you can work remotely within a country", p: model.Posting{Title: "Planner", Locations: []string{"Remote"},
		DescriptionText: "You can work remotely within Italy."}, regions: "IT"},
}

func TestRemotelyDeniedCases(t *testing.T) {
	runFieldCases(t, remotelyDeniedCases)
}
