package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// placeholderDashRangeCases pin pay_placeholder_dash_range.go: a range whose
// dash was lost to a "?" or U+FFFD in copying is still a range. Traps: a
// question mark with a space after it, a falling pair, two moneys and a
// question mark after a lone amount.
var placeholderDashRangeCases = []truthCase{
	{name: "question mark for the dash, yearly", p: model.Posting{Title: "Planner", PayText: "$88K?$104K per year + bonus"}, pay: "88000 104000 USD year"},
	{name: "replacement char for the dash, pounds", p: model.Posting{Title: "Analyst", DescriptionText: "Salary: £41,500\uFFFD£47,000 per annum, hybrid."}, pay: "41500 47000 GBP year"},
	{name: "question mark for the dash, hourly", p: model.Posting{Title: "Porter", PayText: "$19.25?$23.75 an hour"}, pay: "19.25 23.75 USD hour"},

	{name: "trap: a question then a new amount", p: model.Posting{Title: "Server", DescriptionText: "Want to earn $300? $450 weekly is common with tips."}, pay: "450 450 USD week"},
	{name: "trap: a falling pair", p: model.Posting{Title: "Planner", PayText: "$104K?$88K per year"}, pay: "!88000 104000 USD year"},
	{name: "trap: two moneys", p: model.Posting{Title: "Analyst", PayText: "$70K?£60K per year"}, pay: "!60000 70000 USD year"},
}

func TestPlaceholderDashRangeCases(t *testing.T) { runFieldCases(t, placeholderDashRangeCases) }
