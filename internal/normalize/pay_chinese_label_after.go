package normalize

import "strings"

// Chinese posts also name the pay after its figures, joined by 的:
// "我们提供15-25K的薪资" (we offer a salary of 15-25K), "8000元的月薪" (a
// monthly salary of 8,000 yuan). The label after the figures then does
// what one before them does (pay_cjk.go): it makes the figures pay, names
// yuan and gives the period its word holds (月薪 a month, 年薪 a year; a
// generic 薪资 leaves the period to the size). Table tests in
// pay_chinese_label_after_test.go.

// chineseLabelJoinedAfter returns the pay label written right after an amount
// with 的 between ("的薪资" in "15-25K的薪资") and the length of rest up to
// the label's end; "" and 0 when rest does not open so.
func chineseLabelJoinedAfter(rest string) (string, int) {
	s := strings.TrimLeft(rest, " ")
	t, ok := strings.CutPrefix(s, "的")
	if !ok {
		return "", 0
	}
	for _, l := range chineseFieldLabels {
		if strings.HasPrefix(t, l) {
			return l, len(rest) - len(t) + len(l)
		}
	}
	return "", 0
}
