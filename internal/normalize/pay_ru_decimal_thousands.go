package normalize

import (
	"strconv"
	"strings"
)

// Russian boards write a thousands word after a decimal figure: "от 2.5
// тыс. BYN", "до 1,5 тыс. руб." (two and a half thousand). ruAmountAt reads
// a figure of up to three digits, a point or comma and one or two digits as
// one figure; with a thousands word after it the figure is a decimal
// (ruDecimalThousands), without one it is read as before: only its whole
// part, with nothing after it (ruDecimalCut), since "12,50" alone is no
// amount these readers take.

// ruDecimalCut returns where the decimal separator of a figure like "2.5"
// or "12,50" stands, or 0 when num is no such figure.
func ruDecimalCut(num string) int {
	k := strings.IndexAny(num, ".,")
	if k <= 0 || k > 3 || len(num)-k-1 < 1 || len(num)-k-1 > 2 {
		return 0
	}
	for j := 0; j < len(num); j++ {
		if j != k && (num[j] < '0' || num[j] > '9') {
			return 0
		}
	}
	return k
}

// ruDecimalThousands reads the amount ruAmountAt matched at s[i:] (m) when
// it is a decimal figure with a thousands word after it: "2.5 тыс." is
// 2,500. ok is false for any other amount, or when the amount ends inside
// a longer word.
func ruDecimalThousands(s string, i int, m []int) (a ruAmount, ok bool) {
	num := s[i+m[6] : i+m[7]]
	if m[8] < 0 || ruDecimalCut(num) == 0 {
		return a, false
	}
	v, err := strconv.ParseFloat(strings.Replace(num, ",", ".", 1), 64)
	if err != nil || v <= 0 {
		return a, false
	}
	if ruWordGoesOn(s, i+m[1]) {
		return a, false
	}
	a = ruAmount{v: v * ruThousandsFactor(s[i+m[8]:i+m[9]]), thousands: true, end: i + m[1]}
	ruBoundCurrency(&a, s, i, m) // pay_ru_salary_gig_boards.go
	return a, true
}
