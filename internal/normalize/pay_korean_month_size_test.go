package normalize

import "testing"

// TestKoreanMonthSize: won stated without a period is a month's pay from
// 1,000,000 to 15,000,000 and a year's above; thousands grouped by two or
// more points are read whole.
func TestKoreanMonthSize(t *testing.T) {
	for _, c := range []struct{ field, want string }{
		{"급여 2,310,000원", "2310000 2310000 KRW month"},
		{"3.100.000원", "3100000 3100000 KRW month"},
		{"2.500.000 ~ 3.200.000원", "2500000 3200000 KRW month"},
		{"42,000,000원", "42000000 42000000 KRW year"}, // above the ceiling: a year's
		{"연봉 3,800만원", "38000000 38000000 KRW year"},  // a label says the year
		{"월 250만원", "2500000 2500000 KRW month"},      // a label says the month
	} {
		p, _ := ParsePay("pay_text", c.field)
		if got := tablePay(p); got != c.want {
			t.Errorf("ParsePay(%q) = %q, want %q", c.field, got, c.want)
		}
	}
}

// TestKoreanLabelGroupedFigure: a Korean pay label over a figure grouped by
// commas with 원 left off is won.
func TestKoreanLabelGroupedFigure(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{"year label, no won", "연봉: 31,450,000", "", "31450000 31450000 KRW year"},
		{"hour label, no won", "시급 10,320", "", "10320 10320 KRW hour"},
		{"in brackets after a note", "면접 후 결정(연봉 : 28,600,000)", "", "28600000 28600000 KRW year"},
		{"trap: a year after the label", "연봉 2027년 인상", "", "-"},
		{"trap: an ungrouped figure", "연봉 30000000", "", "-"},
	})
}
