package normalize

import "strings"

// moneyOnlyLineMax is how many lines from the top of a text
// moneyOnlyLinePay looks at: short chat-style postings put the role on the
// first line and the pay on a line of its own just below it.
const moneyOnlyLineMax = 8

// moneyOnlyLinePay (called in payCandidateIn when running text gave no pay)
// reads a line near the top of a text that holds nothing but an amount or
// a range with its currency ("до 400 000 руб", "200 000 - 400 000 руб"
// under a role line), as moneyOnly reads a whole text that short. A line
// right after one that ends in a colon is left alone: the label above says
// what the money is, and that may be a price. The amount's place is given
// in the whole text.
func moneyOnlyLinePay(text string) *payCandidate {
	if strings.IndexByte(text, '\n') < 0 {
		return nil
	}
	at, prev := 0, ""
	for n := 0; n < moneyOnlyLineMax && at < len(text); n++ {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text) - at
		}
		line := text[at : at+end]
		trimmed := strings.TrimSpace(line)
		if trimmed != "" && !strings.HasSuffix(prev, ":") && moneyOnly(trimmed) {
			if c := bestPay(line, true); c != nil && c.max > 0 {
				c.start += at
				c.end += at
				return c
			}
		}
		if trimmed != "" {
			prev = trimmed
		}
		at += end + 1
	}
	return nil
}
