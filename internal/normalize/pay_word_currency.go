package normalize

import (
	"cmp"
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// foreignPayWord is a pay word in German, French, Spanish or Italian before an
// amount: "Gehalt", "Vergütung", "Lohn", "salaire", "sueldo", "stipendio".
var foreignPayWord = regexp.MustCompile(`(?i)\b(?:gehalt|jahresgehalt|monatsgehalt|verg(?:ü|ue)tung|lohn|entgelt|salaire|r[ée]mun[ée]ration|sueldo|salario|stipendio|retribuzione)\b`)

// wordCurrencyPay reports an amount with its currency written out that is
// pay with no period after it: a pay word before it ("Gehalt zwischen
// 45.000 und 55.000 Euro", "Salary: 60,000 dollars"), read as "€" or "$"
// would be. Pounds stay a weight ("lift 50 pounds") unless a period follows.
func wordCurrencyPay(m money, before string) bool {
	if m.currency == "GBP" || m.currency == "" {
		return false
	}
	return cueBefore.MatchString(before) || foreignPayWord.MatchString(before)
}

// ringgitAmount is a Malaysian ringgit amount or range written with "RM":
// "RM 5,000 - RM 8,000", "RM3,500 to 4,200", "RM 6k".
var ringgitAmount = regexp.MustCompile(`\bRM ?(` + numberNarrow + `)( ?[kK]\b)?(?:\s*(?:-|–|—|to)\s*(?:RM ?)?(` + numberNarrow + `)( ?[kK]\b)?)?`)

// ringgitPay reads ringgit pay when no other amount was pay; nil when
// there is none. "RM" alone is as often a room ("RM 204"), so a single
// amount needs a pay word or a period after it; a range is pay as it is.
func ringgitPay(text string, lenient bool) *payCandidate {
	if !strings.Contains(text, "RM") {
		return nil
	}
	for _, m := range ringgitAmount.FindAllStringSubmatchIndex(text, 4) {
		mul := func(i int) string {
			if m[i] < 0 {
				return ""
			}
			return strings.TrimSpace(text[m[i]:m[i+1]])
		}
		lo, big := parseAmount(text[m[2]:m[3]], mul(4))
		hi, big2 := lo, false
		if m[6] >= 0 {
			hi, big2 = parseAmount(text[m[6]:m[7]], cmp.Or(mul(8), mul(4)))
		}
		if big || big2 || lo <= 0 || hi < lo {
			continue
		}
		before, after := text[max(0, m[0]-60):m[0]], text[m[1]:min(len(text), m[1]+40)]
		if m[6] < 0 && !cueBefore.MatchString(before) && unitAfter.FindStringIndex(after) == nil && !worldLabelIn(before) && !worldPeriodFollows(after) && !internAllowanceBefore(before) { // "Allowance: RM 1,000" (pay_intern_allowance.go)
			continue
		}
		c, ok := judge(text, money{start: m[0], end: m[1], min: lo, max: hi, currency: "MYR", ranged: m[6] >= 0}, lenient)
		if ok && c.unit != "" {
			return &c
		}
	}
	return nil
}

// b2bContract is a B2B (invoiced) engagement named in the text: "on a
// B2B contract", "B2B agreement", "contract type: B2B". "B2B sales" or "a
// B2B SaaS" is the business, not the engagement.
var b2bContract = regexp.MustCompile(`(?i)\bB2B\s+(?:contracts?|agreements?|basis|engagements?|invoic\w+|cooperation|arrangements?)\b|\b(?:contract|engagement|employment)(?:\s+type)?\s*:\s*B2B\b`)

// b2bBodyType reads a B2B contract in the text as contract; unknown
// otherwise.
func b2bBodyType(text string) model.JobType {
	if containsFold(text, "b2b") && b2bContract.MatchString(text) {
		return model.TypeContract
	}
	return model.TypeUnknown
}

// wordCurrencyField reports an amount with its currency written out
// ("euro", "dollars") that a pay field holds, in thousands or with a "k"
// ("ca. 48k Euro", "62000 Euro"): a field that holds only pay names no
// weight or price, and such a figure is a salary's. Pounds stay out (a
// weight as often), as do small figures ("50 Euro" may be a fee).
func wordCurrencyField(m money, lenient bool) bool {
	return lenient && m.currency != "GBP" && m.currency != "" && (m.kSuffix || m.max >= 1000)
}
