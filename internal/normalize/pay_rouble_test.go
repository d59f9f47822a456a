package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// roubleCases: Russian ranges whose thousands are written once, after the
// second figure, and the slash before the currency, with traps.
var roubleCases = []truthCase{
	{name: "k after the second figure", p: model.Posting{Title: "Аналитик", DescriptionText: "Зарплата 180-240к руб, гибрид."}, pay: "180000 240000 RUB month"},
	{name: "capital k after the second figure", p: model.Posting{Title: "Аналитик", DescriptionText: "ЗП 350-420К руб."}, pay: "350000 420000 RUB month"},
	{name: "tys after the second figure with do", p: model.Posting{Title: "Аналитик", DescriptionText: "Оплата от 150 до 210 тыс. руб. в месяц"}, pay: "150000 210000 RUB month"},
	{name: "k before a slash and the currency", p: model.Posting{Title: "Аналитик", DescriptionText: "Вилка 270-330к/руб"}, pay: "270000 330000 RUB month"},
	{name: "one figure with k before a slash", p: model.Posting{Title: "Аналитик", PayText: "200к/руб"}, pay: "200000 200000 RUB month"},
	{name: "trap: both ends with k stay", p: model.Posting{Title: "Аналитик", DescriptionText: "Зарплата 150к-200к руб"}, pay: "150000 200000 RUB month"},
	{name: "trap: a first figure already in thousands stays", p: model.Posting{Title: "Аналитик", DescriptionText: "Зарплата 90000 - 120 тыс. руб."}, pay: "90000 120000 RUB month"},
	{name: "trap: a price per unit with a slash is no pay", p: model.Posting{Title: "Аналитик", DescriptionText: "Кофе 250/руб за чашку"}, pay: "-"},
	{name: "trap: a slash amount with no pay word in text is no pay", p: model.Posting{Title: "Аналитик", DescriptionText: "Бюджет проекта 300к/руб"}, pay: "-"},
}

func TestRoublePay(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range roubleCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}

func TestRoubleSharedThousands(t *testing.T) {
	for _, tc := range []struct {
		lo, hi       float64
		mult1, mult2 bool
		want         float64
	}{
		{260, 320000, false, true, 260000},
		{260, 320000, true, true, 260}, // the first carries its own
		{260, 320, false, false, 260},  // neither carries any
		{1200, 320000, false, true, 1200},
		{500, 320000, false, true, 500}, // 500,000 would pass the second end
	} {
		if got := roubleSharedThousands(tc.lo, tc.hi, tc.mult1, tc.mult2); got != tc.want {
			t.Errorf("roubleSharedThousands(%v, %v, %v, %v) = %v, want %v", tc.lo, tc.hi, tc.mult1, tc.mult2, got, tc.want)
		}
	}
}

func FuzzRoubleSlashPay(f *testing.F) {
	for _, tc := range roubleCases {
		f.Add(tc.p.DescriptionText + tc.p.PayText)
	}
	f.Add("1-2к/руб")
	f.Add("от 1 до 2 тыс/₽")
	f.Fuzz(func(t *testing.T, s string) {
		for _, lenient := range []bool{false, true} {
			if c := roubleSlashPay(s, lenient, nil); c != nil {
				if c.min <= 0 || c.min > c.max || c.start < 0 || c.end > len(s) || c.start >= c.end || c.unit == "" || c.currency != "RUB" {
					t.Errorf("%q (lenient %v): bad candidate %+v", s, lenient, c)
				}
			}
		}
	})
}
