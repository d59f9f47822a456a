package normalize

import "testing"

// TestBarePayLabelCode: a salary label that names its money by an ISO code
// ("Salary in EUR:", "Salary range (GBP):") gives the bare figures after
// it that money, wherever the listing is. Traps: a code that is no
// currency, a lower-case word in the code's place, and a code after the
// figures still win or leave as before.
func TestBarePayLabelCode(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "in code colon", text: "Salary in EUR: 85,000", want: "85000 85000 EUR year"},
		{name: "bracketed code range", text: "Salary range (GBP): 45,000 - 55,000", want: "45000 55000 GBP year"},
		{name: "bracketed code with period", text: "Compensation (CHF): 9,000 per month", want: "9000 9000 CHF month"},
		{name: "code after the figures wins", text: "Salary (EUR): 70,000 - 80,000/year SEK", want: "70000 80000 SEK year"},
		{name: "trap: no currency code", text: "Salary (ABC): 85,000", want: "-"},
		{name: "trap: a code after no salary label", text: "Budget (EUR): 85,000", want: "-"},
		{name: "trap: a word, not a code", text: "Salary in the: 85,000", want: "-"},
		{name: "trap: lower-case code left to the default", text: "Salary in eur: 85,000", want: "-"},
	})
}
