package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// ruPayLabelShiftCases pin the Russian "оплата" salary label and the
// per-shift period ("за смену", a day's pay) in pay_ru_salary_gig_boards.go
// and pay_cjk.go. Traps: an hourly rate, a month's pay after the label,
// a shift count that is no period.
var ruPayLabelShiftCases = []truthCase{
	{name: "label, from, sign, per shift", p: model.Posting{Title: "Комплектовщик", DescriptionText: "Оплата от 3500 ₽ за смену, выплаты еженедельно."}, pay: "3500 3500 RUB day"},
	{name: "label with a colon, month size", p: model.Posting{Title: "Кладовщик", DescriptionText: "Оплата: 55 000 ₽, официальное оформление."}, pay: "55000 55000 RUB month"},
	{name: "roubles per shift without a label", p: model.Posting{Title: "Разнорабочий", DescriptionText: "Платим 2800 руб за смену, обед за счёт компании."}, pay: "2800 2800 RUB day"},
	{name: "range in roubles per shift", p: model.Posting{Title: "Упаковщик", DescriptionText: "3000 - 4200 рублей за смену"}, pay: "3000 4200 RUB day"},
	{name: "trap: per hour stays an hour", p: model.Posting{Title: "Грузчик", DescriptionText: "Оплата 450 руб в час."}, pay: "450 450 RUB hour"},
	{name: "trap: a count of shifts is no period", p: model.Posting{Title: "Грузчик", DescriptionText: "График 2 через 2, смены по 12 часов."}, pay: "-"},
}

func TestRuPayLabelShiftCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range ruPayLabelShiftCases {
		t.Run(tc.name, func(t *testing.T) { checkFieldCaseNot(t, tc, opts) })
	}
}
