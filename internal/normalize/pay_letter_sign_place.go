package normalize

import (
	"slices"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A naira or peso written with a plain letter for its sign, as boards in
// Nigeria and the Philippines often do: "N150,000 - N200,000 per month"
// in Lagos, "P600/day" and "P18,000 - P22,000" in Manila (table tests in
// pay_letter_sign_place_test.go). Read only where the posting is in that
// country and nothing else in the field was pay: the letter before a
// figure is rewritten as its sign ("₦", "₱") and the text read again, and
// the evidence is mapped back to the text as written. A figure needs its
// thousands ("N150,000") or three digits or more ("P600"): "N95 masks",
// "P2 priority" are none.

// letterSigns maps a country to its letter and the sign it stands for.
var letterSigns = map[string][2]string{"NG": {"N", "₦"}, "PH": {"P", "₱"}}

// letterSignPay is the pay in text read with the posting's country's
// letter as its sign, or nil.
func letterSignPay(field, text string, l *model.Listing) *model.Pay {
	if l.Remote == model.RemoteRemote || len(l.Locations) == 0 {
		return nil
	}
	var sign [2]string
	for _, loc := range l.Locations {
		for _, r := range Regions(loc) {
			if s, ok := letterSigns[r]; ok && sign[0] == "" {
				sign = s
			}
		}
	}
	if sign[0] == "" || !strings.Contains(text, sign[0]) {
		return nil
	}
	letter := sign[0][0]
	var b strings.Builder
	var at []int // where each sign was put, in the rewritten text
	for i := 0; i < len(text); i++ {
		if text[i] == letter && (i == 0 || !isWordByte(text[i-1])) && letterSignFigure(text[i+1:]) {
			at = append(at, b.Len())
			b.WriteString(sign[1])
			continue
		}
		b.WriteByte(text[i])
	}
	if len(at) == 0 {
		return nil
	}
	pay, _ := ParsePay(field, b.String())
	if pay == nil || pay.Evidence == nil {
		return nil
	}
	return evidenceBack(pay, text, at, slices.Repeat([]int{1}, len(at)), len(sign[1])) // each sign stands for its one letter (pay_iberian.go)
}

// letterSignFigure reports a salary-sized figure at the start of s: one
// written with its thousands ("150,000", "18,000.00") or of three digits
// or more ("600"), ending at no letter or digit.
func letterSignFigure(s string) bool {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	if n == 0 || n > 7 {
		return false
	}
	thousands := false
	for n < len(s) && s[n] == ',' && n+3 < len(s)+0 && len(s) >= n+4 && isDigit(s[n+1]) && isDigit(s[n+2]) && isDigit(s[n+3]) && (n+4 == len(s) || !isDigit(s[n+4])) {
		n += 4
		thousands = true
	}
	if !thousands && n < 3 {
		return false
	}
	return n == len(s) || !isLetterByte(s[n]) && !isDigit(s[n])
}
