package normalize

import "regexp"

// pesoLetterAmount is a Philippine peso amount written with a bare capital
// P and grouped thousands, as the country's boards often write it:
// "P30,000/month", "P18,000 - P22,000 per month". The grouping is required
// (a lone "P5" is a grade or a part), and so is a period right after the
// amount (pesoLetterPay), so a code such as "P1,200 units" is not money.
var pesoLetterAmount = regexp.MustCompile(`(?:^|[\s(:])P\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?)(?:\s*(?:-|–|to)\s*P?\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?))?`)

// pesoLetterPay reads such an amount as PHP when nothing else was read
// (called last among the fallbacks in bestPay); nil when there is none.
func pesoLetterPay(text string, lenient bool) *payCandidate {
	if !pesoLetterGate(text) {
		return nil
	}
	for _, m := range pesoLetterAmount.FindAllStringSubmatchIndex(text, 4) {
		start := m[0]
		if text[start] != 'P' {
			start++
		}
		if unitAfter.FindStringIndex(text[m[1]:min(len(text), m[1]+40)]) == nil {
			continue
		}
		lo, big := parseAmount(text[m[2]:m[3]], "")
		hi, big2 := lo, false
		if m[4] >= 0 {
			hi, big2 = parseAmount(text[m[4]:m[5]], "")
		}
		if big || big2 || lo <= 0 || hi < lo {
			continue
		}
		c, ok := judge(text, money{start: start, end: m[1], min: lo, max: hi, currency: "PHP", ranged: m[4] >= 0}, lenient)
		if ok && c.unit != "" {
			return &c
		}
	}
	return nil
}

// pesoLetterGate reports a capital P followed by a digit (or one space and
// a digit) somewhere in text: the cheap test before the regexp (most texts
// have a capital P, few have one before a figure).
func pesoLetterGate(text string) bool {
	found := false
	markStartsBeforeDigit(text, "P", false, func(int) { found = true }) // pay_boliviano_mark.go
	return found
}
