package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// lakhLetterCases pin pay_lakh_letter_field.go: a pay field holding only
// lakhs written with the letter L is rupees a year. Traps: the same
// letter in running text, a litre size, level names, a monthly field and
// a figure too large to be lakhs of pay.
var lakhLetterCases = []truthCase{
	{name: "one lakh figure with its letter", p: model.Posting{Title: "QA Analyst", PayText: "6.5L"}, pay: "650000 650000 INR year"},
	{name: "lakh letter range", p: model.Posting{Title: "QA Analyst", PayText: "4L – 7L"}, pay: "400000 700000 INR year"},
	{name: "lakh letter with a space", p: model.Posting{Title: "QA Analyst", PayText: "9 L"}, pay: "900000 900000 INR year"},
	{name: "lakh letter per annum", p: model.Posting{Title: "QA Analyst", PayText: "11L per annum"}, pay: "1.1e+06 1.1e+06 INR year"},
	{name: "lakh letter range with to", p: model.Posting{Title: "QA Analyst", PayText: "3L to 4.5L"}, pay: "300000 450000 INR year"},

	{name: "trap: a litre size in running text", p: model.Posting{Title: "Driver", DescriptionText: "Carry a 5L water can on each route."}, pay: "-"},
	{name: "trap: level names", p: model.Posting{Title: "QA Analyst", PayText: "L3 - L5"}, pay: "-"},
	{name: "trap: lakh letters a month", p: model.Posting{Title: "QA Analyst", PayText: "1L - 2L monthly"}, pay: "!100000 200000 INR year"},
	{name: "trap: a figure too big for lakhs", p: model.Posting{Title: "QA Analyst", PayText: "450L"}, pay: "-"},
	{name: "trap: a word after the letter", p: model.Posting{Title: "QA Analyst", PayText: "2L bonus pool"}, pay: "-"},
}

func TestLakhLetterCases(t *testing.T) { runFieldCases(t, lakhLetterCases) }

// FuzzLakhLetterField reads any short field: no panic, and any reading is
// an ordered rupee range under ten crore.
func FuzzLakhLetterField(f *testing.F) {
	for _, tc := range lakhLetterCases {
		f.Add(tc.p.PayText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := lakhLetterPay(s, true)
		if c == nil {
			return
		}
		if c.min > c.max || c.max >= croreMax || c.start < 0 || c.end > len(s) || c.start > c.end {
			t.Errorf("%q: bad candidate %+v", s, c)
		}
	})
}
