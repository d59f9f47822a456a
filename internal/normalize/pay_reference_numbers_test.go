package normalize

import (
	"strings"
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// refNumberCases pin pay_reference_numbers.go: a number after "Ref", "ID",
// "Req" or "#" is no pay, and the amount after its currency is read.
// Traps: a small rate with its code after it and no reference word, a
// number that only ends in "id" letters, a reference with no amount.
var refNumberCases = []truthCase{
	{name: "ref then riyals", p: model.Posting{Title: "Dev", PayText: "Ref 17 SAR 9,000"}, pay: "9000 9000 SAR month"},
	{name: "job id then euros a month", p: model.Posting{Title: "Dev", PayText: "Job ID 3381 EUR 4,500 per month"}, pay: "4500 4500 EUR month"},
	{name: "hash then dollars an hour", p: model.Posting{Title: "Tutor", PayText: "#22 $30/hour"}, pay: "30 30 USD hour"},
	{name: "ref with a dot and colon in text", p: model.Posting{Title: "Dev", DescriptionText: "Vacancy Ref.: 208 GBP 38,000 per year, Leeds."}, pay: "38000 38000 GBP year"},
	{name: "req number then dirhams", p: model.Posting{Title: "Dev", PayText: "Req 5521 AED 14,000 monthly"}, pay: "14000 14000 AED month"},

	{name: "trap: a small rate with its code after", p: model.Posting{Title: "Tutor", PayText: "42 AED per hour"}, pay: "42 42 AED hour"},
	{name: "trap: a word ending in id", p: model.Posting{Title: "Dev", PayText: "Paid 25 EUR per hour"}, pay: "25 25 EUR hour"},
	{name: "trap: a reference and no amount", p: model.Posting{Title: "Dev", PayText: "Ref 42 EUR"}, pay: "-"},
}

func TestRefNumberCases(t *testing.T) { runFieldCases(t, refNumberCases) }

// FuzzRefNumbersMasked masks any text's reference numbers: the length is
// kept, only digits, "-" and "/" become spaces, and a masked text reads
// pay with a sane span.
func FuzzRefNumbersMasked(f *testing.F) {
	for _, tc := range refNumberCases {
		f.Add(tc.p.PayText + tc.p.DescriptionText)
	}
	f.Add("ID 12-34/5 USD 9")
	f.Fuzz(func(t *testing.T, s string) {
		m, ok := refNumbersMasked(s, scanMoney(s))
		if len(m) != len(s) || !ok && m != s {
			t.Fatalf("refNumbersMasked(%q) = %q, %v", s, m, ok)
		}
		for i := 0; i < len(s); i++ {
			if m[i] != s[i] && !(m[i] == ' ' && strings.IndexByte("0123456789-/", s[i]) >= 0) {
				t.Fatalf("refNumbersMasked(%q) changed byte %d to %q", s, i, m[i])
			}
		}
		if p, _ := ParsePay("pay_text", s); p != nil {
			checkFuzzedPay(t, p, s)
		}
	})
}
