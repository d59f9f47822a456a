package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Vietnamese pay written short (table tests in
// pay_vietnamese_short_test.go): "tr" for triệu (a million dong: "10-15tr",
// "Upto 60tr", "Lương 10-15tr/tháng"), and the dong written "VNĐ" or
// "vnđ" before or after an amount ("20.000.000 VNĐ", "VNĐ 20.000.000"). A
// lower-case "tr" right after a number counts in a pay field, or in running
// text after a Vietnamese pay word (trieuPay's rules); "TR" (Turkey) and a
// "tr" inside a word do not.
var (
	trAmount = regexp.MustCompile(`(?:^|[^\d.,\p{L}])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:tr\s*)?(?:(?:-|–|đến|tới|to)\s*(\d{1,3}(?:[.,]\d{1,2})?)\s*)?tr(?:$|[^\p{L}\d])`)
	// vndWritten is the dong code with a stroked D, replaced by " VND"
	// (the same length in bytes) for the money scanner.
	vndWritten = strings.NewReplacer("VNĐ", " VND", "vnđ", " VND", "Vnđ", " VND", "VNđ", " VND")
)

// dongShortPay (called by unscannedPay when nothing else read pay) reads
// the wording above; nil when there is none.
func dongShortPay(text string, lenient bool) *payCandidate {
	if c := vnKPeriodPay(text, lenient); c != nil {
		return c // "40k/giờ" (pay_vn_k_period.go)
	}
	text = trCapitalDong(text) // "8 Tr - 12 Tr VND" (pay_vn_capital_tr.go)
	if strings.Contains(text, "Đ") || strings.Contains(text, "đ") {
		if r := vndWritten.Replace(text); r != text && len(r) == len(text) {
			if c := bestPay(r, lenient); c != nil && c.currency == "VND" && c.min > 0 && c.max >= c.min {
				if c.start > 0 && (strings.HasPrefix(text[c.start-1:], "VN") || strings.HasPrefix(text[c.start-1:], "vn") || strings.HasPrefix(text[c.start-1:], "Vn")) {
					c.start-- // "VNĐ 20.000.000": the code's first letter is one byte earlier in text
				}
				return c // offsets are otherwise the same in text
			}
		}
	}
	if !lenient && !vietnameseMarks(text) || !trAfterDigit(text) {
		return nil // the cheap test: no "tr" right after a digit (spaces between)
	}
	for _, m := range trAmount.FindAllStringSubmatchIndex(text, 4) {
		before := text[max(0, m[2]-60):m[2]]
		if badBefore.MatchString(before) {
			continue
		}
		end := m[1]
		if end > m[2] && end <= len(text) && !strings.HasSuffix(text[:end], "tr") {
			end = m[1] - 1 // the byte after "tr" is no part of the amount
			for end > 0 && text[end-1] != 'r' {
				end-- // a multi-byte rune after "tr"
			}
		}
		var unit model.PayUnit
		if p := trieuPeriod.FindStringSubmatchIndex(text[end:]); p != nil {
			unit = trieuUnit(text[end+p[2] : end+p[3]])
			end += p[1]
		}
		if !lenient && !vnPayWord.MatchString(before) {
			continue
		}
		lo, hi := groupRange(text, m)
		if lo <= 0 || hi <= 0 {
			continue
		}
		c := &payCandidate{money: money{start: m[2], end: end, min: lo * 1e6, max: hi * 1e6, currency: "VND", ranged: m[4] >= 0 && lo != hi}, score: 2}
		c.unit = unit
		if c.unit == "" {
			c.unit = sizeUnit(c.money)
		}
		if implausibleAmount(*c) {
			continue
		}
		return c
	}
	return nil
}

// trAfterDigit reports a "tr" whose previous non-space byte is a digit.
func trAfterDigit(text string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], "tr")
		if j < 0 {
			return false
		}
		k := i + j
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		if k > 0 && isDigit(text[k-1]) {
			return true
		}
		i += j + 2
	}
}

// vietnameseMarks reports the letters every Vietnamese pay word (vnPayWord)
// holds one of: ư (0xC6 0xB0), ù, or a letter of the Latin Extended
// Additional block (0xE1 0xBA / 0xE1 0xBB: ậ, ợ, ụ ...).
func vietnameseMarks(s string) bool {
	return strings.IndexByte(s, 0xC6) >= 0 || strings.Contains(s, "\xe1\xba") || strings.Contains(s, "\xe1\xbb") || strings.Contains(s, "ù")
}
