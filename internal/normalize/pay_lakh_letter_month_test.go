package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// lakhLetterMonthCases pin pay_lakh_letter_month.go: a pay field holding
// lakhs written with the letter L and a month word is rupees a month, with
// or without a pay label in front. Traps: the year form stays a year, a
// week word, an unknown label, running text, level names and a figure too
// large to be lakhs.
var lakhLetterMonthCases = []truthCase{
	{name: "lakh letter a month", p: model.Posting{Title: "Design Intern", PayText: "0.8L per month"}, pay: "80000 80000 INR month"},
	{name: "lakh letter range with a slash month", p: model.Posting{Title: "Design Intern", PayText: "1L-1.5L/month"}, pay: "100000 150000 INR month"},
	{name: "stipend label and a month", p: model.Posting{Title: "Research Intern", PayText: "Stipend: 0.6 L monthly"}, pay: "60000 60000 INR month"},
	{name: "salary label, range to, a month", p: model.Posting{Title: "Support Lead", PayText: "Salary 1.2L to 1.6L a month"}, pay: "120000 160000 INR month"},
	{name: "lakh letter p.m.", p: model.Posting{Title: "Field Officer", PayText: "0.35L p.m."}, pay: "35000 35000 INR month"},

	{name: "trap: the year form stays a year", p: model.Posting{Title: "QA Analyst", PayText: "7L per annum"}, pay: "700000 700000 INR year"},
	{name: "trap: a week word is not a month", p: model.Posting{Title: "Design Intern", PayText: "0.2L per week"}, pay: "!20000 20000 INR month"},
	{name: "trap: an unknown label before litres", p: model.Posting{Title: "Driver", PayText: "Diesel: 2L per month"}, pay: "-"},
	{name: "trap: litres a month in running text", p: model.Posting{Title: "Driver", DescriptionText: "You will use about 3L per month of cleaning fluid."}, pay: "-"},
	{name: "trap: level names a month", p: model.Posting{Title: "QA Analyst", PayText: "L2 per month"}, pay: "-"},
	{name: "trap: too many digits for lakhs", p: model.Posting{Title: "QA Analyst", PayText: "350L per month"}, pay: "-"},
}

func TestLakhLetterMonthCases(t *testing.T) { runFieldCases(t, lakhLetterMonthCases) }

// FuzzLakhLetterMonthField reads any short field: no panic, and any
// reading is an ordered rupee range under a crore, a month.
func FuzzLakhLetterMonthField(f *testing.F) {
	for _, tc := range lakhLetterMonthCases {
		f.Add(tc.p.PayText)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := lakhLetterMonthPay(s)
		if c == nil {
			return
		}
		if c.min > c.max || c.max >= croreMax || c.start < 0 || c.end > len(s) || c.start > c.end || c.unit != model.UnitMonth {
			t.Fatalf("bad reading of %q: %+v", s, c)
		}
	})
}
