package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// leadCompoundCases pin remote_lead_compound.go: a line or a location
// opening with a technology named "remote" is not the place of work, and a
// whole week on site is on-site. Written for this project, with traps.
var leadCompoundCases = []truthCase{
	{name: "remote access setup on site, german", p: model.Posting{Title: "IT-Techniker", DescriptionText: "Remote-Access Einrichtung vor Ort"}, remote: "onsite"},
	{name: "remote desktop line then office", p: model.Posting{Title: "Field Technician", DescriptionText: "Remote-desktop rollouts at client branches."}, remote: "unknown"},
	{name: "remote monitoring team as location", p: model.Posting{Title: "Analyst", Locations: []string{"Remote Monitoring Centre, Leeds"}}, remote: "unknown"},
	{name: "on site five days", p: model.Posting{Title: "Lab Assistant", Locations: []string{"Halifax, NS"}, DescriptionText: "Onsite, five days."}, remote: "onsite"},
	{name: "on-site five days a week", p: model.Posting{Title: "Lab Assistant", DescriptionText: "The team works on-site 5 days per week"}, remote: "onsite"},

	{name: "trap: remote dash region line", p: model.Posting{Title: "Support Engineer", DescriptionText: "Remote - LATAM\nWe build billing tools."}, remote: "remote"},
	{name: "trap: remote dash country code", p: model.Posting{Title: "Support Engineer", DescriptionText: "Remote-CA, overlap with Pacific hours"}, remote: "remote"},
	{name: "trap: remote location beside a city", p: model.Posting{Title: "Analyst", Locations: []string{"Remote, Leeds"}}, remote: "remote"},
	{name: "trap: on site five days a year", p: model.Posting{Title: "Planner", DescriptionText: "Fully remote role; on site five days a year for the team offsite."}, remote: "remote"},
	{name: "trap: on site five days before launch", p: model.Posting{Title: "Planner", DescriptionText: "Hybrid role, on site five days before each launch and otherwise at home."}, remote: "hybrid"},
}

func TestLeadCompoundReaders(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range leadCompoundCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
