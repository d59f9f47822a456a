package normalize

import "regexp"

// A salary noun written right before a lone four-digit amount and its
// currency, with no colon or "of" between, labels the amount as pay:
// "Salary 4000 EUR", "Gross salary 3800 EUR", "Monthly wage 2500 GBP".
// judge turns a lone four-digit amount away as a year unless something
// labels it (bare4Labelled, pay_gig_budget.go); payLabelColon there wants a
// colon, "of" or "is" after the label. Only salary and wage nouns count
// here: "Budget 2025 EUR" or "Price 1999 EUR" stay unread, and "since 2015
// €50/hr" keeps its year.

// bare4SalaryNounRe is such a noun ending before, then spaces only.
var bare4SalaryNounRe = regexp.MustCompile(`(?i)\b(?:salary|salaries|wage|wages|stipend|remuneration|gehalt|palkka|lön|salaire|sueldo|salario|stipendio)\s+$`)

// bare4SalaryNoun reports such a noun right before the amount (before
// ends at the amount's start).
func bare4SalaryNoun(before string) bool {
	if len(before) == 0 || before[len(before)-1] != ' ' {
		return false
	}
	if len(before) > 32 {
		before = before[len(before)-32:]
	}
	return bare4SalaryNounRe.MatchString(before)
}
