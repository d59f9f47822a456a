package normalize

import (
	"strings"
	"testing"
)

// An intern's allowance is the pay; an allowance for something named, or
// beside other pay, is not (pay_intern_allowance.go).
func TestInternAllowancePay(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "monthly allowance of SGD", text: "We offer a monthly allowance of SGD 1,200.", want: "1200 1200 SGD month"},
		{name: "allowance label S$ per month", text: "Allowance: S$1,200 per month", want: "1200 1200 SGD month"},
		{name: "internship allowance of", text: "Internship allowance of S$1,500 per month.", want: "1500 1500 SGD month"},
		{name: "interns receive an allowance of RM", text: "Interns receive an allowance of RM 1,000 per month.", want: "1000 1000 MYR month"},
		{name: "an allowance of PHP monthly", text: "An allowance of PHP 10,000 monthly is provided.", want: "10000 10000 PHP month"},
		{name: "monthly allowance label in dollars", text: "Monthly allowance: $1,000", want: "1000 1000 USD month"},
		{name: "internship allowance with no period", text: "Internship allowance: S$1,000", want: "1000 1000 SGD month"},
		{name: "allowance in ringgit written RM", text: "Allowance: RM 1,000", want: "1000 1000 MYR month"},
		{name: "ringgit range after an internship allowance", text: "Internship allowance: RM800 - RM1,200", want: "800 1200 MYR month"},
		{name: "with allowance of opening the line", text: "With allowance of ₱8,000/month", want: "8000 8000 PHP month"},
		// a program's award and a funded wage rate (programAwardAfter, fundingStipendAfter)
		{name: "an award for the program", text: "Fellows receive a $5,500 award for the 8-week program.", want: "5500 5500 USD project"},
		{name: "an award for the summer", text: "Each scholar gets a $4,000 award for the summer.", want: "4000 4000 USD project"},
		{name: "funded by a grant, an hourly wage", text: "The position is funded by an NSF grant: $13/hour for up to 10 hours a week.", want: "13 13 USD hour"},
		{name: "a year's placement salary", text: "Salary: £21,800 for the 12-month placement.", want: "21800 21800 GBP year"},
		{name: "a year-long fellowship's sum", text: "Fellows receive $48,000 for the year-long fellowship.", want: "48000 48000 USD year"},
		{name: "trap: a 12-week project stays a fee", text: "Fee: $3,000 for the 12-week project.", want: "3000 3000 USD project"},
		{name: "trap: a prize for the best project", text: "A $10,000 award for the best project goes to one team.", want: "-"},
		{name: "trap: an award won", text: "We won a $50,000 award for our app.", want: "-"},
		{name: "trap: funded by a round", text: "We are funded by a $3M seed round.", want: "-"},
		{name: "trap: transport allowance in ringgit", text: "Transport allowance: RM 200", want: "-"},
		{name: "trap: a room written RM", text: "Meet in RM 204 to sign for your allowance.", want: "-"},
		{name: "trap: salary with an allowance", text: "Salary £30,000 with an allowance of £3,000.", want: "30000 30000 GBP year"},
		{name: "trap: internet allowance", text: "A monthly internet allowance of SGD 50 is provided.", want: "-"},
		{name: "trap: transport allowance", text: "Transport allowance of SGD 100 per month.", want: "-"},
		{name: "trap: car allowance", text: "Car allowance of £5,000 per year.", want: "-"},
		{name: "trap: allowance for equipment", text: "An allowance of $500 for equipment is provided.", want: "-"},
		{name: "trap: allowance beside a salary", text: "Salary £30,000 plus an allowance of £3,000.", want: "30000 30000 GBP year"},
		{name: "trap: the pay beside a transport allowance", text: "Allowance: S$1,200 per month. Transport allowance of S$100.", want: "1200 1200 SGD month"},
	})
}

func FuzzInternAllowanceBefore(f *testing.F) {
	for _, s := range []string{"Monthly allowance: ", "Interns receive an allowance of ", "Car allowance of ", "plus an allowance of "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if internAllowanceBefore(s) && !containsFold(s, "allowance") {
			t.Errorf("internAllowanceBefore(%q) without allowance", s)
		}
		if internAllowanceBefore(s) && strings.HasSuffix(strings.ToLower(strings.TrimSpace(s)), "car allowance of") {
			t.Errorf("internAllowanceBefore(%q): a car allowance", s)
		}
	})
}
