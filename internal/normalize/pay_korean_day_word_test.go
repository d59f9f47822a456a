package normalize

import "testing"

// TestKoreanDayWordAndManwonLabel: 일 alone before an amount is a day's
// pay; a Korean label over an amount in 만 with 원 left off is won; 일
// ending another word (days of work) names no period.
func TestKoreanDayWordAndManwonLabel(t *testing.T) {
	runPayTextCases(t, []payTextCase{
		{"day word field", "일 12만원", "", "120000 120000 KRW day"},
		{"day word range", "일 13~18만원", "", "130000 180000 KRW day"},
		{"day word in text", "", "급여: 일 9만원 (당일 지급)", "90000 90000 KRW day"},
		{"hourly label no won", "시급 1.2만", "", "12000 12000 KRW hour"},
		{"monthly label no won", "월급 280만", "", "2800000 2800000 KRW month"},
		{"daily label no won range", "일급 11~14만", "", "110000 140000 KRW day"},
		{"five days a week is no day word", "주5일 월 250만원", "", "2500000 2500000 KRW month"},
		{"workday word is no day word", "근무일 300만원", "", "3000000 3000000 KRW month"}, // no period: a month's by its size (pay_place_period.go)
		{"bare man with no label stays unread", "2.5만", "", "-"},
	})
}
