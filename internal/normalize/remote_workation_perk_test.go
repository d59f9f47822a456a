package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// workationCases pin remote_workation_perk.go; traps: a role that is
// remote, a perk beside a remote statement.
var workationCases = []truthCase{
	{name: "bracketed weeks a year", p: model.Posting{Title: "Data Engineer", Locations: []string{"Köln"}, DescriptionText: `Perks: a "work from anywhere" option (4 weeks/year) and a bike lease.`}, remote: "!remote"},
	{name: "colon days per year", p: model.Posting{Title: "Data Engineer", DescriptionText: "Benefits - Work from anywhere: up to 25 days per year."}, remote: "!remote"},
	{name: "German weeks", p: model.Posting{Title: "Data Engineer", DescriptionText: "Work from anywhere (max. 3 Wochen im Jahr), Jobticket."}, remote: "!remote"},

	{name: "trap: remote role", p: model.Posting{Title: "Data Engineer", DescriptionText: "You can work from anywhere in Portugal."}, remote: "remote"},
	{name: "trap: perk beside a remote role", p: model.Posting{Title: "Data Engineer", DescriptionText: "Fully remote team. Work from anywhere (6 weeks/year) abroad too."}, remote: "remote"},
}

func TestWorkationCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range workationCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, opts) })
	}
}
