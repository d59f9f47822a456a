package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// extrasMonthCases pin salaryExtrasAfter (pay_extras_month.go): a figure of
// a month's size with a salary extra joined on by "zzgl.", "zuzüglich" or
// "+" is a month's salary. Traps: a tax after "zzgl." (a fee plus VAT), a
// figure too small for a month's salary, and one too large.
var extrasMonthCases = []truthCase{
	{name: "zzgl. and a commission", p: model.Posting{Title: "Vertriebsmitarbeiter", PayText: "3.400 € zzgl. Provision"}, pay: "3400 3400 EUR month"},
	{name: "zuzueglich and holiday money", p: model.Posting{Title: "Lagerist", PayText: "2.480 € zuzüglich Urlaubsgeld"}, pay: "2480 2480 EUR month"},
	{name: "plus sign and an annual bonus", p: model.Posting{Title: "Disponent", PayText: "3.150 € + jährliche Prämie"}, pay: "3150 3150 EUR month"},

	{name: "trap: zzgl. and VAT", p: model.Posting{Title: "Webdesign Auftrag", PayText: "2.400 € zzgl. MwSt."}, pay: "2400 2400 EUR project"},
	{name: "trap: too small for a month", p: model.Posting{Title: "Aushilfe", PayText: "320 € zzgl. Bonus"}, pay: "320 320 EUR project"},
	{name: "trap: a year's size", p: model.Posting{Title: "Teamleiter", PayText: "58.000 € zzgl. Bonus"}, pay: "58000 58000 EUR year"},
}

func TestExtrasMonthCases(t *testing.T) {
	for _, tc := range extrasMonthCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCase(t, tc, fieldCaseOpts) })
	}
}
