package normalize

import "testing"

// TestSalaryThenLabel: a salary field followed on its line by the next
// field's label (a bonus, a commission) keeps its amount; a bonus amount
// stays no pay.
func TestSalaryThenLabel(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{name: "base salary then bonus potential label", text: "Base Salary: $68,000 Bonus Potential: 10%", want: "68000 68000 USD year"},
		{name: "base salary then bonus potential", text: "Base Salary: $68,000 Bonus Potential", want: "68000 68000 USD year"},
		{name: "salary then bonus label", text: "Salary: $72,500 Bonus: up to 15% of base", want: "72500 72500 USD year"},
		{name: "base salary then commission label", text: "Base salary: $95,000 Commission: uncapped", want: "95000 95000 USD year"},
		{name: "compensation then relocation package label", text: "Compensation: $54,000 Relocation Package: available", want: "54000 54000 USD year"},
		{name: "salary then bonus target", text: "Salary: $68,000 Bonus Target: 8%", want: "68000 68000 USD year"},
		// traps: the word after the amount is what the amount is
		{name: "trap: sign-on bonus", text: "Sign-on: $5,000 bonus after 90 days", want: "-"},
		{name: "trap: year-end bonus", text: "You will get a $3,000 bonus at year end", want: "-"},
		{name: "trap: lower-case bonus after a salary label", text: "Salary: $4,000 bonus paid in March", want: "-"},
		{name: "trap: no salary label", text: "Earn a $500 Bonus Potential each quarter", want: "-"},
	})
}
