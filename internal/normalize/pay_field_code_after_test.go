package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// fieldCodeAfterCases pin pay_field_code_after.go (a pay field of an amount
// and a lower-case code, a plus before the code, the euro or dollar in
// Russian) and the reversed k range in barePay ("45-25K"); traps: a code
// inside a word, more words after the amount, running text, a phone-like
// number, a range too far apart to be one written backwards.
var fieldCodeAfterCases = []truthCase{
	{name: "lower-case euro code after a from word", p: model.Posting{Title: "Go-разработчик", Locations: []string{"Санкт-Петербург"}, PayText: "от 70 000 eur"}, pay: "70000 70000 EUR year"},
	{name: "lower-case dollar code", p: model.Posting{Title: "QA", Locations: []string{"Remote"}, PayText: "4 200 usd"}, pay: "4200 4200 USD project"}, // as "4 200 USD" reads,
	{name: "lower-case code with a period", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, PayText: "3900 eur/mois"}, pay: "3900 3900 EUR month"},
	{name: "russian euro word", p: model.Posting{Title: "Аналитик", Locations: []string{"Москва"}, PayText: "от 45 000 евро"}, pay: "45000 45000 EUR year"},
	{name: "russian dollar word with a period", p: model.Posting{Title: "Аналитик", Locations: []string{"Алматы"}, PayText: "2500 долларов в месяц"}, pay: "2500 2500 USD month"},
	{name: "plus between k and code", p: model.Posting{Title: "Data Engineer", Locations: []string{"Nantes"}, PayText: "55k+ EUR/an"}, pay: "55000 55000 EUR year"},
	{name: "plus between a full amount and code", p: model.Posting{Title: "Data Engineer", Locations: []string{"Nantes"}, PayText: "48000+ EUR/an"}, pay: "48000 48000 EUR year"},
	{name: "reversed k range", p: model.Posting{Title: "后端开发", Locations: []string{"深圳"}, PayText: "38-22K"}, pay: "22000 38000 CNY month"},
	{name: "reversed k range with months of pay", p: model.Posting{Title: "后端开发", Locations: []string{"深圳"}, PayText: "38-22K·14薪"}, pay: "22000 38000 CNY month"},

	{name: "trap: europe is no code", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, PayText: "4 europe hubs"}, pay: "-"},
	{name: "trap: words after the amount", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, PayText: "5000 eur signing bonus"}, pay: "-"},
	{name: "trap: lower-case code in running text", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, DescriptionText: "The startup raised 900 000 eur last spring."}, pay: "-"},
	{name: "trap: a phone number with a code-like word", p: model.Posting{Title: "QA", Locations: []string{"Lyon"}, PayText: "call 0612345678 eurotel"}, pay: "-"},
	{name: "trap: ends too far apart to be reversed", p: model.Posting{Title: "后端开发", Locations: []string{"深圳"}, PayText: "400-25K"}, pay: "-"},
	{name: "trap: plain k range still reads", p: model.Posting{Title: "后端开发", Locations: []string{"深圳"}, PayText: "22-38K"}, pay: "22000 38000 CNY month"},
}

func TestFieldCodeAfterCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range fieldCodeAfterCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}

// FuzzCodeAfterFieldPay runs codeAfterFieldPay on any field: no panic, a
// sane amount, a span inside the field, a known currency.
func FuzzCodeAfterFieldPay(f *testing.F) {
	for _, tc := range fieldCodeAfterCases {
		f.Add(tc.p.PayText)
	}
	f.Add("60k+ eur")
	f.Add("от 1 евро")
	f.Fuzz(func(t *testing.T, s string) {
		c := codeAfterFieldPay(s, true)
		if c == nil {
			return
		}
		if c.min <= 0 || c.min > c.max || c.unit == "" || c.start < 0 || c.end > len(s) || c.start >= c.end {
			t.Errorf("codeAfterFieldPay(%q) = %+v", s, *c)
		}
		if !currencyCodes[c.currency] {
			t.Errorf("codeAfterFieldPay(%q) currency %q", s, c.currency)
		}
		if codeAfterFieldPay(s, false) != nil {
			t.Errorf("codeAfterFieldPay(%q) read running text", s)
		}
	})
}
