package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// perkMoreCases pin the perk words added to perkWords and perkBudgetAfter
// and pay_perk_alt_amount.go: a meal or phone allowance, a learning and
// development stipend, and a perk priced in two moneys are no pay. Traps:
// a stipend for the work itself, whatever field it is in, and pay quoted in
// two moneys.
var perkMoreCases = []truthCase{
	{name: "meal stipend in two moneys", p: model.Posting{Title: "Designer", DescriptionText: "Perks: a daily meal stipend of $20/€18 when you visit the office."}, pay: "-"},
	{name: "learning and development stipend in brackets", p: model.Posting{Title: "Designer", DescriptionText: "Yearly learning and development stipend ($2,000 to spend on courses)."}, pay: "-"},
	{name: "professional development stipend", p: model.Posting{Title: "Designer", DescriptionText: "A professional development stipend of $1,200 every year."}, pay: "-"},
	{name: "internet allowance after a month", p: model.Posting{Title: "Designer", DescriptionText: "You also get a $60/month internet allowance."}, pay: "-"},
	{name: "pay beside an internet allowance", p: model.Posting{Title: "Designer", DescriptionText: "Salary: $85,000 per year. You also get a $60/month internet allowance."}, pay: "85000 85000 USD year"},

	{name: "trap: a software development stipend is pay", p: model.Posting{Title: "Intern", DescriptionText: "Software development stipend of $2,800 per month for the summer."}, pay: "2800 2800 USD month"},
	{name: "trap: a monthly stipend is pay", p: model.Posting{Title: "Intern", DescriptionText: "Interns receive a monthly stipend of $1,500."}, pay: "1500 1500 USD month"},
	{name: "trap: pay in two moneys", p: model.Posting{Title: "Tutor", DescriptionText: "Hourly rate: $30/£24 depending on where you live."}, pay: "30 30 USD hour"},
	{name: "trap: a month then pay words", p: model.Posting{Title: "Intern", DescriptionText: "You earn $2,400/month stipend for the program."}, pay: "2400 2400 USD month"},
}

func TestPerkMoreCases(t *testing.T) { runFieldCases(t, perkMoreCases) }

func TestAltAmountCut(t *testing.T) {
	for _, c := range [][2]string{
		{"lunch stipend of $75/", "lunch stipend"},
		{"lunch stipend of $75 / ", "lunch stipend"},
		{"meal allowance 20/", "meal allowance"},
		{"allowance of USD/", "allowance of USD/"},
		{"per hour/", "per hour/"},
		{"stipend of", "stipend of"},
		{"/", "/"},
	} {
		if got := altAmountCut(c[0]); got != c[1] {
			t.Errorf("altAmountCut(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}
