package normalize

// A currency code is written glued to its amount on some boards:
// "AED19,000-AED20,000 per month", "USD5,000 per month", "EUR50,000". The
// amount programs read a code before a number with no word boundary
// between them (curPre, curPreWide: the number must follow anyway, so
// "USDA 5" or "USDT 500" still read no code), and currencyMarkers finds the
// code through codeEnds3.

// codeEnds3 reports whether s[i:j], letters found by currencyMarkers, ends
// where a currency code may: at the text's end, before a byte that is no
// word byte, or, for a three-letter code, right before a digit ("AED19,000").
func codeEnds3(s string, i, j int) bool {
	return j == len(s) || !isWordByte(s[j]) || j-i == 3 && isDigit(s[j])
}
