package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleScopeCases pin region_title_scope_global.go: an "(X only)" bracket
// or a leading "Remote (X)" note narrows a global location label, and a
// leading note makes a title with no location remote. Traps: a product
// after a dash, a technology, an office bracket, a role before a colon.
var titleScopeCases = []truthCase{
	{name: "only bracket over a global label", p: model.Posting{Title: "Support Lead (Canada only)", Locations: []string{"Global - Remote"}}, remote: "remote", regions: "CA"},
	{name: "only bracket over worldwide", p: model.Posting{Title: "Designer (EU only)", Locations: []string{"Remote - Worldwide"}}, remote: "remote", regions: "EU"},
	{name: "leading bracket over a global label", p: model.Posting{Title: "Remote (UK) Data Analyst", Locations: []string{"Global - Remote"}}, remote: "remote", regions: "GB"},
	{name: "leading note with a dash", p: model.Posting{Title: "Remote Germany - Sales Engineer", Locations: []string{"Anywhere"}}, remote: "remote", regions: "DE"},
	{name: "leading bracket alone", p: model.Posting{Title: "Remote (Brazil) Mobile Developer"}, remote: "remote", regions: "BR"},
	{name: "fully remote bracket with a colon", p: model.Posting{Title: "Fully Remote (LATAM): QA Tester"}, remote: "remote", regions: "LATAM"},

	{name: "trap: a product after the dash", p: model.Posting{Title: "Remote Backend Engineer - Brazil Lending", Locations: []string{"Global - Remote"}}, remote: "remote", regions: "worldwide"},
	{name: "trap: remote sensing", p: model.Posting{Title: "Remote Sensing (EU) Analyst"}, remote: "!remote"},
	{name: "trap: office cities in a bracket", p: model.Posting{Title: "Support Engineer (Oslo / Bergen)", Locations: []string{"Global - Remote"}}, regions: "worldwide"},
	{name: "trap: a role, not a place, before the colon", p: model.Posting{Title: "Remote Team Lead: Payments", Locations: []string{"Global - Remote"}}, regions: "worldwide"},
	{name: "trap: a language only", p: model.Posting{Title: "Tutor (Spanish only)", Locations: []string{"Remote - Worldwide"}}, regions: "worldwide"},
}

func TestTitleScopeCases(t *testing.T) {
	runFieldCases(t, titleScopeCases)
}

// FuzzLeadRemoteScope reads any title: no panic; places come with a note
// that opens the title and says remote.
func FuzzLeadRemoteScope(f *testing.F) {
	for _, tc := range titleScopeCases {
		f.Add(tc.p.Title)
	}
	f.Fuzz(func(t *testing.T, s string) {
		note, rs := leadRemoteScope(s)
		if len(rs) == 0 {
			if note != "" {
				t.Errorf("leadRemoteScope(%q) = %q with no places", s, note)
			}
			return
		}
		if !containsFold(note, "remote") || !strings.HasPrefix(strings.TrimSpace(s), note) {
			t.Errorf("leadRemoteScope(%q) note %q", s, note)
		}
	})
}
