package normalize

import (
	"regexp"

	"github.com/gigscout/gigscout/internal/model"
)

// A marketplace's kind field that carries the hourly rate and nothing else
// reads as hourly pay: scrapers of freelance boards often store the tile's
// "Hourly: $15.00 - $30.00" line as the listing's job type, with the budget
// field left empty. The line is a general shape (the hourly kind word, a
// colon, one amount or a range, an optional "/hr"), not a list of names:
//
//   - type: the hourly kind with a stated rate is a freelance contract, as
//     the feeds' "Hourly Range: $a-$b" label already is (gigKindType); a bare
//     "Hourly" stays unread (pinned in type_gig_fields_test.go);
//   - pay: when the pay field, title and text state no pay, the rate in the
//     kind field is the listing's hourly pay.
//
// Table tests and traps in gig_hourly_rate_field_test.go.

// gigHourlyRateFieldRe is the whole field: "Hourly: $a[ - $b][/hr]".
var gigHourlyRateFieldRe = regexp.MustCompile(`(?i)^\s*hourly\s*:\s*(?:[A-Z]{3}\s*)?[$€£₹]\s*\d[\d.,]*(?:\s*[-–]\s*(?:[A-Z]{3}\s*)?[$€£₹]?\s*\d[\d.,]*)?\s*(?:/\s*(?:hr|hour)\b)?\s*$`)

// gigHourlyRateField reports an employment-type field that is the hourly
// kind and its rate alone. The first bytes are checked before the pattern.
func gigHourlyRateField(emp string) bool {
	return len(emp) >= 10 && containsFold(emp[:7], "hourly") && gigHourlyRateFieldRe.MatchString(emp)
}

// gigRateFieldType makes a listing whose kind field is "Hourly: $a - $b" a
// contract when nothing else named its type.
func gigRateFieldType(emp string, t model.JobType) model.JobType {
	if t != model.TypeUnknown || !gigHourlyRateField(emp) {
		return t
	}
	return model.TypeContract
}

// gigRateFieldPay reads the rate of an "Hourly: $a - $b" kind field when no
// other field stated pay.
func gigRateFieldPay(pay *model.Pay, unpaid bool, l *model.Listing) *model.Pay {
	if pay != nil || unpaid || !gigHourlyRateField(l.EmploymentType) {
		return pay
	}
	fp, _ := ParsePay("pay_text", l.EmploymentType)
	if fp == nil || fp.Unit != model.UnitHour {
		return pay
	}
	return fp
}
