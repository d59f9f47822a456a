package normalize

// An amount with no sign may name its money in a code after its period:
// "The salary range is 110,000 - 200,000/year SGD." textBareAt reads the
// amount and its period and left the code, so the amount went to the
// listing's default money.

// codeAfterEnd returns the upper-case ISO currency code right after
// text[:end], past spaces or an opening bracket ("/year SGD", "/month
// (MYR)"); "" when there is none.
func codeAfterEnd(text string, end int) string {
	i := end
	for i < len(text) && i < end+3 && (text[i] == ' ' || text[i] == '(') {
		i++
	}
	if i+3 > len(text) || (i+3 < len(text) && isWordByte(text[i+3])) {
		return ""
	}
	if code := text[i : i+3]; currencyCodes[code] {
		return code
	}
	return ""
}
