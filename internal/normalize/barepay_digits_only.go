package normalize

import "strings"

// bareDigitsOnly reports that reBareAt's match in snip (a text's 80 bytes
// from a run of n digits) holds those digits alone: no separator continues
// the number, and the first byte after the digits and the white space that
// follows (\s: tab, newline, form feed, carriage return, space) starts
// neither a k, a range ("-", "to", a dash) nor a period ("/", "per", "a",
// "an", "p.a.", "hourly" ...). Every part after reBareAt's number is
// optional and starts with \s*, so each would start at that byte. A byte
// past ASCII there (a dash, the Kelvin sign (?i) reads as k, a narrow
// space in a number) or a digit (" 000") is left to the regexp. textBareAt
// reads a match of digits alone as no pay (no period, no thousands, no
// range), so textBarePay need not run the regexp there.
func bareDigitsOnly(snip string, n int) bool {
	if reference {
		return false
	}
	q := n
	if q >= len(snip) {
		return true // digits to the snippet's end
	}
	if c := snip[q]; c == ',' || c == '.' || c == '\'' || c >= 0x80 {
		return false // "76,000", "12.50", "45'000", "45’000"
	}
	for q < len(snip) && (snip[q] == ' ' || snip[q] == '\t' || snip[q] == '\n' || snip[q] == '\f' || snip[q] == '\r') {
		q++
	}
	if q == len(snip) {
		return true
	}
	rest := snip[q:]
	switch c := rest[0] | 0x20; {
	case rest[0] >= 0x80 || isDigit(rest[0]):
		return false
	case c == 'k' || rest[0] == '-' || rest[0] == '/':
		return false // "80k", "- 90", "/hr"
	case c == 'p':
		// "per", "p.a.", "pa", "ph", "pd", "p/h", "p/d"
		return !mayStartWord(rest, "per") && !(len(rest) > 1 && strings.IndexByte(".aAhHdD/", rest[1]) >= 0)
	case c == 'a':
		// "a year", "an hour", "annually": a or an as a word
		return !mayStartWord(rest, "annually") && !boundaryAt(rest, 1) && !(len(rest) > 1 && rest[1]|0x20 == 'n' && boundaryAt(rest, 2))
	case c == 't':
		return !mayStartWord(rest, "to")
	case c == 'h':
		return !mayStartWord(rest, "hourly")
	case c == 'd':
		return !mayStartWord(rest, "daily")
	case c == 'w':
		return !mayStartWord(rest, "weekly")
	case c == 'm':
		return !mayStartWord(rest, "monthly")
	case c == 'y':
		return !mayStartWord(rest, "yearly")
	case c == 'r':
		return !(mayStartWord(rest, "rs") && boundaryAt(rest, 2)) // "10000 rs per month" (barepay_currency_name_period.go)
	}
	return true
}

// mayStartWord reports whether rest may start with the lower-case ASCII
// word under (?i): it does ignoring ASCII case, or a byte past ASCII (the
// Kelvin sign in "weeKly") is among its first bytes.
func mayStartWord(rest, word string) bool {
	if hasPrefixFold(rest, word) {
		return true
	}
	for i := 0; i < len(rest) && i < len(word)+2; i++ {
		if rest[i] >= 0x80 {
			return true
		}
	}
	return false
}

// boundaryAt reports whether a word may end after rest's first n bytes: a
// \b there, or a byte past ASCII that may make one.
func boundaryAt(rest string, n int) bool {
	return n >= len(rest) || rest[n] >= 0x80 || !isASCIIWordChar(rest[n])
}
