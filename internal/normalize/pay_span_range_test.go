package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// spanRangeCases pin pay_span_range.go: a pay field of two side-by-side
// amounts with one sign is a range. Traps: the same two amounts in running
// text, a second amount more than three times the first, a descending
// pair, three amounts.
var spanRangeCases = []truthCase{
	{name: "two dollar spans and a code", p: model.Posting{Title: "Staff Engineer", PayText: "$184,000 $226,000 USD"}, pay: "184000 226000 USD year"},
	{name: "two spans on two lines", p: model.Posting{Title: "Staff Engineer", PayText: "$151,500\n$190,000 USD"}, pay: "151500 190000 USD year"},

	{name: "trap: in running text", p: model.Posting{Title: "Engineer", DescriptionText: "Prices: $184,000 $226,000 USD for the two models."}, pay: "!184000 226000 USD year"},
	{name: "trap: far apart", p: model.Posting{Title: "Engineer", PayText: "$60,000 $240,000 USD"}, pay: "!60000 240000 USD year"},
	{name: "trap: descending", p: model.Posting{Title: "Engineer", PayText: "$226,000 $184,000 USD"}, pay: "!184000 226000 USD year"},
	{name: "trap: three amounts", p: model.Posting{Title: "Engineer", PayText: "$150,000 $170,000 $190,000"}, pay: "!150000 190000 USD year"},
}

func TestSpanRangeCases(t *testing.T) { runFieldCases(t, spanRangeCases) }

// FuzzSpanRangeField parses any pay field through the span reader: no
// panic and sane pay.
func FuzzSpanRangeField(f *testing.F) {
	for _, tc := range spanRangeCases {
		f.Add(tc.p.PayText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, _ := ParsePay("pay_text", s)
		if p == nil {
			return
		}
		checkFuzzedPay(t, p, s)
	})
}
