package normalize

import (
	"regexp"
	"strings"

	"github.com/gigscout/gigscout/internal/model"
)

// A rate named after the amount: "£450 day rate", "$38 hourly rate",
// "€600 daily rate (outside IR35)", "$2,400 monthly stipend". The period
// words before an amount are cueUnit's ("day rate: £450"); after it, only
// "per", "a" or "/" with a unit, or an adverb ("hourly"), were read, and
// "£450 day rate" went by its size (a fee). Table tests in
// pay_english_markets_test.go.

// rateWordAfter is a period word and a rate noun right after an amount.
var rateWordAfter = regexp.MustCompile(`(?i)^\s*(hour(?:ly)?|day|daily|week(?:ly)?|month(?:ly)?|annual|yearly)\s+(?:rate|wage|salary|stipend)\b`)

// rateUnitAfter reads such a rate: its unit and the length read.
func rateUnitAfter(after string) (model.PayUnit, int, bool) {
	head := after[:min(len(after), 24)]
	if !containsFold(head, "rate") && !containsFold(head, "wage") && !containsFold(head, "salary") && !containsFold(head, "stipend") {
		return "", 0, false
	}
	m := rateWordAfter.FindStringSubmatchIndex(after)
	if m == nil {
		return "", 0, false
	}
	w := strings.ToLower(after[m[2]:m[3]])
	switch {
	case strings.HasPrefix(w, "hour"):
		return model.UnitHour, m[1], true
	case strings.HasPrefix(w, "da"):
		return model.UnitDay, m[1], true
	case strings.HasPrefix(w, "week"):
		return model.UnitWeek, m[1], true
	case strings.HasPrefix(w, "month"):
		return model.UnitMonth, m[1], true
	}
	return model.UnitYear, m[1], true
}
