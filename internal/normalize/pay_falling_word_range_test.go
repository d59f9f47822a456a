package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fallingWordRangeCases pin the fix guided by the thirty-first round's part
// g, in other words than the other projects' tests: a range joined by "to"
// written high to low is the range, while a date, a count or a second amount
// joined by "and" after an amount stays apart.
var fallingWordRangeCases = []truthCase{
	{name: "riyals high to low with to", p: model.Posting{Title: "Planner", Locations: []string{"Jeddah, Saudi Arabia"}, DescriptionText: "Package: SAR 18,000 to 15,000 per month."}, pay: "15000 18000 SAR month"},
	{name: "pounds high to low with to", p: model.Posting{Title: "Planner", DescriptionText: "Salary £52,000 to £47,000 per annum depending on skills."}, pay: "47000 52000 GBP year"},
	{name: "euros high to low with bis", p: model.Posting{Title: "Planer", DescriptionText: "Gehalt: 4.200 € bis 3.600 € brutto pro Monat"}, pay: "3600 4200 EUR month"},
	{name: "trap: a date after bis stays apart", p: model.Posting{Title: "Planer", DescriptionText: "Prämie 2.500 EUR bis 30.06. auszahlbar"}, pay: "-"},
	{name: "trap: two amounts joined by and stay apart", p: model.Posting{Title: "Planner", DescriptionText: "We pay $72,000 a year, plus $6,000 and $4,000 in relocation help."}, pay: "72000 72000 USD year"},
	{name: "trap: a far lower second end stays apart", p: model.Posting{Title: "Planner", DescriptionText: "Salary: $64,000 per year to 1,200 staff members"}, pay: "64000 64000 USD year"},
}

func TestFallingWordRangeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fallingWordRangeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
