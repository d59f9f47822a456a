package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// moneyOnlyCases pin pay_money_only.go: a description that holds nothing
// but an amount (or a range) with its currency is read as a pay field
// would read it; any other word there keeps the description's rules.
var moneyOnlyCases = []truthCase{
	{name: "rouble sign alone", p: model.Posting{Title: "Кладовщик", DescriptionText: "₽64000"}, pay: "64000 64000 RUB month"},
	{name: "hryvnia sign alone", p: model.Posting{Title: "Оператор", DescriptionText: "₴23000"}, pay: "23000 23000 UAH month"},
	{name: "tenge sign alone", p: model.Posting{Title: "Курьер", DescriptionText: "₸410000"}, pay: "410000 410000 KZT month"},
	{name: "tenge word alone", p: model.Posting{Title: "Курьер", DescriptionText: "385000 тенге"}, pay: "385000 385000 KZT month"},
	{name: "rouble range with bounds alone", p: model.Posting{Title: "Тестировщик", DescriptionText: "от 90000 до 130000 рублей"}, pay: "90000 130000 RUB month"},
	{name: "dollars written out alone", p: model.Posting{Title: "Planner", DescriptionText: "63,500 dollars"}, pay: "63500 63500 USD year"},
	{name: "euros written out alone", p: model.Posting{Title: "Planner", DescriptionText: "41,000 euros"}, pay: "41000 41000 EUR year"},
	{name: "between and with dollars", p: model.Posting{Title: "Planner", DescriptionText: "between $58k and $71k"}, pay: "58000 71000 USD year"},
	{name: "trap: raising money", p: model.Posting{Title: "Planner", DescriptionText: "We raised 80,000 dollars"}, pay: "-"},
	{name: "trap: a weight to lift", p: model.Posting{Title: "Loader", DescriptionText: "Carry 45 pounds"}, pay: "-"},
	{name: "trap: a bare number", p: model.Posting{Title: "Loader", DescriptionText: "48213"}, pay: "-"},
	{name: "trap: a year", p: model.Posting{Title: "Loader", DescriptionText: "Founded 2011"}, pay: "-"},
	{name: "trap: millions stay out", p: model.Posting{Title: "Analyst", DescriptionText: "$12M"}, pay: "-"},
	{name: "trap: a longer description keeps its rules", p: model.Posting{Title: "Analyst", DescriptionText: "Our customers moved 52,000 euros through the app in its first week of service."}, pay: "-"},
}

func TestMoneyOnlyCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range moneyOnlyCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestMoneyOnly(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"€38k", true}, {"27 500 руб.", true}, {"up to $90,000", true}, {"$4k or $5k", true},
		{"", false}, {"Salary", false}, {"Pay 50,000 dollars", false}, {"$1 $2 $3", false},
		{"The team of 12 ships $40k of hardware a month to schools in three regions", false},
	} {
		if got := moneyOnly(tc.s); got != tc.want {
			t.Errorf("moneyOnly(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
