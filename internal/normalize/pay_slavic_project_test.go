package normalize

import (
	"testing"
	"time"

	"github.com/gigscout/gigscout/internal/model"
)

// A Russian or Ukrainian project budget in a pay field, or pay for an
// order, read as a project's pay (pay_slavic_project.go), and salaries by
// the month that keep their period. A budget named in running text stays
// no pay, as pay_cjk_test.go pins: a company's project budget is not pay.
var slavicProjectCases = []truthCase{
	{name: "a budget in roubles", p: model.Posting{Title: "Верстка лендинга", PayText: "Бюджет: 25 000 руб."}, pay: "25000 25000 RUB project"},
	{name: "a project budget up to, in the pay field", p: model.Posting{Title: "Бот для Telegram", PayText: "Бюджет проекта до 40 000 руб."}, pay: "40000 40000 RUB project"},
	{name: "trap: a project budget in running text is no pay (pay_cjk_test.go)", p: model.Posting{Title: "Бот для Telegram", DescriptionText: "Бюджет проекта до 40 000 руб."}, pay: "-"},
	{name: "roubles for the project", p: model.Posting{Title: "Логотип", PayText: "7 000 ₽ за проект"}, pay: "7000 7000 RUB project"},
	{name: "hryvnias for an article", p: model.Posting{Title: "Копірайтер", DescriptionText: "Оплата: 900 грн за статтю."}, pay: "900 900 UAH project"},
	{name: "roubles for the whole order", p: model.Posting{Title: "Дизайн", DescriptionText: "Плачу 12 000 рублей за весь заказ."}, pay: "12000 12000 RUB project"},
	{name: "trap: a salary by the month", p: model.Posting{Title: "Разработчик", DescriptionText: "Зарплата 140 000 руб. в месяц"}, pay: "140000 140000 RUB month"},
	{name: "trap: roubles for a month", p: model.Posting{Title: "Разработчик", DescriptionText: "от 95 000 ₽ за месяц"}, pay: "95000 95000 RUB month"},
	{name: "trap: a company budget beside a salary", p: model.Posting{Title: "Аналитик", DescriptionText: "Бюджет отдела растёт. Зарплата 110 000 руб."}, pay: "110000 110000 RUB month"},
	{name: "trap: the project named far from the salary", p: model.Posting{Title: "Инженер", DescriptionText: "Вы отвечаете за проект целиком. Зарплата от 85 000 руб."}, pay: "85000 85000 RUB month"},
}

func TestSlavicProjectCases(t *testing.T) {
	opts := Options{Now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, tc := range slavicProjectCases {
		t.Run(tc.name, func(t *testing.T) { checkTruthCase(t, tc, opts) })
	}
}
