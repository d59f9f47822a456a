package normalize

// A CJK pay phrase with a pay label (月給, 年収, 時給, 연봉 ...) names the
// pay; an amount before it read only by its currency sign and size is a
// guess. "1200円 月給21万円" is a month's 210,000 yen, not an hour's 1,200.

// cjkLabelledAfter is the first of cjkMoney's later matches ms in text
// that has a pay label right before it and reads as pay, or nil.
func cjkLabelledAfter(text string, lenient bool, ms [][]int) *payCandidate {
	for _, m := range ms {
		if cjkLabelBefore(text[:m[2]]) == "" {
			continue
		}
		if c := cjkPayFrom(text, lenient, [][]int{m}); c != nil {
			return c
		}
	}
	return nil
}
