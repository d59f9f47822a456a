package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bareRangeMonthByPlaceCases pin pay_bare_range_month_place.go: a pay field
// of a plain range under 15,000 is a month's pay in a place that quotes pay
// by the month. Traps: the same range in a dollar place, a span of years,
// and a spread too wide for one job.
var bareRangeMonthByPlaceCases = []truthCase{
	{name: "plain range in an Indian city", p: model.Posting{Title: "Content Writing Intern", Locations: []string{"Pune, India"}, PayText: "12000-18000"}, pay: "12000 18000 INR month"},
	{name: "en dash range with spaces in India", p: model.Posting{Title: "Sales Trainee", Locations: []string{"Hyderabad, India"}, PayText: "9000 – 13000"}, pay: "9000 13000 INR month"},
	{name: "range joined by to in the Philippines", p: model.Posting{Title: "Customer Care Associate", Locations: []string{"Cebu City, Philippines"}, PayText: "7000 to 11000"}, pay: "7000 11000 PHP month"},

	{name: "trap: the same range in a dollar place", p: model.Posting{Title: "Content Writing Intern", Locations: []string{"Denver, CO"}, PayText: "12000-18000"}, pay: "-"},
	{name: "trap: a span of years", p: model.Posting{Title: "Sales Trainee", Locations: []string{"Chennai, India"}, PayText: "2022-2025"}, pay: "-"},
	{name: "trap: a spread too wide", p: model.Posting{Title: "Sales Trainee", Locations: []string{"Chennai, India"}, PayText: "1500-12000"}, pay: "-"},
}

func TestBareRangeMonthByPlaceCases(t *testing.T) { runFieldCases(t, bareRangeMonthByPlaceCases) }
