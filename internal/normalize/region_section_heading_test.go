package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// sectionPlaceCases pin region_section_heading.go. Traps: a section that
// says "Remote", a heading inside a sentence, a list with a non-place, a
// region already named by a location.
var sectionPlaceCases = []truthCase{
	{name: "locations section beats anywhere", p: model.Posting{Title: "Dev", DescriptionText: "About us\nWork from anywhere.\n\nLocations\nSpain, Italy\n\nPerks\nGym.\n"}, regions: "ES,IT"},
	{name: "localisation heading with a colon", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Localisation:\nFrance or Belgium\nWe are a team of ten."}, regions: "FR,BE"},
	{name: "countries heading", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Countries\nMexico, Colombia, Chile\n"}, regions: "MX,CO,CL"},

	{name: "trap: section says remote", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "About us\nWork from anywhere.\n\nLocation\nRemote\n"}, regions: "worldwide"},
	{name: "trap: heading inside a sentence", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Work from anywhere. Our location\nGermany is our home."}, regions: "worldwide"},
	{name: "trap: a list with a non-place", p: model.Posting{Title: "Dev", Locations: []string{"Remote"}, DescriptionText: "Work from anywhere.\nLocations\nGermany, coffee shops\n"}, regions: "worldwide"},
	{name: "trap: a location already named", p: model.Posting{Title: "Dev", Locations: []string{"Remote - Sweden"}, DescriptionText: "Locations\nSpain, Italy\n"}, regions: "SE"},
}

func TestSectionPlaceCases(t *testing.T) { runFieldCases(t, sectionPlaceCases) }

// FuzzSectionPlaces reads any text: no panic, and places only with a
// line break in the text.
func FuzzSectionPlaces(f *testing.F) {
	for _, tc := range sectionPlaceCases {
		f.Add(tc.p.DescriptionText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		rs := sectionPlaces(s)
		if len(rs) > 0 && !containsFold(s, "\n") {
			t.Errorf("sectionPlaces(%q) = %v with no line break", s, rs)
		}
		for _, r := range rs {
			if r == "" || r == RegionWorldwide {
				t.Errorf("sectionPlaces(%q) = %v", s, rs)
			}
		}
		ri := reviseSectionPlaces(s, RemoteInfo{Remote: model.RemoteOnsite, Regions: []string{}})
		if len(ri.Regions) != 0 {
			t.Errorf("reviseSectionPlaces gave an on-site listing regions %v", ri.Regions)
		}
	})
}
