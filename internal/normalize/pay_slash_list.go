package normalize

import "strings"

// A pay field listing three or more amounts joined by slashes, "1000 /
// 2000 / 3000 AZN monthly", names tiers or alternatives, not one pay: the
// money scanner read the last amount, which carries the currency, alone.
// slashListBefore (called in judge with the rejections) reports an amount
// that at least two bare numbers, each closed by a slash, stand right
// before. Two amounts ("1000/2000 AZN") and a rate's own slash ("$25/hr")
// are left.
func slashListBefore(before string) bool {
	b := before
	for n := 0; ; n++ {
		b = strings.TrimRight(b, " \u00a0")
		if !strings.HasSuffix(b, "/") {
			return n >= 2
		}
		b = strings.TrimRight(b[:len(b)-1], " \u00a0")
		i := len(b)
		for i > 0 && (isDigit(b[i-1]) || b[i-1] == ',' || b[i-1] == '.') {
			i--
		}
		if i == len(b) || !isDigit(b[i]) || i > 0 && isLetterByte(b[i-1]) {
			return false
		}
		b = b[:i]
	}
}
