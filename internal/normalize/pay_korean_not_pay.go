package normalize

import "strings"

// Korean amounts that are not the listing's pay (table tests in
// pay_korean_not_pay_test.go):
//   - the legal minimum wage quoted for reference ("2026년 최저시급
//     10,320원 참고", "최저임금 10,030원"): 최저 (lowest) right before the
//     hourly label 시급 or the word 임금 (wage);
//   - an incentive ("인센티브 매월 최대 20만원"): 인센티브 earlier in the
//     same clause, with no comma, full stop, slash or line break between it
//     and the amount ("인센티브 별도, 연봉 3,000만원" keeps its salary).
//
// before is the text just before the amount's label (or the amount).
func krNotPayBefore(before string) bool {
	for _, w := range []string{"최저시급", "최저 시급", "최저임금", "최저 임금"} {
		if strings.HasSuffix(strings.TrimRight(before, " :："), w) {
			return true
		}
	}
	i := strings.LastIndex(before, "인센티브")
	return i >= 0 && !strings.ContainsAny(before[i:], ",.，。/\n·;")
}
