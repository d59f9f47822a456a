package normalize

import (
	"regexp"
	"strings"
)

// Russian salary ranges write the thousands ("к", "тыс.") once, after the
// second figure, for both: "Вилка 260-320к руб", "от 300 до 600 тыс.
// руб." are 260,000-320,000 and 300,000-600,000 roubles, as "$90-105k" is
// 90,000-105,000 dollars.

// roubleSharedThousands (called in cyrillicPay once both ends are
// read) gives the first end of a range the second end's thousands when the
// first has none (mult1 false), the second has them (mult2 true), the first
// is under a thousand and the range then rises: it returns the first end.
func roubleSharedThousands(lo, hi float64, mult1, mult2 bool) float64 {
	if !mult1 && mult2 && lo < 1000 && lo*1000 <= hi {
		return lo * 1000
	}
	return lo
}

// roubleSlash is a rouble amount or range whose thousands word is followed
// by a slash before the currency: "360-500к/руб", "от 200 до 300 тыс/руб",
// "150к/руб".
var roubleSlash = regexp.MustCompile(`(?:^|[^\d.,])(\d{1,3})\s*(к|К|k|K|тыс\.?)?(?:\s*(?:-|–|—|до)\s*(\d{1,3})\s*(к|К|k|K|тыс\.?))?\s*/\s*(?:руб(?:лей|ля|\.)?|₽)`)

// roubleSlashPay (called in bestPay) reads roubleSlash when nothing else
// was read (best is nil); else it returns best. In running text the amount
// needs a pay word before it (cyrillicPayWord); a pay field does not.
// With no period it is a month's (monthlyCurrencies).
func roubleSlashPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if best != nil || !strings.Contains(text, "/руб") && !strings.Contains(text, "/ руб") && !strings.Contains(text, "/₽") {
		return best
	}
	for _, m := range roubleSlash.FindAllStringSubmatchIndex(text, -1) {
		if m[4] < 0 && m[8] < 0 {
			continue // "360/руб": no thousands word, a price per unit
		}
		before := text[max(0, m[2]-40):m[2]]
		if !lenient && !cyrillicPayWord.MatchString(before) || badBefore.MatchString(before) {
			continue
		}
		lo, _ := parseAmount(group(text, m, 1), "")
		if m[4] >= 0 {
			lo *= 1000
		}
		hi := lo
		if m[6] >= 0 {
			hi, _ = parseAmount(group(text, m, 3), "")
			hi *= 1000
			lo = roubleSharedThousands(lo, hi, m[4] >= 0, true)
		}
		if lo <= 0 || hi < lo {
			continue
		}
		c := &payCandidate{money: money{start: m[2], end: m[1], min: lo, max: hi, currency: "RUB", ranged: lo != hi}, score: 2}
		c.unit = sizeUnit(c.money)
		return c
	}
	return nil
}
