package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// roubleThousandWordCases: the full Russian word for thousands ("тысяч",
// "тысячи", "тысяча") after an amount multiplies it by a thousand, as "тыс"
// and "к" do; the short form was matched first and then dropped because a
// letter followed it.
var roubleThousandWordCases = []truthCase{
	{name: "amount with the full thousands word", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Казань, Россия"}, PayText: "95 тысяч"}, pay: "95000 95000 RUB month"},
	{name: "full word after a lower bound", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Казань, Россия"}, PayText: "от 70 тысяч"}, pay: "70000 70000 RUB month"},
	{name: "plural form after a small count", p: model.Posting{Title: "Курьер", Locations: []string{"Самара, Россия"}, PayText: "до 3 тысячи в день"}, pay: "3000 3000 RUB day"},
	{name: "full word with roubles after it", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Казань, Россия"}, PayText: "110 тысяч рублей"}, pay: "110000 110000 RUB month"},
	{name: "trap: short form still read", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Казань, Россия"}, PayText: "85 тыс."}, pay: "85000 85000 RUB month"},
	{name: "trap: thousands of followers are no pay", p: model.Posting{Title: "SMM-менеджер", Locations: []string{"Казань, Россия"}, PayText: "12 тысяч подписчиков"}},
	{name: "trap: a word that merely starts like it", p: model.Posting{Title: "Бухгалтер", Locations: []string{"Казань, Россия"}, PayText: "40 тыстрых задач"}},
}

func TestRoubleThousandWordCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range roubleThousandWordCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
