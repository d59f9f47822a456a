package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A start of a range with its own k and euro sign before a French "et"; a
// day rate in thousands with "/j"; a salary label followed by "of" before a
// range in thousands. Traps keep the limits of each reader.
var kFormsMoreCases = []truthCase{
	{name: "start with its own k and euro sign", p: model.Posting{Title: "Chef de projet", DescriptionText: "Salaire : entre 52 K€ et 58 K€ brut par an, selon expérience."}, pay: "52000 58000 EUR year"},
	{name: "start with glued k and euro sign", p: model.Posting{Title: "Chef de projet", DescriptionText: "Package entre 38K€ et 44K€ selon le profil."}, pay: "38000 44000 EUR year"},
	{name: "trap: a start far below the end stays out", p: model.Posting{Title: "Chef de projet", DescriptionText: "Salaire entre 3 K€ et 60 K€ selon la mission."}, pay: "!3000 60000 EUR year"},
	{name: "trap: et with no start word is no range", p: model.Posting{Title: "Chef de projet", DescriptionText: "Budget matériel 2 K€ et 45 K€ de salaire annuel."}, pay: "!2000 45000 EUR year"},
	{name: "day rate in thousands with slash j", p: model.Posting{Title: "Architecte cloud", PayText: "1,2k €/j"}, pay: "1200 1200 EUR day"},
	{name: "day rate in thousands, dot decimal", p: model.Posting{Title: "Architecte cloud", PayText: "1.1k € / jour"}, pay: "1100 1100 EUR day"},
	{name: "trap: thousands with no day mark", p: model.Posting{Title: "Architecte cloud", PayText: "1,2k €"}, pay: "!1200 1200 EUR day"},
	{name: "salary of a k range", p: model.Posting{Title: "Platform Engineer", DescriptionText: "We offer a base salary of 135k–160k, depending on experience."}, pay: "135000 160000 USD year"},
	{name: "compensation of a k range", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Total compensation of 140k-175k plus equity."}, pay: "140000 175000 USD year"},
	{name: "trap: salary of a single k figure", p: model.Posting{Title: "Platform Engineer", DescriptionText: "A salary of 140k is typical for peers."}, pay: "-"},
	{name: "trap: salary of a count range", p: model.Posting{Title: "Platform Engineer", DescriptionText: "Our salary of 40k-60k members is reviewed yearly."}, pay: "-"},
	{name: "trap: salary of plain figures", p: model.Posting{Title: "Platform Engineer", DescriptionText: "A salary of 120 to 180 is listed in the survey."}, pay: "-"},
}

func TestKFormsMoreCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range kFormsMoreCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
