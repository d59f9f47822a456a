package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// Freelance marketplaces' own job-kind lines:
//
//   - an employment-type field opening with the fixed-price kind and then
//     the board's tier, budget or length parts, or the bare API value:
//     "fixed", "Fixed - Expert", "Fixed-price - Entry level - Est. Budget:
//     $40" (gigFixedFieldRe): a project;
//   - an employment-type field opening with the hourly kind and then the
//     board's tier, time estimate or weekly load: "Hourly - Expert - Est.
//     Time: 1 to 3 months", "Hourly, Less than 1 month, 30+ hrs/week"
//     (gigHourlyFieldRe): a freelance contract. A bare "Hourly" stays
//     unread (a pay basis alone, pinned in type_gig_fields_test.go);
//   - the same lines in running text, and a feed's "Hourly Range: $12-$25"
//     label (gigKindText): contract or project as above.
//
// All three read a general shape (the kind word, then a tier, an estimate
// or a load), not a list of names. Table tests and traps in
// type_gig_kind_lines_test.go.

// gigTier is a marketplace's experience tier, time estimate or weekly load
// after the kind word.
const gigTier = `(?:entry[- ]level|intermediate|expert|est\.?\s*(?:time|budget)|budget|less\s+than\s+(?:a|1|one|\d+)\s+(?:month|week|hrs?)|more\s+than\s+\d+\s+months?|\d+\s*(?:to|-|–)\s*\d+\s+months?|\d+\+?\s*hrs?\s*/\s*(?:week|wk))`

var gigFixedFieldRe = regexp.MustCompile(`(?i)^\s*fixed(?:[- ]?price)?\s*(?:$|[-–—:,|•]\s*(?:` + gigTier + `|[$€£₹]\s*\d))`)

var gigHourlyFieldRe = regexp.MustCompile(`(?i)^\s*hourly(?:\s*:\s*[$€£₹]?\s*\d[\d.,]*(?:\s*[-–]\s*[$€£₹]?\s*\d[\d.,]*)?)?\s*[-–—,|•]\s*` + gigTier)

// gigKindTextRe is a marketplace's kind line in running text: a feed's
// "Hourly Range: $" label, or "Hourly[: $a-$b] - <tier> - Est. Time" and
// "Fixed-price - <tier> - Est. Budget" (group 1: the hourly ones).
var gigKindTextRe = newKeyRegexp(`(?i)(\bhourly\s+range\s*(?:</b>)?\s*:\s*[$€£₹]|\bhourly(?::\s*[$€£₹]\s*\d[\d.,]*\s*[-–]\s*[$€£₹]?\s*\d[\d.,]*)?\s*[-–]\s*(?:entry\s+level|intermediate|expert)\s*[-–]\s*est\.?\s*time\b)|\bfixed[- ]price\s*[-–]\s*(?:entry\s+level|intermediate|expert)\s*[-–]\s*est\.?\s*budget\b`,
	8, 80, "hourly", "fixed")

// gigFixedField reports an employment-type field naming the fixed-price
// kind as a marketplace writes it.
func gigFixedField(emp string) bool {
	return len(emp) >= 5 && containsFold(emp[:min(len(emp), 12)], "fixed") && gigFixedFieldRe.MatchString(emp)
}

// gigKindType reads a marketplace's kind line when the type is still
// unknown: the employment-type field first, then the text.
func gigKindType(emp, text string, t model.JobType) model.JobType {
	if t != model.TypeUnknown {
		return t
	}
	if gigFixedField(emp) {
		return model.TypeProject
	}
	if len(emp) >= 8 && containsFold(emp[:6], "hourly") && gigHourlyFieldRe.MatchString(emp) {
		return model.TypeContract
	}
	if m := gigKindTextRe.FindAllStringSubmatchIndex(text, 1); len(m) > 0 {
		if m[0][2] >= 0 {
			return model.TypeContract
		}
		return model.TypeProject
	}
	return t
}

// gigFixedFieldPay makes the pay of a listing filed as fixed-price a
// project's when its unit came from the amount's size alone: "$150" under
// "Fixed" is the price of the work, not an hour's pay.
func gigFixedFieldPay(pay *model.Pay, l *model.Listing) *model.Pay {
	if pay == nil || pay.Unit == model.UnitProject || pay.Evidence == nil || pay.Source != model.FromText || !gigFixedField(l.EmploymentType) {
		return pay
	}
	return sizeOnlyAsProject(pay, l)
}
