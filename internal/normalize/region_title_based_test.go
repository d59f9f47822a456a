package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleBasedCases pin region_title_based.go: a remote listing whose
// title says where the worker is based. Traps: a workplace or a town
// before "based", and a word ending in "based".
var titleBasedCases = []truthCase{
	{name: "country code hyphen based in brackets", p: model.Posting{Title: "Claims Adjuster (US-Based)", Locations: []string{"Remote"}}, remote: "remote", regions: "US"},
	{name: "country name based lead", p: model.Posting{Title: "Ireland based Payroll Lead", RemoteHint: "remote"}, regions: "IE"},
	{name: "area based after dash", p: model.Posting{Title: "Payroll Lead - LATAM-based", RemoteHint: "remote"}, regions: "LATAM"},

	{name: "trap: home based names no region", p: model.Posting{Title: "Claims Adjuster (Home-Based)", Locations: []string{"Remote"}}, regions: "none"},
	{name: "trap: a town before based", p: model.Posting{Title: "Seattle-based Claims Adjuster", RemoteHint: "remote"}, regions: "none"},
}

func TestTitleBasedCases(t *testing.T) {
	for _, tc := range titleBasedCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}

func TestTitleBasedRegions(t *testing.T) {
	for title, want := range map[string][]string{
		"Nurse (Canada-based)":       {"CA"},
		"Analyst, UK Based":          {"GB"},
		"Data-based Decisions Coach": nil,
		"Office Based Clerk":         nil,
		"Evidence-basedness":         nil,
		"":                           nil,
	} {
		if got := titleBasedRegions(title); !slices.Equal(got, want) {
			t.Errorf("titleBasedRegions(%q) = %v, want %v", title, got, want)
		}
	}
}
