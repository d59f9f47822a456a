package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// Sales and startup pay often names two or three figures: the base salary,
// the on-target earnings (OTE, base plus expected commission) and a bonus
// or equity. The base is the salary; the rest depends on results. Two
// shapes were read wrongly:
//
//   - the OTE figure written first ("$180k OTE, $160k base", "OTE of $200k
//     with a base of $100k", "OTE $60,000 (base $40,000)"): bestPay kept the first figure. baseOutranksOTE
//     lets a figure marked as the base replace one marked as OTE.
//   - a pay field with a bare amount (no currency) followed by what comes on
//     top ("71,000 base with 6,000 bonus", "80,000 base + 20% bonus",
//     "65k plus bonus"): barePay wants the whole field to be the amount.
//     bareBaseExtras reads the amount when the rest of the field only names
//     extras (bonus, commission, equity, OTE, benefits, super ...).
//   - the same in running text after a pay word ("pays 71,000 base plus
//     commission"): textBareBase lets textBareAt read a written amount of a
//     year's size followed by the word "base" as a year's salary.

// oteMarkAfter is "OTE" (or "on-target earnings") right after an amount;
// oteMarkBefore is it right before one ("OTE of", "OTE:", "OTE up to",
// "On-target earnings for this role are").
var (
	oteMarkAfter  = regexp.MustCompile(`(?i)^\s*\)?\s*(?:usd|gbp|eur|aud|cad)?\s*(?:\(\s*)?(?:ote|on[- ]target(?: earnings)?|tc|total comp(?:ensation)?|(?:including|incl\.?|with)\s+tips)\b`)
	oteMarkBefore = regexp.MustCompile(`(?i)\b(?:ote|on[- ]target earnings|tc|total comp(?:ensation)?)(?:\s+(?:pay\s+)?range)?(?:\s+for\s+(?:this|the)\s+(?:role|position|job))?\s*\)?\s*(?:of|:|is|are|at|=|-|–|up to|around|approx\.?)?\s*(?:up to\s*)?$`)
	// baseMarkAfter is "base" or "basic" right after an amount; baseMarkBefore
	// is "base", "base of", "base salary:", "basic" right before one.
	baseMarkAfter  = regexp.MustCompile(`(?i)^\s*(?:usd|gbp|eur|aud|cad)?\s*(?:\(\s*)?(?:base|basic)\b`)
	baseMarkBefore = regexp.MustCompile(`(?i)\b(?:base|basic)(?:\s+(?:salary|pay))?(?:\s+(?:range|band))?\s*(?:of|:|is|at|=|-|–)?\s*(?:up to\s*)?$`)
)

// oteMarked reports that the candidate at [start,end) is marked as OTE.
func oteMarked(text string, start, end int) bool {
	after := text[end:min(len(text), end+28)]
	before := text[max(0, start-48):start] // "On-target earnings for this role are $160,000"
	return (oteWordIn(after) && oteMarkAfter.MatchString(after)) || (oteWordIn(before) && oteMarkBefore.MatchString(before))
}

// oteWordIn is the cheap check before oteMarkAfter and oteMarkBefore.
func oteWordIn(s string) bool {
	return containsFold(s, "ote") || containsFold(s, "target") || containsFold(s, "tc") || containsFold(s, "total comp") || containsFold(s, "tips")
}

// baseMarked reports that the candidate at [start,end) is marked as the
// base salary.
func baseMarked(text string, start, end int) bool {
	after := text[end:min(len(text), end+12)]
	before := text[max(0, start-20):start]
	if loc := baseMarkAfter.FindStringIndex(after); loc != nil {
		// "$60,000 (base $40,000)": the base word opens another figure.
		if rest := text[end+loc[1] : min(len(text), end+loc[1]+20)]; !baseOpensAmount.MatchString(rest) {
			return true
		}
	}
	return baseMarkBefore.MatchString(before)
}

// baseOpensAmount is an amount right after a base word ("base $40,000",
// "base of 40k", "basic: £30,000"): the word marks that amount, not the
// one before it.
var baseOpensAmount = regexp.MustCompile(`(?i)^\s*(?:salary\s+|pay\s+)?(?:of\s+|:\s*|is\s+|at\s+|=\s*)?(?:[$€£¥₹]|(?:usd|gbp|eur|aud|cad)\b|\d)`)

// baseOutranksOTE (bestPay's loop) reports that c, a figure marked as the
// base, should replace best, a figure of the same currency and unit
// marked as OTE (and not as a base itself).
func baseOutranksOTE(text string, best, c *payCandidate) bool {
	if best == nil || c.currency != best.currency || c.unit != best.unit || c.score < best.score-1 {
		return false
	}
	return oteOrPackageBest(text, best) && // oteOrPackageBest: pay_total_package_label.go
		baseMarked(text, c.start, c.end) && !oteMarked(text, c.start, c.end)
}

// reBareBaseExtras is a currency-less pay field: an amount or a range
// (with k or thousands written), "base" or "basic" if any, then a joint
// ("+", "plus", "with", "and", ",", "/") and what comes on top; the extras
// are judged by bareExtrasWord.
var reBareBaseExtras = regexp.MustCompile(`(?i)^\s*(` + number + `)\s*(k)?(?:\s*(?:-|–|—|to)\s*(` + number + `)\s*(k)?)?\s*(base|basic)?(?:\s+salary)?\s*(?:\+|plus\b|with\b|and\b|,|/|&)\s*(.{2,80})$`)

// bareExtrasWord names what is paid on top of a base.
var bareExtrasWord = regexp.MustCompile(`(?i)\b(?:bonus(?:es)?|commissions?|equity|stock|options|rsus?|ote|benefits|super(?:annuation)?|incentives?|variable|profit[- ]share|allowances?|overtime|tips)\b`)

