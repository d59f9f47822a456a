package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// bareNegotiableLeadCases pin a currency-less pay field that opens with
// "Negotiable" before its amount (barepay.go), as it may already close with
// it. Traps: the word alone, the word before hours, and before a small
// figure with no period.
var bareNegotiableLeadCases = []truthCase{
	{name: "negotiable then up to k", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable up to 95k"}, pay: "95000 95000 USD year"},
	{name: "negotiable comma k range", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable, 72k-84k"}, pay: "72000 84000 USD year"},
	{name: "negotiable colon hourly", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable: 31.25/hr"}, pay: "31.25 31.25 USD hour"},

	{name: "trap: negotiable alone", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable"}, pay: "-"},
	{name: "trap: negotiable then hours", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable 37 hours"}, pay: "-"},
	{name: "trap: negotiable then a small figure", p: model.Posting{Title: "QA Engineer", PayText: "Negotiable 3"}, pay: "-"},
}

func TestBareNegotiableLeadCases(t *testing.T) {
	for _, tc := range bareNegotiableLeadCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
