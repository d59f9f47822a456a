package normalize

import "regexp"

// A salary is often typed as plain digits with no separator, no currency
// and no period right after its label: "Salary is 87000.", "base salary
// at 72000". textBareAt reads an amount with no period only when it is
// written as a salary (separators or a k), so that "Salary: 2026 review"
// stays out; plainLabelledSalary lets such plain digits through when they
// are a year's size (15,000 to 999,999), a salary label stands right
// before them, and the clause ends right after them.

// plainSalaryLabel is a salary label ending right before the amount:
// "Salary:", "salary is", "base salary of", "salary at".
var plainSalaryLabel = regexp.MustCompile(`(?i)\b(?:salary|compensation)\s*(?::|-|–|\bis|\bof|\bat|\bwill be)\s*$`)

// clauseEndAfter is the end of a clause right after an amount.
var clauseEndAfter = regexp.MustCompile(`^[ \t]*(?:$|[.,;!)\n])`)

// plainLabelledSalary reports plain digits read as a year's salary (see
// above); lo is the amount, shaped whether it has separators, a k or a
// second end.
func plainLabelledSalary(before, after string, lo float64, shaped bool) bool {
	return !shaped && lo >= 15000 && lo < 1e6 && plainSalaryLabel.MatchString(before) && clauseEndAfter.MatchString(after)
}

// plainLabelledDigits reports a run of n digits at text[i:] (five or six)
// with a salary label right before it: the run textBarePay must not skip
// as digits alone, since plainLabelledSalary may read it.
func plainLabelledDigits(text string, i, n int) bool {
	if n != 5 && n != 6 {
		return false
	}
	before := text[max(0, i-40):i]
	return (containsFold(before, "salary") || containsFold(before, "compensation")) && plainSalaryLabel.MatchString(before)
}
