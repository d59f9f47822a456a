package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// trieuEnglishWordCases pin trieuPay (pay.go) reading millions of dong after
// an English pay word in running text, as it does after a Vietnamese one.
// Written for this project.
var trieuEnglishWordCases = []truthCase{
	{name: "salary label before a triệu range", p: model.Posting{Title: "QA Tester", DescriptionText: "Salary: 18 - 30 triệu, review twice a year"}, pay: "1.8e+07 3e+07 VND month"},
	{name: "compensation before a single triệu", p: model.Posting{Title: "Designer", DescriptionText: "Compensation up to 45 triệu gross."}, pay: "4.5e+07 4.5e+07 VND month"},

	{name: "trap: revenue in triệu is no pay", p: model.Posting{Title: "Sales Lead", DescriptionText: "Our team closed 900 triệu in revenue last quarter."}, pay: "-"},
	{name: "trap: a pay word in an earlier sentence does not reach", p: model.Posting{Title: "Sales Lead", DescriptionText: "We review salary yearly. The office cost 700 triệu to fit out."}, pay: "-"},
}

func TestTrieuEnglishWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range trieuEnglishWordCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
