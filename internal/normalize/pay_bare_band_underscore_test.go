package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bareBandUnderscoreCases pin, in our own words: a bare band of
// two small numbers in an Australian or New Zealand pay field read by the
// listing's employment type, and an underscore typed for a range's dash,
// each with the traps the readers must leave alone.
var bareBandUnderscoreCases = []truthCase{
	// Bare bands on an Australian or New Zealand board.
	{name: "full-time band in thousands", p: model.Posting{Title: "Site Engineer", Locations: []string{"Perth WA"}, EmploymentType: "Full time", PayText: "90 - 110"}, pay: "90000 110000 AUD year"},
	{name: "full-time band with to", p: model.Posting{Title: "Accountant", Locations: []string{"Auckland, New Zealand"}, EmploymentType: "Full time", PayText: "75 to 95"}, pay: "75000 95000 NZD year"},
	{name: "contract band is an hourly rate", p: model.Posting{Title: "Data Analyst", Locations: []string{"Canberra ACT"}, EmploymentType: "Contract/Temp", PayText: "70 - 90"}, pay: "70 90 AUD hour"},
	{name: "part-time band is an hourly rate", p: model.Posting{Title: "Barista", Locations: []string{"Hobart TAS"}, EmploymentType: "Part time", PayText: "28 - 32"}, pay: "28 32 AUD hour"},
	{name: "trap: a band with no type", p: model.Posting{Title: "Site Engineer", Locations: []string{"Perth WA"}, PayText: "90 - 110"}, pay: "-"},
	{name: "trap: a band outside Australia and New Zealand", p: model.Posting{Title: "Site Engineer", Locations: []string{"Denver, CO"}, EmploymentType: "Full time", PayText: "90 - 110"}, pay: "-"},
	{name: "trap: a band too wide to be pay", p: model.Posting{Title: "Site Engineer", Locations: []string{"Perth WA"}, EmploymentType: "Full time", PayText: "20 - 300"}, pay: "-"},
	{name: "trap: a full-time band too small for thousands", p: model.Posting{Title: "Cleaner", Locations: []string{"Perth WA"}, EmploymentType: "Full time", PayText: "24 - 28"}, pay: "-"},
	{name: "trap: a contract band too big for an hour", p: model.Posting{Title: "Engineer", Locations: []string{"Perth WA"}, EmploymentType: "Contract/Temp", PayText: "150 - 280"}, pay: "-"},
	{name: "trap: a band of years in the text only", p: model.Posting{Title: "Site Engineer", Locations: []string{"Perth WA"}, EmploymentType: "Full time", DescriptionText: "You bring 10 - 15 years on site."}, pay: "-"},
	// An underscore between two amounts.
	{name: "underscore between k amounts", p: model.Posting{Title: "Developer", Locations: []string{"Melbourne VIC"}, PayText: "$120k _$135k + super"}, pay: "120000 135000 AUD year"},
	{name: "underscore between pound amounts", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, PayText: "£38,000_£42,000 per annum"}, pay: "38000 42000 GBP year"},
	{name: "trap: an underscore in a reference", p: model.Posting{Title: "Planner", Locations: []string{"Leeds, UK"}, PayText: "£40,000 per annum", DescriptionText: "Quote ref_2024 when you apply."}, pay: "40000 40000 GBP year"},
}

func TestBareBandUnderscoreCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bareBandUnderscoreCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

// TestUnderscoreDashKeepsOffsets checks the rewrite changes only the
// underscore it reads as a dash and keeps the text's length.
func TestUnderscoreDashKeepsOffsets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"$85k _$95k", "$85k -$95k"},
		{"60_70k", "60-70k"},
		{"file_name $5", "file_name $5"},
		{"bank_$5", "bank_$5"},
		{"no underscore", "no underscore"},
		{"_$5", "_$5"},
		{"5_", "5_"},
	} {
		got := underscoreDash(c.in)
		if got != c.want || len(got) != len(c.in) {
			t.Errorf("underscoreDash(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
