package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// voucherPerkWordCases pin pay_voucher_perk_words.go: voucher and
// reimbursement words before an amount make it a perk; traps: a salary
// label nearer the amount than the voucher word, a voucher named after
// the salary.
var voucherPerkWordCases = []truthCase{
	{name: "romanian holiday vouchers a year", p: model.Posting{Title: "Operator", Locations: []string{"Cluj"}, DescriptionText: "Beneficii: vouchere de vacanță 1.200 lei/an."}, pay: "-"},
	{name: "english meal vouchers a month", p: model.Posting{Title: "Clerk", Locations: []string{"Dublin"}, DescriptionText: "Perks include meal vouchers 160 EUR per month."}, pay: "-"},
	{name: "romanian transport reimbursement", p: model.Posting{Title: "Operator", Locations: []string{"Iasi"}, DescriptionText: "Oferim decont transport 350 lei/luna."}, pay: "-"},

	{name: "trap: salary label nearer than the vouchers", p: model.Posting{Title: "Operator", Locations: []string{"Cluj"}, DescriptionText: "Oferim vouchere de masă și salariu 4.200 lei/lună."}, pay: "4200 4200 RON month"},
	{name: "trap: vouchers after the salary", p: model.Posting{Title: "Clerk", Locations: []string{"Dublin"}, DescriptionText: "Salary: €2,900 per month plus meal vouchers."}, pay: "2900 2900 EUR month"},
}

func TestVoucherPerkWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range voucherPerkWordCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
