package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// deniedHireCases pin region_denied_hire.go: denied hiring clauses name no
// region, a few office days a week after an on-site demand are hybrid, a
// span of time after "anywhere in the world" is a perk, New England and a
// Georgia beside a US town are the US. Traps: demands written with a
// negation ("cannot hire outside", "not ... unless located in"), a work-mode
// denial, five office days, a world with no span of time after it.
var deniedHireCases = []truthCase{
	{name: "not able to hire in a list", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "Sadly we are not able to hire in the following places: Peru, Chile, Bolivia."}, regions: "none"},
	{name: "cannot hire people located in a country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "At present we cannot hire people located in Norway."}, regions: "none"},
	{name: "not open to applicants in a country", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "The vacancy is not open to applicants in Hungary."}, regions: "none"},
	{name: "unable to employ and an allowed list after", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "Open to candidates in Spain and Portugal. We are unable to employ anyone based in France."}, regions: "ES,PT"},
	{name: "trap: cannot hire outside a country", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "We cannot hire outside of Denmark."}, regions: "DK"},
	{name: "trap: states left out of a us role", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "We are unable to hire in Alaska or Hawaii."}, regions: "US"},
	{name: "trap: a work-mode denial keeps the mode", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Leeds, UK"},
		DescriptionText: "Remote work is not available for this vacancy in Leeds."}, remote: "onsite"},
	{name: "on site two days a week is hybrid", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "You are required to be on site 2 days a week at the Leeds branch."}, remote: "hybrid"},
	{name: "role is onsite three days per week", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Leeds, UK"},
		DescriptionText: "This role is onsite three days per week; the rest is from home."}, remote: "hybrid"},
	{name: "trap: on site five days", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "You must be onsite 5 days per week."}, remote: "onsite"},
	{name: "trap: on site with no day count", p: model.Posting{Title: "Bookkeeper", Locations: []string{"Remote"},
		DescriptionText: "You must be onsite at the depot."}, remote: "onsite"},
	{name: "world for some weeks is a perk", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Perk: work from anywhere in the world for up to six weeks each year."}, regions: "none"},
	{name: "world for some days is a perk", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "You may live anywhere in the world for 20 days a year."}, regions: "none"},
	{name: "trap: the world with no span", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "This is remote: work from anywhere in the world."}, regions: "worldwide"},
	{name: "new england is the us", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "You must be based in New England."}, regions: "US"},
	{name: "a georgia beside a us town in a sentence", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "Applicants have to be based in Atlanta, Georgia."}, regions: "US"},
	{name: "trap: georgia alone stays the country", p: model.Posting{Title: "Bookkeeper", RemoteHint: "remote",
		DescriptionText: "You must be located in Georgia."}, regions: "GE"},
}

func TestDeniedHireCases(t *testing.T) {
	runFieldCases(t, deniedHireCases)
}

// TestDeniedHireMask pins maskDeniedHire on its own: it keeps the length
// and blanks only the denied clause.
func TestDeniedHireMask(t *testing.T) {
	for _, c := range []struct{ in, gone, kept string }{
		{"We are not able to hire in Peru. Open to Chile.", "Peru", "Chile"},
		{"We cannot hire outside Denmark.", "", "Denmark"},
		{"Remote work is not available in Leeds.", "", "Leeds"},
		{"Nothing denied about Oslo here.", "", "Oslo"},
		{"We cannot employ anyone who is not located in Estonia.", "", "Estonia"},             // twice denied: a demand
		{"Applicants living in Ghana will not be considered for other reasons.", "", "Ghana"}, // no key: untouched
		{"We do not currently hire in Malta or Cyprus.", "Malta", "."},
	} {
		got := maskDeniedHire(c.in)
		if len(got) != len(c.in) {
			t.Errorf("maskDeniedHire(%q) changed the length", c.in)
		}
		if c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("maskDeniedHire(%q) = %q, want %q blanked", c.in, got, c.gone)
		}
		if !strings.Contains(got, c.kept) {
			t.Errorf("maskDeniedHire(%q) = %q, want %q kept", c.in, got, c.kept)
		}
	}
}
