package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// placeMonthSizeCases pin the fix guided by the thirty-first round's part g
// (other projects' own salary tests, kept outside the repository and scored
// with TestAgreementOutside), in other words than those tests: pay stated
// without a period in the money of a country whose boards quote a month's
// pay up to a ceiling is a month's up to it and a year's above it, and the
// place now names the money of Pakistan, Malaysia, Sri Lanka, Nepal and
// Bangladesh for a bare amount.
var placeMonthSizeCases = []truthCase{
	{name: "bare k range in an indian listing is a month", p: model.Posting{Title: "QA Executive", Locations: []string{"Vadodara, India"}, PayText: "18k-24k"}, pay: "18000 24000 INR month"},
	{name: "bare amount under a lakh in india is a month", p: model.Posting{Title: "QA Executive", Locations: []string{"Pune, India"}, PayText: "42,500"}, pay: "42500 42500 INR month"},
	{name: "trap: bare amount over a lakh in india is a year", p: model.Posting{Title: "QA Executive", Locations: []string{"Pune, India"}, PayText: "620000"}, pay: "620000 620000 INR year"},
	{name: "trap: bare k range with a year word stays a year", p: model.Posting{Title: "QA Executive", Locations: []string{"Pune, India"}, PayText: "18k-24k per year"}, pay: "18000 24000 INR year"},
	{name: "trap: dollars in an indian listing keep the size rule", p: model.Posting{Title: "QA Executive", Locations: []string{"Pune, India"}, PayText: "$45,000"}, pay: "45000 45000 USD year"},
	{name: "ringgit six figures with no period are a year", p: model.Posting{Title: "Finance Manager", Locations: []string{"Penang, Malaysia"}, PayText: "RM 150,000 - 210,000"}, pay: "150000 210000 MYR year"},
	{name: "ringgit glued k range is a month", p: model.Posting{Title: "Finance Manager", Locations: []string{"Penang, Malaysia"}, PayText: "RM9k - RM12k"}, pay: "9000 12000 MYR month"},
	{name: "ringgit with no place is a year above the ceiling", p: model.Posting{Title: "Finance Manager", PayText: "MYR 96,000"}, pay: "96000 96000 MYR year"},
	{name: "trap: ringgit with a month word stays a month", p: model.Posting{Title: "Finance Manager", Locations: []string{"Penang, Malaysia"}, PayText: "RM 7,500 per month"}, pay: "7500 7500 MYR month"},
	{name: "bare amount in pakistan is rupees a month", p: model.Posting{Title: "Store Keeper", Locations: []string{"Karachi, Pakistan"}, PayText: "85000"}, pay: "85000 85000 PKR month"},
	{name: "bare k range in pakistan is rupees a month", p: model.Posting{Title: "Store Keeper", Locations: []string{"Karachi, Pakistan"}, PayText: "120k - 160k"}, pay: "120000 160000 PKR month"},
	{name: "bare amount in bangladesh is taka a month", p: model.Posting{Title: "Store Keeper", Locations: []string{"Dhaka, Bangladesh"}, PayText: "35,000 - 45,000"}, pay: "35000 45000 BDT month"},
	{name: "trap: dollars with a code in pakistan stay dollars", p: model.Posting{Title: "Store Keeper", Locations: []string{"Karachi, Pakistan"}, PayText: "USD 1,500 per month"}, pay: "1500 1500 USD month"},
}

func TestPlaceMonthSizeCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range placeMonthSizeCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestPeriodUnstatedMarked pins the reading of currency marks as no words.
func TestPeriodUnstatedMarked(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"RM 150,000 - 210,000", true},
		{"RM9k - RM12k", true},
		{"Rs. 40,000", true},
		{"MYR 5,000", true},
		{"zł 9 000", true},
		{"RM 7,500 per month", false},
		{"RM 2,000 fee", false},
		{"Rsvp 40,000", false},
		{"", true},
	} {
		if got := periodUnstatedMarked(tc.s); got != tc.want {
			t.Errorf("periodUnstatedMarked(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
