package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// British contracting has words of its own that only a contract engagement
// uses:
//
//   - IR35, the tax rule for contractors: "outside IR35", "IR35 status:
//     inside", unless the sentence says the rule does not apply or the role
//     is permanent;
//   - a day rate as the pay basis: "Day rate: £450", "competitive daily
//     rate" (dayRateWord), "£480/day" (poundDayRate);
//   - a contract length in weeks or years: "initial 8 week contract", "a
//     2-year contract" (lengths in months: bodyContractMore).

var (
	ir35Word = regexp.MustCompile(`(?i)\bir35\b`)
	// dayRateWord is a day rate stated as pay, with an amount or a label
	// after it or a word that sells it before ("Day rate: £450", "daily
	// rate of €600", "competitive day rate"), not "discounts on daily
	// rates" at a hotel.
	dayRateWord   = newKeyRegexp(`(?i)\b(?:competitive|attractive|excellent|market|negotiable|good|great)\s+(?:day|daily)[ -]rates?\b|\b(?:day|daily)[ -]rates?\s*(?::|of\b|is\b|from\b|up\s+to\b|[£$€]|\d|\()`, 16, 24, "day", "daily")
	contractWeeks = newKeyRegexp(`(?i)\b(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve)[- ](?:weeks?|years?|yrs?)[- ](?:fixed[- ]term\s+)?(?:contract|assignment|engagement)\b`, 40, 2, "contract", "engagement", "assignment")
	// ir35NotHere is what near IR35 says the rule is not this role's:
	// "IR35 does not apply", "this permanent role is unaffected by IR35".
	ir35NotHere = regexp.MustCompile(`(?i)\b(?:not\s+appl|n/a\b|does\s+not\s+affect|unaffected|not\s+affected|permanent)`)
	// orPermanent is a permanent post offered as the other choice
	// ("Contract (outside IR35) or perm for the right person"): the
	// contract is still on offer, so it does not take the IR35 note away.
	orPermanent = regexp.MustCompile(`(?i)\bor\s+perm(?:anent)?\b`)
	// poundDayRate is a pound or euro amount of three or four figures a
	// day ("£480/day", "€650 per day"), a contractor's day rate; two
	// figures a day are an allowance, not pay.
	poundDayRate = regexp.MustCompile(`[£€]\s?\d{3,4}(?:\.\d\d)?\s*(?:/\s*day|per\s+day|p/?d)\b`)
)

// ukContractType is contract when text holds one of those words, else
// unknown.
func ukContractType(text string) model.JobType {
	if hasFold(text, "ir35") {
		for _, m := range ir35Word.FindAllStringIndex(text, 4) {
			if ir35AnsweredNo(text[m[1]:]) {
				continue // "Outside IR35: no" (type_ir35_answered_no.go)
			}
			if !ir35NotHere.MatchString(orPermanent.ReplaceAllString(text[max(0, m[0]-60):min(len(text), m[1]+40)], "")) {
				return model.TypeContract
			}
		}
	}
	if dayRateWord.MatchString(text) || strings.ContainsAny(text, "£€") && poundDayRate.MatchString(text) {
		return model.TypeContract
	}
	if hasFold(text, "tagess") && germanDayRate.MatchString(text) {
		return model.TypeContract // "Tagessatz: 900 €" (type_body_german_day_rate.go)
	}
	if frenchDayRateType(text) {
		return model.TypeContract // "TJM : 600 €" (type_body_french_day_rate.go)
	}
	if contractWeeks.MatchString(text) {
		return model.TypeContract
	}
	return model.TypeUnknown
}
