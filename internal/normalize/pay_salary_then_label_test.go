package normalize

import "testing"

// TestSalaryThenLabel: a salary field followed on its line by the next
// field's label (a bonus, a commission) keeps its amount; a bonus amount
// stays no pay.
func TestSalaryThenLabel(t *testing.T) {
	for _, c := range []struct {
		text string
		want string // "min max currency unit", or "-" for no pay
	}{
		{"Base Salary: $68,000 Bonus Potential: 10%", "68000 68000 USD year"},
		{"Base Salary: $68,000 Bonus Potential", "68000 68000 USD year"},
		{"Salary: $72,500 Bonus: up to 15% of base", "72500 72500 USD year"},
		{"Base salary: $95,000 Commission: uncapped", "95000 95000 USD year"},
		{"Compensation: $54,000 Relocation Package: available", "54000 54000 USD year"},
		{"Salary: $68,000 Bonus Target: 8%", "68000 68000 USD year"},
		// traps: the word after the amount is what the amount is
		{"Sign-on: $5,000 bonus after 90 days", "-"},
		{"You will get a $3,000 bonus at year end", "-"},
		{"Salary: $4,000 bonus paid in March", "-"},
		{"Earn a $500 Bonus Potential each quarter", "-"},
	} {
		p, _ := ParsePay("", c.text)
		if got := tablePay(p); got != c.want {
			t.Errorf("ParsePay(%q) = %s, want %s", c.text, got, c.want)
		}
	}
}
