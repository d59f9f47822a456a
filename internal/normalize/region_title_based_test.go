package normalize

import (
	"slices"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// titleBasedCases pin region_title_based.go: a remote listing whose
// title says where the worker is based or eligible. Traps: a workplace or
// a town before "based", a word ending in "based", a visa, "Remote" or a
// town before "eligible".
var titleBasedCases = []truthCase{
	{name: "country code hyphen based in brackets", p: model.Posting{Title: "Claims Adjuster (US-Based)", Locations: []string{"Remote"}}, remote: "remote", regions: "US"},
	{name: "country name based lead", p: model.Posting{Title: "Ireland based Payroll Lead", RemoteHint: "remote"}, regions: "IE"},
	{name: "area based after dash", p: model.Posting{Title: "Payroll Lead - LATAM-based", RemoteHint: "remote"}, regions: "LATAM"},
	{name: "country eligible in brackets", p: model.Posting{Title: "Payments Analyst (Mexico Eligible)", Locations: []string{"Remote"}}, remote: "remote", regions: "MX"},
	{name: "code hyphen eligible after dash", p: model.Posting{Title: "Payments Analyst - UK-eligible", RemoteHint: "remote"}, regions: "GB"},

	{name: "trap: visa eligible names no region", p: model.Posting{Title: "Payments Analyst (Visa Sponsorship Eligible)", Locations: []string{"Remote"}}, regions: "none"},
	{name: "trap: remote eligible names no region", p: model.Posting{Title: "Payments Analyst - Remote Eligible", Locations: []string{"Remote"}}, regions: "none"},
	{name: "trap: ineligible is no region", p: model.Posting{Title: "Payments Analyst (Canada Ineligible)", Locations: []string{"Remote"}}, regions: "none"},
	{name: "trap: a town before eligible", p: model.Posting{Title: "Payments Analyst (Denver Eligible)", RemoteHint: "remote"}, regions: "none"},
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
