package normalize

import (
	"strings"
	"unicode/utf8"
)

// Korean pay fields shorten 일급 (a day's pay) to 일 standing alone before
// the amount ("일 12만원": 120,000 won a day), as 월 stands for 월급. And a
// Korean pay label over an amount counted in 만 names won even when 원 is
// left off ("시급 1.2만": 12,000 won an hour): 만 is the Korean count unit,
// so the label and the unit together say which currency is meant.

// krDayWordBefore is "일" when b (the text before an amount, trimmed) ends
// with 일 as a word of its own: at the start or after a space or a mark,
// never after a digit or another Hangul syllable ("주5일", "근무일" name
// days of work, not a day's pay).
func krDayWordBefore(b string) string {
	rest, ok := strings.CutSuffix(b, "일")
	if !ok {
		return ""
	}
	if rest == "" {
		return "일"
	}
	r, _ := utf8.DecodeLastRuneInString(rest)
	if r >= '0' && r <= '9' || r >= 0xac00 && r <= 0xd7a3 || r >= '０' && r <= '９' {
		return ""
	}
	return "일"
}

// krLabelManwon reports a Korean label over an amount written with 만 or
// 억 (in the first or second end), which names won.
func krLabelManwon(label, lo, hi string) bool {
	if label == "" || label[0] < 0xea || label[0] > 0xed { // Hangul syllables start with the bytes 0xea-0xed
		return false
	}
	return strings.Contains(lo, "만") || strings.Contains(hi, "만") || strings.Contains(lo, "억") || strings.Contains(hi, "억")
}

// krLabelGrouped reports a Korean pay label over a figure grouped in
// thousands by commas with 원 left off ("연봉 : 25,882,560", "시급
// 10,030"): won, as a label over 만 is (krLabelManwon). An ungrouped figure
// ("연봉 2024") is no amount.
func krLabelGrouped(label, lo string) bool {
	if label == "" || label[0] < 0xea || label[0] > 0xed || len(lo) < 5 || !strings.Contains(lo, ",") {
		return false
	}
	for i := 0; i < len(lo); i++ {
		if c := lo[i]; !isDigit(c) && c != ',' || c == ',' && (len(lo)-i)%4 != 0 {
			return false
		}
	}
	return true
}
