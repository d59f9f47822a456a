package normalize

import (
	"regexp"
	"strings"
)

// The two ends of a pay-range block flattened into running text: career
// pages put each end in its own element, and when the markup becomes text
// the dash (drawn by CSS, or never written) is gone: "Pay range $230,000
// $300,000 USD", "<span>$230,000</span><span>$300,000 USD</span>".
// spanRangePay reads such a pair when it is the whole pay field; in the
// description the pair must be on one line with nothing between the ends
// but spaces, the same sign before both, a pay word or a pay-range phrase
// ("base range", "range for this position") in the 60 bytes before it or
// nothing else on its line, and the second end larger and at most
// three times the first. The money scanner reads one end (the second, when
// a code follows it) or, when the second sign reads as the first amount's
// trailing currency, none. Table tests in pay_english_markets_test.go.

// spanRangeTextPair is such a pair at the start of the text it is given:
// the signs (groups 1 and 3) and figures (2 and 4), then an optional
// three-letter code.
var spanRangeTextPair = regexp.MustCompile(`^([$€£])\s?(` + number + `)[ \t\x{00a0}]*([$€£])\s?(` + number + `)(?:[ \t]*[A-Z]{3}\b)?`)

// spanRangeTextPay (called in ParsePay after spanRangePay) reads such a
// pair in running text: it widens the one end read to the range of both,
// or, when nothing was read, judges the pair as pay. Other candidates are
// returned as they are.
func spanRangeTextPay(text string, lenient bool, best *payCandidate) *payCandidate {
	if lenient || best != nil && (best.ranged || best.score >= 3) {
		return best
	}
	if best != nil {
		for i := max(0, best.start-40); i < best.start; i++ {
			if !isPairSign(text, i) {
				continue
			}
			if lo, hi, end, ok := spanRangeTextAt(text, i); ok && end >= best.end-4 && (best.max == lo || best.max == hi) {
				c := *best
				c.min, c.max, c.ranged = lo, hi, true
				c.start, c.end = i, end
				return &c
			}
		}
		return best
	}
	// Nothing read: try the first signs of the text, at most 24 of each
	// ('$', '€', '£': one fast search each, as most texts hold none).
	for _, sign := range [...]string{"$", "€", "£"} {
		for from, tries := 0, 0; tries < 24; tries++ {
			j := strings.Index(text[from:], sign)
			if j < 0 {
				break
			}
			i := from + j
			from = i + len(sign)
			if !isPairSign(text, i) {
				continue
			}
			lo, hi, end, ok := spanRangeTextAt(text, i)
			if !ok {
				continue
			}
			if c, ok := judge(text, money{start: i, end: end, min: lo, max: hi, currency: currencies[sign], ranged: true}, false); ok {
				return &c
			}
		}
	}
	return nil
}

// isPairSign reports a '$', '€' or '£' at i followed by a digit (or a
// space and a digit).
func isPairSign(text string, i int) bool {
	s := signAt(text, i)
	if s == "" {
		return false
	}
	j := i + len(s)
	if j < len(text) && text[j] == ' ' {
		j++
	}
	return j < len(text) && isDigit(text[j])
}

// signAt is the sign at i: "$", "€", "£", or "".
func signAt(text string, i int) string {
	switch {
	case text[i] == '$':
		if i > 0 && isWordByte(text[i-1]) {
			return "" // "US$", "HK$", "A$": another dollar, read by the scanner
		}
		return "$"
	case strings.HasPrefix(text[i:], "€"):
		return "€"
	case strings.HasPrefix(text[i:], "£"):
		return "£"
	}
	return ""
}

// spanRangeWord names a pay range without a pay word before such a pair:
// "The base range for this position is $X $Y", "hiring range".
var spanRangeWord = regexp.MustCompile(`(?i)\b(?:base|hiring)\s+range\b|\brange\s+for\s+th(?:is|e)\s+(?:position|role|job)\b`)

// spanRangeTextAt reads a pair at i: its ends, where it ends, and whether
// it is one (same sign, a larger second end of at most three times the
// first, alone on its line or after a pay word or a range word).
func spanRangeTextAt(text string, i int) (lo, hi float64, end int, ok bool) {
	m := spanRangeTextPair.FindStringSubmatchIndex(text[i:min(len(text), i+64)])
	if m == nil {
		return 0, 0, 0, false
	}
	for k := range m {
		if m[k] >= 0 {
			m[k] += i
		}
	}
	if text[m[2]:m[3]] != text[m[6]:m[7]] {
		return 0, 0, 0, false
	}
	lo, _ = parseAmount(text[m[4]:m[5]], "")
	hi, _ = parseAmount(text[m[8]:m[9]], "")
	if lo <= 0 || hi <= lo || hi > 3*lo {
		return 0, 0, 0, false
	}
	lineStart := strings.LastIndexByte(text[:i], '\n') + 1
	lineEnd := len(text)
	if k := strings.IndexByte(text[m[1]:], '\n'); k >= 0 {
		lineEnd = m[1] + k
	}
	alone := strings.TrimSpace(text[lineStart:i]) == "" && strings.TrimSpace(strings.TrimRight(text[m[1]:lineEnd], ".")) == ""
	if before := text[max(0, i-60):i]; !alone && !payWord.MatchString(before) && !spanRangeWord.MatchString(before) {
		return 0, 0, 0, false
	}
	return lo, hi, trimEnd(text, i, m[1]), true
}
