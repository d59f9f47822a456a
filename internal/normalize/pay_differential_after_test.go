package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// An amount named a shift differential right after it, or after a dash, is
// an add-on, not the rate. In this project's own words, with traps.
var differentialAfterCases = []truthCase{
	{name: "differential alone after an hourly amount", p: model.Posting{Title: "Caregiver", DescriptionText: "We add $3/hr night differential for overnight visits."}, pay: "-"},
	{name: "two add-ons and no rate", p: model.Posting{Title: "Nurse", DescriptionText: "Evening staff get a $2 per hour shift differential and a $5/hour weekend shift premium."}, pay: "-"},
	{name: "differential first, then the base rate", p: model.Posting{Title: "Nurse", DescriptionText: "$3/hr night differential; base rate $34 - $41 per hour"}, pay: "34 41 USD hour"},
	{name: "differential after a dash, range first", p: model.Posting{Title: "Technician", DescriptionText: "Per diem pay range: $28.50 - $36.10 Weekend Differential - $1.75/hr"}, pay: "28.5 36.1 USD hour"},
	{name: "trap: rate plus a differential", p: model.Posting{Title: "Caregiver", DescriptionText: "$24 an hour + shift differential"}, pay: "24 24 USD hour"},
	{name: "trap: rate with the word plus", p: model.Posting{Title: "Caregiver", DescriptionText: "$24/hr plus night shift differential"}, pay: "24 24 USD hour"},
	{name: "trap: rate then a bracketed note", p: model.Posting{Title: "Nurse", DescriptionText: "Pay: $38.00 per hour (generous shift differentials)"}, pay: "38 38 USD hour"},
	{name: "trap: premium without a shift word", p: model.Posting{Title: "Engineer", PayText: "$120,000 premium package"}, pay: "120000 120000 USD year"},
}

func TestDifferentialAfterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range differentialAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
