package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// An allowance that is the pay (table tests in pay_intern_allowance_test.go):
// interns in Singapore, Malaysia, the Philippines and India are paid an
// "allowance", and an ad labels the amount with that word alone or with a
// period or the internship before it: "Monthly allowance: SGD 1,000",
// "Internship allowance of S$1,500 per month", "Interns receive an
// allowance of RM 1,000 per month". badBefore (pay.go) drops an amount
// after "allowance"; it stays dropped when the allowance pays for
// something named ("a monthly internet allowance of SGD 50", "Transport
// allowance of $100", allowanceForAfter's "allowance of $500 for
// equipment") or comes beside other pay ("Salary £30,000 plus an
// allowance of £3,000").

// internAllowanceLabel is such a label right before the amount: the start
// of a line or sentence, an article, a period or the internship, then
// "allowance" and an optional "of", "is" or colon.
var internAllowanceLabel = regexp.MustCompile(`(?i)(?:^|[\n(•·*:;.!?]\s*|\b(?:an?|the|your|monthly|weekly|internship|intern|interns['’]?|training|trainee|student|apprentice(?:ship)?|attachment)\s+)allowances?\s*(?:(?:of|is|:|=|-|–)\s*)?(?:(?:up\s+to|about|around|approximately|roughly|at\s+least|a\s+minimum\s+of)\s+)?$`)

// allowanceBeside is other pay right before the allowance's label.
var allowanceBeside = regexp.MustCompile(`(?i)\b(?:plus|and|with|besides|also|additional|extra|additionally|in\s+addition\s+to|on\s+top\s+of)\s+(?:an?\s+|the\s+)?(?:monthly\s+|weekly\s+)?allowances?\b`)

// internAllowanceBefore reports such a label ending before (the text
// before an amount). "With allowance of" opening its line is the label,
// not other pay beside it.
func internAllowanceBefore(before string) bool {
	b := before[max(0, len(before)-60):]
	if !containsFold(b, "allowance") {
		return false
	}
	if openingWithAllowance.MatchString(b) {
		return true
	}
	return internAllowanceLabel.MatchString(b) && !allowanceBeside.MatchString(b)
}

// openingWithAllowance is "With allowance of" opening a line or sentence.
var openingWithAllowance = regexp.MustCompile(`(?i)(?:^|[\n.!?•·*]\s*)with\s+(?:an?\s+)?(?:monthly\s+)?allowances?\s*(?:(?:of|:)\s*)?$`)

// allowanceUnit is the period of an allowance stated with none: a month's,
// as allowances are paid, unless its size makes it a year's.
func allowanceUnit(m money) model.PayUnit {
	u := sizeUnit(m)
	if u == model.UnitYear && (m.max > bareLimits[model.UnitMonth][1] || monthTooBig(m.currency, m.min, m.max)) {
		return u
	}
	return model.UnitMonth
}

// fundingStipendAfter is a student's stipend named right after an amount
// under a funding word: "Funding: $5,000 summer stipend" is the pay, where
// "Funding: $5M seed round" is the company's (badBefore); so is a wage rate
// ("funded by the NSF: $12/hour": no company raises money by the hour).
var fundingStipendAfter = regexp.MustCompile(`(?i)^\s*(?:(?:(?:` + stipendTermWords + `|monthly|weekly)\s+)?(?:stipend|honorarium)\b|(?:/\s*|per\s+|an?\s+)(?:hour|hr|week|month)\b)`)

// stipendTermWords name the term or program a stipend pays for, right
// before the word: "summer stipend", "fellowship honorarium" (a fee for
// the whole term in fixedAfter, pay.go).
const stipendTermWords = `summer|semester|term|program(?:me)?|fellowship|internship|research`

// fundedStipend reports such a stipend: before holds the funding word,
// after starts with the stipend.
func fundedStipend(before, after string) bool {
	return containsFold(before[max(0, len(before)-30):], "fund") && fundingStipendAfter.MatchString(after)
}

// programAwardRe is an award paid for a student program, right after its
// amount: "a $6,000 award for the 10-week program", "a $4,000 award for
// the summer". The award is the program's pay, not a prize (badAfter).
var programAwardRe = regexp.MustCompile(`(?i)^\s*(?:stipend\s+|research\s+)?award\s+for\s+(?:the|this|a|an|each)\s+(?:(?:\d+|six|eight|ten|twelve)[- ]week\s+|full\s+)?(?:summer\s+)?(?:program(?:me)?|fellowship|internship|residency|placement|project|summer|term|semester)\b`)

// programAwardAfter reports such an award after an amount.
func programAwardAfter(after string) bool {
	return containsFold(after, "award") && programAwardRe.MatchString(after)
}

// yearLongTerm is a term of a year named after an amount: "for the
// 12-month placement", "for the one-year contract". The sum for a year's
// term is a year's pay, not a project's fee.
var yearLongTerm = regexp.MustCompile(`(?i)^\s*(?:\(|,)?\s*for\s+(?:the|a|an|this|your)\s+(?:full\s+)?(?:12|twelve)[- ]months?\b|^\s*(?:\(|,)?\s*for\s+(?:the|a|an|this|your)\s+(?:full\s+)?(?:one[- ]year|year[- ]long|52[- ]weeks?)\b`)

// yearLongTermAfter reports yearLongTerm after an amount, looked for only
// where a year's length is written (judge asks it of every fee).
func yearLongTermAfter(after string) bool {
	return (strings.Contains(after, "12") || strings.Contains(after, "52") || hasFold(after, "twelve") || hasFold(after, "year")) && yearLongTerm.MatchString(after)
}
