package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A commission figure alone is no pay; a base joined to it stays pay. In
// this project's own words, with traps.
var commissionAloneCases = []truthCase{
	{name: "target commission a year", p: model.Posting{Title: "Account Executive", DescriptionText: "You are eligible for a target commission of $32,000.00 annually."}, pay: "-"},
	{name: "uncapped commission up to", p: model.Posting{Title: "Sales Rep", DescriptionText: "There is an uncapped commission of up to $40,000 per year."}, pay: "-"},
	{name: "commission colon", p: model.Posting{Title: "Sales Rep", DescriptionText: "Annual commission: $18,000 on average."}, pay: "-"},
	{name: "trap: salary plus commission label", p: model.Posting{Title: "Sales Rep", DescriptionText: "Salary + commission: $55,000 - $65,000 per year."}, pay: "55000 65000 USD year"},
	{name: "trap: base with commission", p: model.Posting{Title: "Sales Rep", DescriptionText: "Base with commission of $70,000 per year."}, pay: "70000 70000 USD year"},
	{name: "trap: package including commission label", p: model.Posting{Title: "Sales Rep", DescriptionText: "Total package including commission: $90,000 - $110,000 per year."}, pay: "90000 110000 USD year"},
	{name: "trap: base salary and a commission note", p: model.Posting{Title: "Sales Rep", DescriptionText: "Base salary $60,000 per year, plus commission."}, pay: "60000 60000 USD year"},
}

func TestCommissionAloneCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range commissionAloneCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
