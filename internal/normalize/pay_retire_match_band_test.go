package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A band after a retirement-plan match and a joining word is the pay; a
// single amount there is the match's cap. In this project's own words.
var retireMatchBandCases = []truthCase{
	{name: "band after a match and plus", p: model.Posting{Title: "Payroll Analyst", PayText: "Benefits: 401(k) match plus $72,000-$81,000"}, pay: "72000 81000 USD year"},
	{name: "band after a matching and a comma", p: model.Posting{Title: "Tax Associate", DescriptionText: "Perks: 401k matching, $64,000 - $70,000 per year."}, pay: "64000 70000 USD year"},
	{name: "band after a match and and", p: model.Posting{Title: "Claims Adjuster", DescriptionText: "You get a 401(k) match and $58,500 to $66,000 a year."}, pay: "58500 66000 USD year"},
	{name: "trap: a single cap after the match and plus", p: model.Posting{Title: "Payroll Clerk", DescriptionText: "A 401(k) match plus $2,500 on top each year."}, pay: "-"},
	{name: "trap: a match up to a yearly sum", p: model.Posting{Title: "Bookkeeper", DescriptionText: "We match 401(k) contributions up to $4,500 a year."}, pay: "-"},
	{name: "trap: a band named as the match limit", p: model.Posting{Title: "Clerk", DescriptionText: "401k match of 3% up to $50,000 - $60,000 of earnings."}, pay: "-"},
	{name: "trap: a quota band stays out", p: model.Posting{Title: "Account Executive", DescriptionText: "401(k) match and a yearly quota of $400,000 - $500,000."}, pay: "-"},
}

func TestRetireMatchBandCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range retireMatchBandCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
