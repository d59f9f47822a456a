package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// "p/yr" and "p/y" after an amount say "per year", as "p/a" does; the
// other "p/" periods keep their reading (pay.go unitAfter).
var slashYearAbbrevCases = []truthCase{
	{name: "too little for a year's pay, not read as an hour's", p: model.Posting{Title: "Panel member", PayText: "$75 p/yr"}, pay: "-"},
	{name: "a part-time salary p/yr, not a one-off fee", p: model.Posting{Title: "Parish clerk", PayText: "£11,200 p/yr"}, pay: "11200 11200 GBP year"},
	{name: "a salary p/yr in a pay field", p: model.Posting{Title: "Planner", PayText: "€52,000 p/yr"}, pay: "52000 52000 EUR year"},
	{name: "a range p/y in the text", p: model.Posting{Title: "Surveyor", DescriptionText: "Salary: £34,000 - £38,000 p/y plus pension."}, pay: "34000 38000 GBP year"},
	{name: "trap: p/h stays an hour", p: model.Posting{Title: "Porter", PayText: "£13 p/h"}, pay: "13 13 GBP hour"},
	{name: "trap: p/d stays a day", p: model.Posting{Title: "Consultant", PayText: "£450 p/d"}, pay: "450 450 GBP day"},
	{name: "trap: p/a stays a year", p: model.Posting{Title: "Officer", PayText: "£29,500 p/a"}, pay: "29500 29500 GBP year"},
}

func TestSlashYearAbbrevCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range slashYearAbbrevCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
