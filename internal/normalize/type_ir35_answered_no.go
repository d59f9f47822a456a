package normalize

// ir35AnsweredNo reports whether the text right after an "IR35" word is a
// form label answered in the negative: "Outside IR35: no", "Inside IR35 -
// No", "IR35? none". Such a line says the rule does not hold for the role,
// so it is no sign of a contract; "Outside IR35: yes" and "IR35: inside"
// still are. after starts just past the "IR35" word.
func ir35AnsweredNo(after string) bool {
	i := skipSpaces(after, 0)
	if i >= len(after) {
		return false
	}
	switch {
	case after[i] == ':' || after[i] == '-' || after[i] == '?':
		i++
	case hasPrefixFold(after[i:], "\u2013"): // en dash
		i += len("\u2013")
	default:
		return false
	}
	i = skipSpaces(after, i)
	for _, w := range [...]string{"none", "no", "n", "false"} {
		if hasPrefixFold(after[i:], w) {
			j := i + len(w)
			return j == len(after) || !isLetterByte(after[j])
		}
	}
	return false
}
