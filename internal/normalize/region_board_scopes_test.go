package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// boardScopeCases pin region_board_scopes.go, in words of our own: title notes
// with dotted codes or zone offsets, one-place pleas in titles, a granted
// remote role, street names that hold a remote word, a misspelt country,
// "·" lists with a world entry, the world with a team aside, a denied
// one-place scope, nationwide remote, the world in a remote note and
// labelled time zones; traps where none of them applies.
var boardScopeCases = []truthCase{
	{name: "pipe title remote with dotted country", p: model.Posting{Title: "Globex | QA Analyst | Remote (U.K. only)"}, remote: "remote", regions: "GB"},
	{name: "bracket title remote with dotted country", p: model.Posting{Title: "QA Analyst (Remote, U.S. only)"}, remote: "remote", regions: "US"},
	{name: "pipe title remote with zone offset", p: model.Posting{Title: "Globex | Data Lead | REMOTE (CET +/-3)"}, remote: "remote", regions: "EU"},
	{name: "trap: title remote with days is not a zone", p: model.Posting{Title: "Globex | Data Lead | Remote (2 days)"}, regions: "none"},
	{name: "title plea for one country with a remote hint", p: model.Posting{Title: "canada only please", RemoteHint: "remote"}, regions: "CA"},
	{name: "title plea for the uk in lower case", p: model.Posting{Title: "Support agent - uk only", RemoteHint: "remote"}, regions: "GB"},
	{name: "trap: title plea for no place", p: model.Posting{Title: "Seniors only please", RemoteHint: "remote"}, regions: "none"},
	{name: "role can be remote with a residence demand", p: model.Posting{Title: "Bookkeeper",
		DescriptionText: "The role can be remote, but only candidates living in Ireland will be considered."}, remote: "remote"},
	{name: "trap: can be remote for some days is not granted", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Cork, Ireland"},
		DescriptionText: "The role can be remote two days a week."}, remote: "hybrid"},
	{name: "street named remote is an address", p: model.Posting{Title: "Clerk", Locations: []string{"45 Remote Road, Lakeside"}}, remote: "unknown"},
	{name: "street named virtual is an address", p: model.Posting{Title: "Clerk", Locations: []string{"9 N Virtual Ave, Millbrook"}}, remote: "unknown"},
	{name: "trap: a remote entry beside an address stays", p: model.Posting{Title: "Clerk", Locations: []string{"Remote - US | 45 Remote Road, Lakeside"}}, remote: "remote", regions: "US"},
	{name: "misspelt united states", p: model.Posting{Title: "Clerk", Locations: []string{"United Sates, Remote"}}, regions: "US"},
	{name: "dot list with a world entry over an office", p: model.Posting{Title: "Dev", Locations: []string{"Remote · Worldwide · Lyon, France"}}, regions: "worldwide"},
	{name: "trap: dot list without a world entry", p: model.Posting{Title: "Dev", Locations: []string{"Remote · Lyon, France"}}, regions: "FR"},
	{name: "world with a team aside", p: model.Posting{Title: "Dev", Locations: []string{"Remote worldwide (Berlin team)"}}, regions: "worldwide"},
	{name: "denied one place scope and hiring anywhere", p: model.Posting{Title: "Dev", RemoteHint: "remote",
		DescriptionText: "This is not a UK-only job: we hire from anywhere."}, regions: "worldwide"},
	{name: "trap: one place scope not denied", p: model.Posting{Title: "Dev", RemoteHint: "remote",
		DescriptionText: "This is a UK-only job."}, regions: "GB"},
	{name: "nationwide remote", p: model.Posting{Title: "Adjuster", Locations: []string{"Nationwide - Remote"}}, regions: "US"},
	{name: "trap: nationwide beside a named country", p: model.Posting{Title: "Adjuster", Locations: []string{"Remote - Nationwide (Kenya)"}}, regions: "KE"},
	{name: "remote note of the whole world", p: model.Posting{Title: "Writer", DescriptionText: "Remote: anywhere in the world, async first."}, regions: "worldwide"},
	{name: "labelled zone with european hours", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "About us\nTime zone: CEST, give or take two hours"}, regions: "EU"},
	{name: "labelled zone with an american span", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Timezone: GMT-4 to GMT-7"}, regions: "Americas"},
	{name: "labelled zone with us zone names", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Timezones: EST or PST"}, regions: "US"},
	{name: "trap: labelled zone with an asian span", p: model.Posting{Title: "Writer", RemoteHint: "remote",
		DescriptionText: "Timezone: UTC+5 to UTC+9"}, regions: "none"},
}

func TestBoardScopeCases(t *testing.T) {
	runFieldCases(t, boardScopeCases)
}

// TestZoneHoursHeadingWord pins the zoneHours guard in regions_extra.go: a
// heading ending in "us" above a time zone line is not a US zone.
func TestZoneHoursHeadingWord(t *testing.T) {
	runFieldCases(t, []truthCase{
		{name: "heading about us over a zone line", p: model.Posting{Title: "Writer", RemoteHint: "remote",
			DescriptionText: "Who we are\nJoin us\nTime zone: CEST, give or take two hours"}, regions: "EU"},
		{name: "trap: us time zones on one line", p: model.Posting{Title: "Writer", RemoteHint: "remote",
			DescriptionText: "You will work US time zones."}, regions: "US"},
	})
}
