package normalize

import (
	"strings"
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// placePeriodCases pin the fixes guided by a twentieth round of other
// projects' own salary tests (kept outside the repository and scored
// with TestAgreementOutside), written in other words than those tests, each
// with traps the fix must leave alone: a multiplier shared by a range's bare
// second end, a cost-to-company word before the period, currencies whose
// pay without a period is a month's up to a ceiling, Bulgarian leva,
// alternatives in a pay field, and "Rs" in Pakistan, Sri Lanka and Nepal.
var placePeriodCases = []truthCase{
	// A multiplier on the first end only.
	{name: "k on the first end, bare second end", p: model.Posting{Title: "Data Engineer", PayText: "$120K - 140"}, pay: "120000 140000 USD year"},
	{name: "lakh letter on the first end", p: model.Posting{Title: "Data Engineer", PayText: "₹12L - 15"}, pay: "1.2e+06 1.5e+06 INR year"},
	{name: "trap: a second end far above the first stays", p: model.Posting{Title: "Data Engineer", PayText: "$40k - 900"}, pay: "900 40000 USD year"},
	{name: "trap: both ends with k are read as written", p: model.Posting{Title: "Data Engineer", PayText: "$95k - $105k"}, pay: "95000 105000 USD year"},

	// A cost-to-company or take-home word before the period.
	{name: "ctc before per month", p: model.Posting{Title: "Lab Assistant", PayText: "₹18,500 CTC per month"}, pay: "18500 18500 INR month"},
	{name: "in-hand before a slash month", p: model.Posting{Title: "Lab Assistant", PayText: "Rs 16,000 in-hand / month"}, pay: "16000 16000 INR month"},
	{name: "take-home before per year in text", p: model.Posting{Title: "Lab Assistant", DescriptionText: "The package is ₹4,20,000 take-home per year with meals."}, pay: "420000 420000 INR year"},
	{name: "trap: lpa with ctc after stays a year", p: model.Posting{Title: "Analyst", PayText: "4.5 LPA CTC"}, pay: "450000 450000 INR year"},

	// Pay with no period in currencies quoted by the month.
	{name: "rupees under a lakh are a month", p: model.Posting{Title: "Accountant", PayText: "₹42000"}, pay: "42000 42000 INR month"},
	{name: "rupees with an allowance after", p: model.Posting{Title: "Accountant", PayText: "Rs. 28,500 + DA"}, pay: "28500 28500 INR month"},
	{name: "rupees in indian grouping are a year", p: model.Posting{Title: "Accountant", PayText: "₹6,50,000"}, pay: "650000 650000 INR year"},
	{name: "a rupee salary in text is a month", p: model.Posting{Title: "Design Associate", DescriptionText: "Salary offered: ₹35,000 with PF and medical cover."}, pay: "35000 35000 INR month"},
	{name: "rand with no period", p: model.Posting{Title: "Call Centre Agent", PayText: "ZAR 14 500"}, pay: "14500 14500 ZAR month"},
	{name: "a large rand figure is a year", p: model.Posting{Title: "Engineer", PayText: "ZAR 540 000"}, pay: "540000 540000 ZAR year"},
	{name: "naira with no period", p: model.Posting{Title: "Sales Rep", PayText: "₦180,000"}, pay: "180000 180000 NGN month"},
	{name: "philippine pesos with no period", p: model.Posting{Title: "Virtual Assistant", PayText: "₱28,000"}, pay: "28000 28000 PHP month"},
	{name: "trap: rupees with a stated hour stay an hour", p: model.Posting{Title: "Tutor", PayText: "₹400 per hour"}, pay: "400 400 INR hour"},
	{name: "trap: a small rupee figure is no month", p: model.Posting{Title: "Tutor", PayText: "₹600"}, pay: "600 600 INR project"},

	// Bulgarian leva.
	{name: "leva range in a pay field", p: model.Posting{Title: "Оператор", PayText: "1 800 - 2 400 лева"}, pay: "1800 2400 BGN month"},
	{name: "leva a month written out", p: model.Posting{Title: "Оператор", PayText: "2500 лв. на месец"}, pay: "2500 2500 BGN month"},
	{name: "leva an hour", p: model.Posting{Title: "Оператор", PayText: "18 лв/час"}, pay: "18 18 BGN hour"},
	{name: "leva after a pay word in text", p: model.Posting{Title: "Оператор", DescriptionText: "Предлагаме: заплата от 2200 лв и обучение."}, pay: "2200 2200 BGN month"},
	{name: "leva after an English salary label in text", p: model.Posting{Title: "QA Engineer", DescriptionText: "Salary: 4 200 лв, paid monthly."}, pay: "4200 4200 BGN month"},
	{name: "trap: a price in leva in text is no pay", p: model.Posting{Title: "Оператор", DescriptionText: "Картата за транспорт струва 50 лв."}, pay: "-"},

	// Alternatives in a pay field.
	{name: "two alternatives are a range", p: model.Posting{Title: "Field Officer", PayText: "₹22,000 + PF or ₹26,000 + PF"}, pay: "22000 26000 INR month"},
	{name: "trap: alternatives in other units keep the first", p: model.Posting{Title: "Consultant", PayText: "$45/hr or $90,000/yr"}, pay: "45 45 USD hour"},

	// Rupees written "Rs" in Pakistan, Sri Lanka and Nepal.
	{name: "rs in karachi is pakistani and a month", p: model.Posting{Title: "Accountant", Locations: []string{"Karachi, Pakistan"}, PayText: "Rs 75,000"}, pay: "75000 75000 PKR month"},
	{name: "lakhs in lahore are pakistani", p: model.Posting{Title: "Accountant", Locations: []string{"Lahore, Pakistan"}, PayText: "1.2 lacs"}, pay: "120000 120000 PKR month"},
	{name: "rs in colombo is sri lankan", p: model.Posting{Title: "Accountant", Locations: []string{"Colombo, Sri Lanka"}, PayText: "Rs. 150,000 per month"}, pay: "150000 150000 LKR month"},
	{name: "trap: the rupee sign stays indian in pakistan", p: model.Posting{Title: "Accountant", Locations: []string{"Karachi, Pakistan"}, PayText: "₹40,000 per month"}, pay: "40000 40000 INR month"},
	{name: "trap: a listing also placed in india keeps rupees indian", p: model.Posting{Title: "Accountant", Locations: []string{"Lahore, Pakistan", "Delhi, India"}, PayText: "Rs 60,000 per month"}, pay: "60000 60000 INR month"},
	{name: "trap: a stated year in pakistan stays a year", p: model.Posting{Title: "Accountant", Locations: []string{"Lahore, Pakistan"}, PayText: "Rs 1,800,000 per year"}, pay: "1.8e+06 1.8e+06 PKR year"},
}

func TestPlacePeriodCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range placePeriodCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// TestPlacePeriodCasesLong runs the description cases again past minGuardedText,
// where a long description is read through the shared key scan's windows.
func TestPlacePeriodCasesLong(t *testing.T) {
	filler := strings.Repeat("Our product helps small shops plan their stock. ", 14) + "\n"
	checkLongCases(t, filler, checkFieldCaseNot, placePeriodCases)
}

// TestSharedMultiplier pins the multiplier rule on its own.
func TestSharedMultiplier(t *testing.T) {
	for _, tc := range []struct {
		m1        string
		min, raw2 float64
		want      float64
	}{
		{"k", 150000, 200, 200000},
		{"K", 80000, 95, 95000},
		{"L", 2500000, 30, 3000000},
		{"k", 150000, 20, 20},     // under the first end: as read
		{"k", 10000, 900, 900},    // over four times the first end: as read
		{"k", 150000, 1500, 1500}, // a thousand or more: as read
		{"M", 1000000, 2, 2},      // M never multiplies pay
	} {
		if got := sharedMultiplier(tc.m1, tc.min, tc.raw2); got != tc.want {
			t.Errorf("sharedMultiplier(%q, %v, %v) = %v, want %v", tc.m1, tc.min, tc.raw2, got, tc.want)
		}
	}
}

func FuzzPlacePeriod(f *testing.F) {
	for _, tc := range placePeriodCases {
		f.Add(tc.p.PayText + "\n" + tc.p.DescriptionText)
	}
	for _, s := range []string{"лв", "1 - 2 лева месечно", "BGN", " or ", "CTC per", "₹1L - 2", "$1k - 9", "Rs 1 OR Rs 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			if c := levaPay(s, lenient); c != nil {
				if c.min <= 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start > c.end || c.unit == "" || c.currency != "BGN" {
					t.Errorf("%q (lenient %v): bad leva candidate %+v", s, lenient, c)
				}
			}
			if c := bestPay(s, lenient); c != nil {
				if c.min < 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start > c.end {
					t.Errorf("%q (lenient %v): bad candidate %+v", s, lenient, c)
				}
			}
		}
		c := payCandidate{money: money{start: 0, end: min(len(s), 1), min: 100, max: 100}, score: 1}
		ctcPeriodAfter(s, &c)
		if c.end > len(s) || c.end < c.start {
			t.Errorf("ctcPeriodAfter(%q) = %+v", s, c)
		}
		l := model.Listing{PayText: s, Locations: []string{"Lahore, Pakistan"}}
		p := &model.Pay{Min: 10, Max: 10, Currency: "INR", Unit: model.UnitYear, Evidence: &model.Span{Field: "pay_text", Text: s}}
		if got := placeRupeePay(p, &l); got == nil || got.Min != 10 || got.Max != 10 {
			t.Errorf("placeRupeePay(%q) = %+v", s, got)
		}
	})
}
