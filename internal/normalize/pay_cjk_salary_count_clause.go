package normalize

import "strings"

// Chinese boards give how many monthly salaries a year brings either glued
// to the pay ("2万-3万·13薪") or as the first clause after a full-width
// comma ("月薪 2万-3万，13薪"). The count is no pay figure: the comma's
// extras clause may start with it and still be cut off (cjkExtrasCut).

// salaryCountLeadCut returns the clause s (starting with its full-width
// comma or semicolon) without a leading count of salaries: one or two
// digits and "薪" ("，13薪，五险一金" gives "，五险一金"). Any other s is
// returned as it is.
func salaryCountLeadCut(s string) string {
	sep := "，"
	if !strings.HasPrefix(s, sep) {
		if !strings.HasPrefix(s, "；") {
			return s
		}
		sep = "；"
	}
	rest := strings.TrimLeft(s[len(sep):], " ")
	n := 0
	for n < len(rest) && n < 3 && rest[n] >= '0' && rest[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 || !strings.HasPrefix(rest[n:], "薪") {
		return s
	}
	return sep + rest[n+len("薪"):]
}
