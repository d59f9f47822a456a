package normalize

import "regexp"

// officeMonthlyAt is officeMonthly anchored at the start of the text:
// officeMonthFind tries it only where a requirement word starts.
var officeMonthlyAt = regexp.MustCompile(`^(?:` + officeMonthly.expr + `)`)

// officeMonthStart reports whether one of officeMonthly's requirement
// words (requires?, required, will require, mandatory, must, obligatory,
// expected to, needs? to) may start at seg[i]: it starts with "will
// requir", "requir", "mandatory", "must", "obligatory", "expected" or
// "need", ignoring ASCII case.
func officeMonthStart(seg string, i int) bool {
	switch seg[i] | 0x20 {
	case 'w':
		return hasPrefixFold(seg[i:], "will requir")
	case 'r':
		return hasPrefixFold(seg[i:], "requir")
	case 'm':
		return hasPrefixFold(seg[i:], "mandatory") || hasPrefixFold(seg[i:], "must")
	case 'o':
		return hasPrefixFold(seg[i:], "obligatory")
	case 'e':
		return hasPrefixFold(seg[i:], "expected")
	case 'n':
		return hasPrefixFold(seg[i:], "need")
	}
	return false
}

// officeMonthFind is officeMonthly.plain().FindStringIndex(seg). Every match
// starts at a word boundary with a requirement word, so it tries the
// anchored expression only at the places officeMonthStart accepts that
// follow no ASCII word character (\b there, as seg[i] is a letter),
// leftmost first: the first that matches starts the leftmost match and
// ends where the unanchored search's does (both take the first preferred
// match from one start over the same text after it). A plain search
// backtracks at every byte of the window. A window with a rune that folds
// to an ASCII letter ("muſt": (?i) matches the long s as s) is searched
// whole, as is every window in the reference run.
func officeMonthFind(seg string) []int {
	if reference || slowText(seg) {
		return officeMonthly.plain().FindStringIndex(seg)
	}
	for i := 0; i < len(seg); i++ {
		if i > 0 && isASCIIWordChar(seg[i-1]) || !officeMonthStart(seg, i) {
			continue
		}
		if loc := officeMonthlyAt.FindStringIndex(seg[i:]); loc != nil {
			return []int{i + loc[0], i + loc[1]}
		}
	}
	return nil
}
