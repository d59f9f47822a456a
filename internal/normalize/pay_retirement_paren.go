package normalize

// A US retirement plan is written with its letter in brackets, and a
// dollar sign sometimes lands in front of its number: "$401(k) match",
// "$403(b) plan". The figure is the plan's name, not pay.

// retirementParenAfter reports an amount of 401, 403 or 457 dollars, not
// a range, followed (directly or after one space) by a bracketed k or b.
func retirementParenAfter(text string, m money) bool {
	if m.ranged || m.kSuffix || (m.min != 401 && m.min != 403 && m.min != 457) {
		return false
	}
	rest := text[m.end:]
	if len(rest) > 0 && rest[0] == ' ' {
		rest = rest[1:]
	}
	if len(rest) < 3 || rest[0] != '(' || rest[2] != ')' {
		return false
	}
	c := rest[1] | 0x20
	return c == 'k' || c == 'b'
}
