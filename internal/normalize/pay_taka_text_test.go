package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// takaTextCases pin pay_taka_text.go: taka with its sign in running text,
// and a bracketed period after a taka range. Traps: the sign on money that
// is no pay, a bracket that is no period, and the sign with no pay word or
// period near it.
var takaTextCases = []truthCase{
	{name: "taka range under a salary heading", p: model.Posting{Title: "Junior Accountant", DescriptionText: "Salary\n• ৳ 18,000 - 24,000 (Monthly)\n\nLocation\n• Chattogram"}, pay: "18000 24000 BDT month"},
	{name: "taka range per month in a sentence", p: model.Posting{Title: "Junior Accountant", DescriptionText: "Salary: ৳ 30,000 - 38,000 per month, with festival bonus."}, pay: "30000 38000 BDT month"},
	{name: "taka yearly in brackets in a field", p: model.Posting{Title: "Junior Accountant", PayText: "৳ 4,20,000 (Yearly)"}, pay: "420000 420000 BDT year"},

	{name: "trap: taka that is a donation", p: model.Posting{Title: "Junior Accountant", DescriptionText: "Last year the team gave ৳ 80,000 to a local school."}, pay: "-"},
	{name: "trap: a bracket that is no period", p: model.Posting{Title: "Junior Accountant", DescriptionText: "The laptop costs ৳ 95,000 (monthly instalments possible)."}, pay: "-"},
	{name: "trap: taka named without pay or period", p: model.Posting{Title: "Junior Accountant", DescriptionText: "Handle petty cash up to ৳ 10,000 each day's close."}, pay: "!10000 10000 BDT month"},
}

func TestTakaTextCases(t *testing.T) { runFieldCases(t, takaTextCases) }

func TestBracketPeriod(t *testing.T) {
	for _, c := range []struct {
		s string
		n int
		u model.PayUnit
	}{
		{" (Monthly)", 10, model.UnitMonth},
		{"( per year ) and more", 12, model.UnitYear},
		{"(hourly)", 8, model.UnitHour},
		{"(monthly plan)", 0, ""},
		{"Monthly", 0, ""},
		{"", 0, ""},
	} {
		if n, u := bracketPeriod(c.s); n != c.n || u != c.u {
			t.Errorf("bracketPeriod(%q) = %d %q, want %d %q", c.s, n, u, c.n, c.u)
		}
	}
}
