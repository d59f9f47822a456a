package normalize

import (
	"slices"
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// whereFromCases pin region_where_from.go, in words of our own: a further
// eligible place beside a demand, the world but a place, the world
// denied, a world entry over an office entry, a US zone listed beside a
// European one, and the fills for a remote listing with no region
// (requirements blocks, resident status, US coast hours, Schengen); traps
// where none of them applies.
var whereFromCases = []truthCase{
	{name: "demand and a further country also eligible", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You must be authorized to work in Germany. People in Austria are also eligible."}, regions: "DE,AT"},
	{name: "work right demand and residents may also apply", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Applicants need the right to work in the UK; applicants based in Malta may also be considered."}, regions: "GB,MT"},
	{name: "demonym citizens may also apply", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Must be a US citizen. Mexican citizens may also apply."}, regions: "US,MX"},
	{name: "we are also able to hire in a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Candidates must be authorized to work in Canada; we are also able to hire in Brazil."}, regions: "CA,BR"},
	{name: "location country and also eligible", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Spain"},
		DescriptionText: "Candidates in Portugal are also eligible."}, regions: "ES,PT"},
	{name: "trap: also eligible with no demand stays", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Candidates in Peru are also eligible for the referral bonus program."}, regions: "PE"},
	{name: "trap: also eligible beside the world", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Worldwide"},
		DescriptionText: "Candidates in Chile are also eligible."}, regions: "worldwide"},
	{name: "the world but a country is no region", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "We hire people anywhere except Peru."}, regions: "none"},
	{name: "trap: a demand beside an exception elsewhere", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You must live in Norway. Benefits apply to all staff except contractors."}, regions: "NO"},
	{name: "the world denied", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "The job is remote, but not worldwide."}, regions: "none"},
	{name: "trap: the world not denied", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Work from anywhere in the world; we do not mind where you are."}, regions: "worldwide"},
	{name: "home based world entry over an office entry", p: model.Posting{Title: "Tester",
		Locations: []string{"Home based - Worldwide; Office Based - Oslo, Norway"}}, regions: "worldwide"},
	{name: "remote global entry over offices and areas", p: model.Posting{Title: "Tester",
		Locations: []string{"Austin, TX; Remote, Global; Europe Remote"}}, regions: "worldwide"},
	{name: "trap: no world entry keeps the places", p: model.Posting{Title: "Tester",
		Locations: []string{"Remote - Canada; Office Based - Oslo, Norway"}}, regions: "CA"},
	{name: "eastern or european zones", p: model.Posting{Title: "Tester",
		Locations: []string{"Anywhere - Eastern or European Time Zones"}}, regions: "EU,US"},
	{name: "european or pacific hours", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "You will work European or Pacific hours."}, regions: "US,EU"},
	{name: "schengen area location", p: model.Posting{Title: "Tester", Locations: []string{"Remote - Schengen Area"}}, regions: "EU"},
	{name: "requirements block with a work right item", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "About the job\nBuild tools.\n\nRequirements\n- Right to work in Ireland\n- Three years of SQL"}, regions: "IE"},
	{name: "looking for block with a location item", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "What we're looking for:\n* Based in Belgium\n* Good French"}, regions: "BE"},
	{name: "trap: nice to have block adds nothing", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Nice to have:\n- Based in Belgium\n- Good French"}, regions: "none"},
	{name: "trap: requirements block without a place", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Requirements\n- Five years of Go\n- Located near good coffee"}, regions: "none"},
	{name: "required resident status", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "This role requires Canadian resident status."}, regions: "CA"},
	{name: "trap: a call time is no hours demand", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "The webinar runs 10-11 ET on Tuesday."}, regions: "none"},
	{name: "east coast hours overlap", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Please overlap with East Coast business hours."}, regions: "US"},
	{name: "trap: a coast trip is no hours", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Our retreat is on the West Coast of Ireland."}, regions: "none"},
	{name: "from any US state but one", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "The work can be done from any US state except Hawaii."}, regions: "US"},
	{name: "within any province of Canada", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Work within any province of Canada."}, regions: "CA"},
	{name: "open globally except sanctioned countries", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Open globally, except for sanctioned countries."}, regions: "worldwide"},
	{name: "trap: anywhere except a country", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Open to candidates anywhere except Brazil."}, regions: "none"},
	{name: "trap: shipping to any US state", p: model.Posting{Title: "Tester", RemoteHint: "remote",
		DescriptionText: "Our kits ship to any US state within a week."}, regions: "none"},
}

// TestAnyStateOfKey checks anyStateOf's key regexp against its plain
// regexp.
func TestAnyStateOfKey(t *testing.T) {
	texts := append(keyTexts(t), "Work in any state in the U.S. or from any Australian territory.", "any US state", "from any u. s. state")
	for _, tc := range whereFromCases {
		texts = append(texts, tc.p.DescriptionText)
	}
	for _, s := range texts {
		checkKey(t, "anyStateOf", anyStateOf, s)
	}
}

func TestWhereFromCases(t *testing.T) {
	runFieldCases(t, whereFromCases)
}

// TestWhereFromLitRegexps checks that the window search of each lit
// regexp of region_where_from.go finds what its plain regexp finds over the
// whole text, where the match holds a literal.
func TestWhereFromLitRegexps(t *testing.T) {
	texts := keyTexts(t)
	for _, tc := range whereFromCases {
		texts = append(texts, tc.p.DescriptionText)
		texts = append(texts, tc.p.Locations...)
	}
	for name, l := range map[string]*litRegexp{"alsoEligible": alsoEligible, "worldExcept": worldExcept,
		"zoneListUSRe": zoneListUSRe, "residentStatus": residentStatus, "usCoastHours": usCoastHours} {
		for _, s := range texts {
			var want []int
			for _, m := range l.re().FindAllStringIndex(s, -1) {
				for _, lit := range l.lits {
					if k := strings.Index(s[m[0]:m[1]], lit); k >= 0 && (l.next == nil || slices.ContainsFunc(l.next, func(w string) bool { return hasPrefixFold(s[m[0]+k+len(lit):], w) })) {
						want = append(want, m[0])
						break
					}
				}
			}
			var got []int
			for _, m := range l.FindAll(s) {
				got = append(got, m[0])
			}
			if !slices.Equal(got, want) {
				t.Errorf("%s on %.60q: starts %v, want %v", name, s, got, want)
			}
		}
	}
}
