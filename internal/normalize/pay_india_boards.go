package normalize

import (
	"math"
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Indian job boards (Naukri and its copies) print a pay range whose two
// ends carry different units when the range crosses a unit: rupees to
// lakhs ("40,000 - 2.5 Lacs PA") or lakhs to crores ("80 Lacs - 1.2 Cr
// PA"). Each end is read in its own unit; an end with no unit word is
// rupees when it is written with thousands (four digits or more) and
// otherwise takes the other end's unit.

// lakhMixedField is a pay field holding only such a range.
var lakhMixedField = regexp.MustCompile(`(?i)^\s*(?:ctc\s*:?\s*)?(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:,\d{2,3})*(?:\.\d{1,2})?)\s*(lakhs?|lacs?|l|crores?|cr)?\.?\s*(?:-|–|to)\s*(?:₹|rs\.?|inr)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*(lakhs?|lacs?|crores?|cr)\.?\s*(?:p\.?\s?a\.?|per annum|a year|per year)?\s*$`)

// indianUnit is the rupees in one of a unit word ("lacs", "cr"); 1 for none.
func indianUnit(w string) float64 {
	if w == "" {
		return 1
	}
	switch w[0] | 0x20 {
	case 'c':
		return 1e7
	}
	return 1e5
}

// lakhMixedPay (called in bestPay before lakhPay, for a pay field only)
// reads a range whose ends carry different units as rupees a year; nil
// when the field is anything else or both ends share one unit (lakhPay
// and lakhSignlessPay read those).
func lakhMixedPay(text string, lenient bool) *payCandidate {
	if !lenient || len(text) > 48 {
		return nil
	}
	m := lakhMixedField.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	loText, hiText := text[m[2]:m[3]], text[m[6]:m[7]]
	loWord, hiWord := "", text[m[8]:m[9]]
	if m[4] >= 0 {
		loWord = text[m[4]:m[5]]
	}
	lo, _ := parseAmount(loText, "")
	hi, _ := parseAmount(hiText, "")
	fHi := indianUnit(hiWord)
	fLo := indianUnit(loWord)
	if loWord == "" {
		if lo < 1000 {
			return nil // "3 - 5 Lacs": one unit for both (lakhPay)
		}
	} else if fLo == fHi {
		return nil
	}
	lo, hi = math.Round(lo*fLo), math.Round(hi*fHi) // "2.2 Lacs" is 220000 rupees, not a float's neighbour
	if lo <= 0 || hi < lo || hi >= croreMax {
		return nil
	}
	return &payCandidate{money: money{start: m[2], end: trimEnd(text, m[2], m[1]), min: lo, max: hi, currency: "INR", ranged: true, kSuffix: true}, unit: model.UnitYear, score: 2}
}

// hazarAmount (called on each amount in bestPay, after croreAmount) reads
// the Hindi word for a thousand after an amount: "₹20 hazar", "₹15
// hazaar" are 20,000 and 15,000 rupees.
func hazarAmount(text string, m money) money {
	if m.end+6 > len(text) || m.kSuffix || m.max >= 1000 || m.currency != "INR" {
		return m
	}
	i := m.end
	if text[i] == ' ' {
		i++
	}
	if i >= len(text) || text[i]|0x20 != 'h' {
		return m
	}
	w := 0
	switch {
	case hasPrefixFold(text[i:], "hazaar"):
		w = 6
	case hasPrefixFold(text[i:], "hazar"):
		w = 5
	default:
		return m
	}
	if i+w < len(text) && isWordByte(text[i+w]) {
		return m
	}
	m.min, m.max, m.end, m.kSuffix = m.min*1e3, m.max*1e3, i+w, true
	return m
}

// rozBefore (a branch of judge, for an amount with no period after it)
// reports a Hindi "every day" word right before a rupee amount: "roz
// ₹600", "rozana ₹450", "Roz ₹3000 tak": the amount is a day's pay.
func rozBefore(before string, m money) bool {
	if m.currency != "INR" {
		return false
	}
	b := before[max(0, len(before)-8):]
	n := len(b)
	for n > 0 && b[n-1] == ' ' {
		n--
	}
	b = b[:n]
	for _, w := range [...]string{"rozana", "roz"} {
		if len(b) >= len(w) && hasPrefixFold(b[len(b)-len(w):], w) && (len(b) == len(w) || !isWordByte(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// lakhToCrore reads the second end of a range that starts in lakhs and
// ends in crores, with a currency before it: "₹80 Lakh - 1.2 Crore", "INR
// 90 Lacs - 1.1 Cr". The money pattern knows lakhs but not crores, so it
// ends the range at the bare "1.2"; end is where it stopped and m1 the
// first end's multiplier. It returns the second end in rupees and the end
// past the crore word; ok is false for anything else. An end of ten crore
// or more (croreMax) is returned too: the caller marks it as no salary.
func lakhToCrore(s string, end int, m1 string, lo, raw2 float64) (hi float64, newEnd int, ok bool) {
	switch strings.ToLower(m1) {
	case "l", "lakh", "lakhs", "lac", "lacs":
	default:
		return 0, 0, false
	}
	n := croreWord(s[end:])
	if n == 0 || raw2 <= 0 || raw2 >= 100 {
		return 0, 0, false
	}
	hi = math.Round(raw2 * 1e7)
	if hi < lo {
		return 0, 0, false
	}
	return hi, end + n, true // the caller marks ten crore or more as no salary
}
