package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// locRegionCase is a remote listing's title, location and description,
// and the regions wanted (sorted; nil for none).
type locRegionCase struct {
	title, loc, text string
	want             []string
}

func checkLocRegions(t *testing.T, tests []locRegionCase) {
	t.Helper()
	for _, tt := range tests {
		title := tt.title
		if title == "" {
			title = "Platform Engineer"
		}
		p := model.Posting{Title: title, RemoteHint: "remote", DescriptionText: tt.text}
		if tt.loc != "" {
			p.Locations = []string{tt.loc}
		}
		l := Normalize(&p, Options{})
		got := slices.Clone(l.RemoteRegions)
		slices.Sort(got)
		if len(got) == 0 {
			got = nil
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q / %q / %q: regions %v, want %v", tt.title, tt.loc, tt.text, l.RemoteRegions, tt.want)
		}
	}
}

// TestMENAAndAfricaGroups: the Middle East and North Africa, the Gulf
// named as a group, and Africa (the continent or a part of it) are group
// codes of their own; a country in them stays that country.
func TestMENAAndAfricaGroups(t *testing.T) {
	checkLocRegions(t, []locRegionCase{
		{loc: "Remote – MENA", want: []string{"MENA"}},
		{loc: "Middle East (remote)", want: []string{"MENA"}},
		{loc: "Remote, the Middle-East", want: []string{"MENA"}},
		{loc: "Remote | GCC", want: []string{"MENA"}},
		{loc: "Gulf countries - remote", want: []string{"MENA"}},
		{loc: "Remote within the Middle East and North Africa", want: []string{"MENA"}},
		{loc: "Remote — Levant", want: []string{"MENA"}},
		{loc: "Remote: Africa", want: []string{"Africa"}},
		{loc: "Sub-Saharan Africa (remote)", want: []string{"Africa"}},
		{loc: "Remote - East Africa", want: []string{"Africa"}},
		{loc: "Remote; West Africa or Central Africa", want: []string{"Africa"}},
		{loc: "Europe, Middle East, Africa (remote)", want: []string{"EMEA"}},
		{loc: "Remote - MENA, India", want: []string{"IN", "MENA"}},
		{loc: "Remote (KSA)", want: []string{"SA"}},
		{loc: "Remote – MEA", want: []string{"Africa", "MENA"}},
		{loc: "Remote - Western Balkans", want: []string{"AL", "BA", "ME", "MK", "RS", "XK"}},
		{loc: "Remote, CEE", want: []string{"EU"}},
		{loc: "Remote (Caribbean)", want: []string{"LATAM"}},
		{loc: "Ajman, Emirates", want: []string{"AE"}},
		{title: "Regional Account Director - GCC", want: []string{"MENA"}},
		{text: "This role is open to African applicants.", want: []string{"Africa"}},
		{text: "Our team works from Kenya, Uganda and Rwanda; you can work from Ghana too.", want: []string{"GH"}},
		{text: "You will be working remotely from Nigeria.", want: []string{"NG"}},
		// Traps: South Africa is a country, the US Gulf Coast and the
		// compiler are no region, a US demographic is no place, and an
		// office or home after "work from" names no scope.
		{loc: "Remote - South Africa", want: []string{"ZA"}},
		{loc: "Remote, Gulf Coast", want: nil},
		{loc: "Remote - SEA", want: nil},
		{loc: "Gulf Shores, AL", want: []string{"US"}},
		{text: "You will maintain our gcc and clang toolchains.", want: nil},
		{text: "We encourage African American and Hispanic candidates to apply.", want: nil},
		{text: "Some days you may work from our Lagos office.", want: nil},
		{text: "Work from home, with flexible hours.", want: nil},
	})
}

// TestMENAAndAfricaCovers: EMEA covers both new groups and their
// countries; MENA and Africa cover their own countries only.
func TestMENAAndAfricaCovers(t *testing.T) {
	for _, tt := range []struct {
		outer, inner string
		want         bool
	}{
		{"EMEA", "MENA", true}, {"EMEA", "Africa", true}, {"EMEA", "NG", true}, {"EMEA", "JO", true},
		{"MENA", "AE", true}, {"MENA", "EG", true}, {"Africa", "EG", true}, {"Africa", "KE", true},
		{"MENA", "KE", false}, {"Africa", "AE", false}, {"MENA", "FR", false}, {"Africa", "Africa", false},
	} {
		if got := areaHolds(tt.outer, tt.inner); got != tt.want {
			t.Errorf("areaHolds(%s, %s) = %v, want %v", tt.outer, tt.inner, got, tt.want)
		}
	}
}