// bareExtrasPeriod is a period or currency in the extras, which would make
// the field more than an amount with extras ("50,000 base + 2,000 a month").
var bareExtrasPeriod = regexp.MustCompile(`(?i)\b(?:per|an?)\s+(?:hour|day|week|month)\b|/\s*(?:hr|hour|h|day|wk|week|mo|month)\b|\b(?:hourly|daily|weekly|monthly)\b`)

// bareBaseExtras reads a pay field holding a bare yearly amount or range
// followed by extras (see above); nil otherwise. The amount must be written
// as a salary (a k or thousands separators) and of a year's size (15,000
// to 2 million); the currency is left to the caller.
func bareBaseExtras(field, text string) *model.Pay {
	if !bareExtrasWord.MatchString(text) {
		return nil
	}
	m := reBareBaseExtras.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	g := func(i int) string { return group(text, m, i) }
	if bareExtrasPeriod.MatchString(g(6)) || !bareExtrasWord.MatchString(g(6)) {
		return nil
	}
	if g(2) == "" && g(4) == "" && !strings.ContainsAny(g(1)+g(3), ",. ") {
		return nil // "2024 and bonus": no salary written
	}
	lo, _ := parseAmount(g(1), g(2))
	hi := lo
	if g(3) != "" {
		hi, _ = parseAmount(g(3), g(4))
		if g(2) == "" && g(4) != "" {
			if raw, _ := parseAmount(g(1), ""); raw*1000 <= hi {
				lo = raw * 1000 // "45-55k": the k applies to both
			}
		}
	}
	if lo > hi {
		lo, hi = hi, lo
	}
	if lo < 15000 || hi > 2e6 {
		return nil
	}
	end := m[3]
	for _, e := range []int{m[5], m[7], m[9], m[11]} {
		if e > end {
			end = e
		}
	}
	return &model.Pay{Min: lo, Max: hi, Unit: model.UnitYear, Source: model.FromText,
		Evidence: &model.Span{Field: field, Start: m[2], End: end, Text: text[m[2]:end]}}
}

// textBaseAfter is "base" (or "base salary") right after an amount in
// running text, ending there or followed by a joint: "pays 71,000 base plus
// commission" (not "25,000 base stations").
var textBaseAfter = regexp.MustCompile(`(?i)^\s*(?:base|basic)(?:\s+(?:salary|pay))?\s*(?:$|[,.;:)/+]|(?:plus|with|and|per|a year|annually|p\.?a\.?)\b)`)

// textBareBase (textBareAt) reports that a written amount of a year's size
// with no period is followed by the word "base", so it is a year's salary.
func textBareBase(after string, lo float64, written bool) bool {
	return written && lo >= 15000 && textBaseAfter.MatchString(after)
}

// A budget, fee or stipend word further back than a salary word does not
// make the amount after the salary word a one-off payment: "a $2,000
// equipment budget. The salary is $90,000 - $110,000" is a year's salary
// (cueUnit skips project cues once it has passed a salary cue).

// salaryCue reports that a cueBefore word names a salary.
func salaryCue(w string) bool {
	switch w {
	case "salary", "salaries", "wage", "compensation", "remuneration", "base", "ote":
		return true
	}
	return false
}

// projectCue reports that a cueBefore word names a one-off payment.
func projectCue(w string) bool {
	return w == "fee" || w == "budget" || w == "stipend" || w == "honorarium" || strings.HasPrefix(w, "fixed") || strings.HasPrefix(w, "flat")
}

// salaryNounBefore is a salary noun right before an amount ("a salary of",
// "base salary:", "the salary is", "compensation range of"), whatever
// words come before it.
var salaryNounBefore = regexp.MustCompile(`(?i)\b(?:base\s+)?(?:salary|salaries|wages?|compensation|remuneration)(?:\s+(?:range|band))?\s*(?:of|is|:|-|–|from|between|at)?\s*(?:about|around|approximately|roughly|up to)?\s*$`)

// salaryNounRightBefore (judge) reports that a salary noun stands right
// before an amount, so money words further back ("a $2,000 equipment
// budget and a salary of $90,000") do not make it other money.
func salaryNounRightBefore(before string) bool {
	return salaryNounBefore.MatchString(before) && !allowanceCompensationBefore(before)
}

// allowanceCompensationBefore reports that the "compensation" right before
// an amount is an allowance for getting to work ("Commuting compensation:
// 40 EUR a month"), which badBefore turns away, not the pay.
func allowanceCompensationBefore(before string) bool {
	return containsAnyFold(before[max(0, len(before)-48):], allowanceCompensations)
}

// allowanceCompensations are the allowances allowanceCompensationBefore names.
var allowanceCompensations = []string{"transport compensation", "transportation compensation", "commute compensation", "commuting compensation"}

// perkSpendRe (benefitSpendAfter) is a perk an amount is spent on, right
// after it or after its period: a careers page's "Learning budget" line
// written above the amount ("$2,000/year for courses, conferences and
// books", "$1,500 a year towards certifications", "$800 for your home
// office setup"). The label on the line before is out of badBefore's
// reach, so the spend after the amount tells.
var perkSpendRe = regexp.MustCompile(`(?i)^\s*(?:(?:per|a|an|each|/)\s*(?:month|year|yr|annum|week)\s+)?(?:for|towards?|on)\s+(?:(?:your|the)\s+)?(?:courses|conferences?|books|training|certifications?|learning|professional development|(?:home[- ]office|workspace|desk|remote work(?:space)?)(?:\s+(?:setup|set[- ]up|equipment|gear))?|equipment|gym memberships?|co-?working)\b`)
