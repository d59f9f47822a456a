package normalize

import "strings"

// Korean amounts counted in thousands of 만 (ten thousand won): "4천만원"
// is 40,000,000 won, "4천5백만원" 45,000,000, "1억 2천만원" 120,000,000;
// "3~4천만원" puts the unit on the second end only, as "3~4억원" does.

// krCheon is the thousands part of a Korean amount before 만: 천 (a
// thousand) with an optional hundreds part (5백).
const krCheon = `\s*천(?:\s*` + cjkNum + `\s*백)?`

// krCheonValue is the count of 만 in v followed by rest: with rest
// opening with 천, v thousands plus the hundreds after it ("4천5백만"
// gives 4,500); else v as it is ("5000만").
func krCheonValue(v float64, rest string) float64 {
	after, ok := strings.CutPrefix(strings.TrimLeft(rest, " \t"), "천")
	if !ok {
		return v
	}
	after = strings.TrimLeft(after, " \t")
	i := 0
	for i < len(after) && isDigit(after[i]) {
		i++
	}
	if i > 0 && strings.HasPrefix(strings.TrimLeft(after[i:], " \t"), "백") {
		h := 0.0
		for _, c := range after[:i] {
			h = h*10 + float64(c-'0')
		}
		return v*1000 + h*100
	}
	return v * 1000
}

// krMonthLabels are Korean pay labels quoted by the month: 기본급 (base
// pay), 실수령액 / 실수령 (take-home pay) and 월급여 (monthly pay), also
// written with a space.
const krMonthLabels = `|기본급|실수령액|실 수령액|실수령|월급여|월 급여`

// krMonthLabel reports one of krMonthLabels.
func krMonthLabel(label string) bool {
	switch label {
	case "기본급", "실수령액", "실 수령액", "실수령", "월급여", "월 급여":
		return true
	}
	return false
}
