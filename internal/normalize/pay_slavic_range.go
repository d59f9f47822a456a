package normalize

import (
	"regexp"
	"strings"
)

// slavicRangeFrom is the start of a Polish, Czech or Slovak range written
// with words before its end: "od 7000 do " (from 7000 to), "od 40 000 Kč
// do ". It is matched on the text right before the amount.
var slavicRangeFrom = regexp.MustCompile(`(?i)(?:^|[\s(:])od\s+(\d{1,3}(?: \d{3})+(?:,\d{2})?|\d+(?:[.,]\d{1,2})?)\s*(?:zł|pln|kč|czk|eur|€)?\s+do\s+$`)

// slavicRangeStart (called next to wordRangeStart in bestPay) widens a one-amount candidate whose range start is
// written before it as "od … do …" ("od 7000 do 9000 zł miesięcznie"): the
// start must be below the amount and at least a tenth of it.
func slavicRangeStart(text string, c *payCandidate) {
	widenRangeStart(text, c, func(before string) bool {
		return strings.HasSuffix(before, "do ") || strings.HasSuffix(before, "DO ") || strings.HasSuffix(before, "Do ")
	}, slavicRangeFrom, 1)
}

// perkWords name a perk a budget, stipend or allowance is for: "home
// office stipend of $500", "equipment allowance: €300". A stipend with no
// such word before it ("monthly stipend of $500") stays pay.
var perkWords = []string{"home office", "homeoffice", "home-office", "equipment", "hardware", "learning", "education",
	"wellness", "well-being", "internet", "phone", "mobile", "gym", "coworking", "co-working", "workspace", "desk", "setup",
	"lunch", "meal", "learning & development", "learning and development", "professional development"}

// perkBudgetBefore reports a perk budget named right before an amount:
// the text before it ends in a perk word, a budget
// word and at most "of", "is", "worth", "up to" or a colon.
func perkBudgetBefore(before string) bool {
	b := strings.TrimRight(before, " \t:(")
	b = altAmountCut(b) // "lunch stipend of $75/£75": the second sign's amount
	for _, w := range []string{"of", "is", "worth", "up to"} {
		if len(b) > len(w) && hasSuffixFold(b, w) && b[len(b)-len(w)-1] == ' ' {
			b = strings.TrimRight(b[:len(b)-len(w)], " \t:")
			break
		}
	}
	if perksLeadBefore(b) {
		return true // "Perks up to $20 daily" (pay_equity_perks.go)
	}
	cut := -1
	for _, w := range []string{"stipend", "budget", "allowance", "reimbursement"} {
		if len(b) >= len(w) && hasSuffixFold(b, w) {
			cut = len(b) - len(w)
			break
		}
	}
	if cut <= 0 {
		return false
	}
	b = strings.TrimRight(b[:cut], " ")
	for _, w := range perkWords {
		if len(b) >= len(w) && hasSuffixFold(b, w) && (len(b) == len(w) || !isASCIIWord(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// hasSuffixFold reports whether s ends in the lower-case ASCII word w,
// ignoring ASCII case.
func hasSuffixFold(s, w string) bool { return len(s) >= len(w) && hasPrefixFold(s[len(s)-len(w):], w) }
