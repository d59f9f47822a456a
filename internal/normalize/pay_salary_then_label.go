package normalize

import "regexp"

// A salary label, its amount, and the next label of a flattened field list
// on the same line: "Base Salary: $68,000 Bonus Potential: 10%", "Salary:
// $90,000 Commission: uncapped". The bonus or commission word after the
// amount (badAfter's) names the next field, not the amount; read apart from
// a bonus amount ("Salary: $68,000 bonus") by its capital and its label's
// colon or noun (table tests in pay_salary_then_label_test.go).

// titleLabelAfter is a capitalized label right after the amount: one or two
// capitalized words and a colon, or "Bonus" and a noun that makes it a
// field's name (case matters: a field list capitalizes its labels).
var titleLabelAfter = regexp.MustCompile(`^[ \t]*(?:[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]*:|(?:Bonus|Commission|Incentive)[ \t]+(?:Potential|Target|Eligibility|Eligible|Opportunity|Plan|Structure)\b)`)

// labelAfterSalary (judge) reports that a salary label stands right before
// the amount and a capitalized field label right after it.
func labelAfterSalary(before, after string) bool {
	return salaryNounRightBefore(before) && titleLabelAfter.MatchString(after)
}
