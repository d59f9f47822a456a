package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// lowerCodeRangeTextCases pin pay_lower_code_range_text.go: a lower-case
// currency code after a range in running text is read; traps: a lone
// amount with such a code, a code glued into a word, a range after a
// funding word.
var lowerCodeRangeTextCases = []truthCase{
	{name: "russian from-to range with a dollar code", p: model.Posting{Title: "Go-разработчик", Locations: []string{"Алматы"}, DescriptionText: "Вилка: от 2.500 до 3.500 usd на руки."}, pay: "2500 3500 USD month"},
	{name: "dash range with apostrophe thousands", p: model.Posting{Title: "QA", Locations: []string{"Zug"}, DescriptionText: "Offer: 7'000 - 8'500 chf per month."}, pay: "7000 8500 CHF month"},
	{name: "to range with a k and a euro code", p: model.Posting{Title: "Data Engineer", Locations: []string{"Lisbon"}, DescriptionText: "Compensation 45k to 55k eur depending on level."}, pay: "45000 55000 EUR year"},

	{name: "trap: a lone amount with a lower-case code", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, DescriptionText: "Last year the team donated 1 500 usd to a shelter."}, pay: "-"},
	{name: "trap: a code glued into a word", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, DescriptionText: "Rooms 10-12 europa wing, second floor."}, pay: "-"},
	{name: "trap: a range after a funding word", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, DescriptionText: "We raised 400 000 - 500 000 eur in our seed round."}, pay: "-"},
}

func TestLowerCodeRangeTextCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range lowerCodeRangeTextCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
