package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// bandSizeAllowanceCases pin the fixes guided by the sixty-third round's part o (other
// projects' job fixtures, kept outside the repository and scored with
// TestAgreementOutside), in other words than those fixtures: a band in a
// currency paid by the month whose size no month's pay reaches is a year's;
// a bare salary-sized dollar range on a job filed full-time or part-time is
// a month's, not a piece of work's price; and a pay field of an amount and
// the word "allowance" alone is that pay.
var bandSizeAllowanceCases = []truthCase{
	{name: "dirham band in thousands past a month is a year", p: model.Posting{Title: "Finance Director", PayText: "AED 160K - AED 230K"}, pay: "160000 230000 AED year"},
	{name: "riyal six figures without a period are a year", p: model.Posting{Title: "Plant Manager", PayText: "SAR 210,000 - 260,000"}, pay: "210000 260000 SAR year"},
	{name: "trap: riyal band in thousands within a month stays a month", p: model.Posting{Title: "Data Engineer", PayText: "SAR 14k-19k"}, pay: "14000 19000 SAR month"},
	{name: "trap: dirham month-sized range stays a month", p: model.Posting{Title: "Site Engineer", PayText: "AED 9,000 - 13,500"}, pay: "9000 13500 AED month"},
	{name: "zloty band glued to k past a month is a year", p: model.Posting{Title: "Analityk", PayText: "zł95K - zł140K"}, pay: "95000 140000 PLN year"},
	{name: "trap: zloty gross month stays a month", p: model.Posting{Title: "Analityk", PayText: "9500-12500 zł brutto"}, pay: "9500 12500 PLN month"},
	{name: "peso mark band past a month is a year", p: model.Posting{Title: "Gerente", PayText: "MX$420K - MX$560K"}, pay: "420000 560000 MXN year"},
	{name: "ringgit glued k band over the ceiling is a year", p: model.Posting{Title: "Finance Manager", PayText: "RM72K - RM96K"}, pay: "72000 96000 MYR year"},
	{name: "egyptian pound marked on both bounds is one range", p: model.Posting{Title: "Accountant", PayText: "E£30K - E£45K"}, pay: "30000 45000 EGP month"},
	{name: "trap: egyptian pound marked once keeps its range", p: model.Posting{Title: "Accountant", PayText: "E£ 18,000 - 24,000"}, pay: "18000 24000 EGP month"},
	{name: "full-time dollar range under a thousand is a month", p: model.Posting{Title: "Receptionist", Locations: []string{"Kampot"}, EmploymentType: "Full-time", PayText: "$450 - $700"}, pay: "450 700 USD month"},
	{name: "part-time dollar range is a month", p: model.Posting{Title: "Tutor", EmploymentType: "Part-time", PayText: "$350 - $600"}, pay: "350 600 USD month"},
	{name: "trap: dollar range on a contract stays a project", p: model.Posting{Title: "Logo design", EmploymentType: "Contract", PayText: "$350 - $600"}, pay: "350 600 USD project"},
	{name: "trap: full-time dollar range with a week word stays a week", p: model.Posting{Title: "Nurse", EmploymentType: "Full-time", PayText: "$900 - $1,300 per week"}, pay: "900 1300 USD week"},
	{name: "trap: full-time range under a month's floor is left", p: model.Posting{Title: "Helper", EmploymentType: "Full-time", PayText: "$120 - $200"}, pay: "120 200 USD hour"},
	{name: "peso range with allowance alone is a month's pay", p: model.Posting{Title: "Marketing Intern", Locations: []string{"Cebu City"}, PayText: "PHP 8,000 - PHP 12,000 allowance"}, pay: "8000 12000 PHP month"},
	{name: "rupee amount with allowance alone is a month's pay", p: model.Posting{Title: "Design Intern", PayText: "₹12,000 allowance"}, pay: "12000 12000 INR month"},
	{name: "trap: allowance after a month word keeps the month", p: model.Posting{Title: "Marketing Intern", PayText: "PHP 9,000 per month allowance"}, pay: "9000 9000 PHP month"},
}

func TestBandSizeAllowanceCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range bandSizeAllowanceCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
