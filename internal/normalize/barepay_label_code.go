package normalize

import (
	"regexp"
	"strings"
)

// A salary label may name the money of the bare figures after it: "Salary
// in EUR: 120,000", "Salary range (GBP): 45,000 - 55,000" (table tests in
// barepay_label_code_test.go). A salary label with such a code
// (salaryLabelCode) stands for textSalaryLabel, and the figures are read
// in that money rather than
// in the listing's place's (or the default dollar, which had made "Salary
// (EUR): 60,000 - 70,000" US dollars). The code must be an ISO currency
// code in capitals, as such labels write it ("in eur" is left).

// labelCodeTail is the code of such a label at the end of the text before
// the figures; group 1 or 2 is the code.
var labelCodeTail = regexp.MustCompile(`(?:\bin\s+([A-Z]{3})|\(\s*([A-Z]{3})\s*\))\s*(?::|-|–|is)\s*$`)

// labelCode returns the currency code a label names right before the
// figures ("Hourly rate (CAD): 25 per hour" too), "" when it names none.
func labelCode(before string) string {
	code, _ := labelCodeAt(before)
	return code
}

// labelCodeAt is labelCode with the start of the code's part of the
// label ("in EUR:", "(GBP):"); -1 with no code.
func labelCodeAt(before string) (string, int) {
	if strings.IndexByte(before, ':') < 0 && !strings.Contains(before, "is") && strings.IndexByte(before, '-') < 0 && !strings.Contains(before, "–") {
		return "", -1
	}
	m := labelCodeTail.FindStringSubmatchIndex(before)
	if m == nil {
		return "", -1
	}
	code := group(before, m, 1) + group(before, m, 2)
	if !currencyCodes[code] {
		return "", -1
	}
	return code, m[0]
}

// salaryLabelCode reports a salary label with a currency code before its
// colon: textSalaryLabel holds for the text with the code taken out.
func salaryLabelCode(before string) bool {
	code, at := labelCodeAt(before)
	return code != "" && textSalaryLabel.MatchString(strings.TrimRight(before[:at], " ")+":")
}
