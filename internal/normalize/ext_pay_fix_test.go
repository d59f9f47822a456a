package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// extPayFixCases pin the pay fixes guided by other projects' salary-parser
// test tables (scored from outside the repository with TestAgreementOutside;
// none of their cases is copied here). Each category is written in this
// project's own words, with traps beside it that the fix must leave alone.
var extPayFixCases = []truthCase{
	// More currencies: codes and signs of the Gulf, Central and Eastern
	// Europe, Turkey and East Asia.
	{name: "egyptian pound code", p: model.Posting{Title: "Accountant", PayText: "EGP 18,000 - 22,000 / month"}, pay: "18000 22000 EGP month"},
	{name: "dirham code", p: model.Posting{Title: "Sales Lead", PayText: "AED 9,500 monthly"}, pay: "9500 9500 AED month"},
	{name: "koruna sign", p: model.Posting{Title: "Skladník", PayText: "32 000 - 38 000 Kč"}, pay: "32000 38000 CZK month"},
	{name: "koruna hourly", p: model.Posting{Title: "Brigádník", PayText: "185 Kč/hod"}, pay: "185 185 CZK hour"},
	{name: "lira sign", p: model.Posting{Title: "Yazılımcı", PayText: "₺45.000 - ₺60.000"}, pay: "45000 60000 TRY month"},
	{name: "ruble sign", p: model.Posting{Title: "Аналитик", PayText: "150 000 ₽"}, pay: "150000 150000 RUB month"},
	{name: "taiwan dollar monthly label", p: model.Posting{Title: "Engineer", PayText: "NT$ 45,000 - 52,000 (月薪)"}, pay: "45000 52000 TWD month"},
	{name: "taiwan dollar yearly label", p: model.Posting{Title: "Engineer", PayText: "NT$ 900,000 (年薪)"}, pay: "900000 900000 TWD year"},
	{name: "zloty sign", p: model.Posting{Title: "Tester", PayText: "9 000 - 11 000 zł brutto"}, pay: "9000 11000 PLN month"},
	// Periods in Polish, Czech and Russian.
	{name: "polish per month word", p: model.Posting{Title: "Developer", PayText: "21 000 - 24 000 PLN netto miesięcznie"}, pay: "21000 24000 PLN month"},
	{name: "polish yearly word", p: model.Posting{Title: "Developer", PayText: "250 000 PLN brutto rocznie"}, pay: "250000 250000 PLN year"},
	{name: "polish hourly b2b with vat note", p: model.Posting{Title: "Developer", PayText: "160–190 PLN (+ VAT) / h"}, pay: "160 190 PLN hour"},
	{name: "czech monthly word", p: model.Posting{Title: "Účetní", PayText: "45 000 Kč měsíčně"}, pay: "45000 45000 CZK month"},
	{name: "russian range words", p: model.Posting{Title: "Разработчик", PayText: "от 120 000 до 180 000 руб"}, pay: "120000 180000 RUB month"},
	{name: "russian up to", p: model.Posting{Title: "Разработчик", PayText: "до 250 000 руб."}, pay: "250000 250000 RUB month"},
	{name: "dollars by the month in russian", p: model.Posting{Title: "Designer", PayText: "от 2500 до 3500 USD"}, pay: "2500 3500 USD month"},
	// Small amounts in a monthly-quoted currency stay hourly.
	{name: "small zloty amount is hourly", p: model.Posting{Title: "Kurier", PayText: "32 PLN"}, pay: "32 32 PLN hour"},
	// Traps: letters that look like a currency are none.
	{name: "try in capitals is no lira", p: model.Posting{Title: "Tester", DescriptionText: "TRY 3 TIMES BEFORE YOU ASK FOR HELP."}, pay: "-"},
	{name: "k before a czech letter in a word", p: model.Posting{Title: "Writer", DescriptionText: "Write 5 Kčeské articles."}, pay: "-"},
	{name: "russian word do is no range", p: model.Posting{Title: "Курьер", DescriptionText: "Работа до 8 часов в день."}, pay: "-"},
}

func TestExtPayFixes(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range extPayFixCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
