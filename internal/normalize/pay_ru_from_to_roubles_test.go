package normalize

import (
	"testing"

	"github.com/gigscout/gigscout/internal/model"
)

// ruFromToRoublesCases pin pay_ru_from_to_roubles.go: a closed range of
// full rouble figures in running text with no salary label before it.
// Traps: a budget, a bonus, a sales target and a loan of the same shape,
// an open bound, and a range with no rouble mark keep their old reading.
var ruFromToRoublesCases = []truthCase{
	{name: "we offer, from-to with the abbreviation", p: model.Posting{Title: "Инженер-проектировщик", DescriptionText: "Предлагаем от 120 000 до 160 000 руб. и удобный график."}, pay: "120000 160000 RUB month"},
	{name: "we pay, sign after, a month named", p: model.Posting{Title: "Монтажник", DescriptionText: "Платим от 90 000 до 110 000 ₽ в месяц, выплаты дважды в месяц."}, pay: "90000 110000 RUB month"},
	{name: "expected amount, dash between the figures", p: model.Posting{Title: "Бухгалтер", DescriptionText: "На испытательный срок ожидаем от 70 000 – 85 000 рублей на руки."}, pay: "70000 85000 RUB month"},
	{name: "in a longer paragraph", p: model.Posting{Title: "Аналитик данных", DescriptionText: "Мы растущая команда аналитики. Работаем с витринами и отчётами для отдела логистики. Готовы обсуждать от 150 000 до 200 000 руб. по итогам собеседования."}, pay: "150000 200000 RUB month"},
	{name: "trap: a project budget", p: model.Posting{Title: "Маркетолог", DescriptionText: "Управление бюджетом от 500 000 до 900 000 руб. на рекламу."}, pay: "-"},
	{name: "trap: a bonus range", p: model.Posting{Title: "Менеджер", DescriptionText: "Квартальная премия от 20 000 до 40 000 руб."}, pay: "-"},
	{name: "trap: a sales target", p: model.Posting{Title: "Менеджер по продажам", DescriptionText: "Нужен опыт продаж от 300 000 до 500 000 руб."}, pay: "-"},
	{name: "trap: a loan", p: model.Posting{Title: "Кредитный специалист", DescriptionText: "Оформление кредитов от 100 000 до 300 000 руб. для клиентов банка."}, pay: "-"},
	{name: "trap: an open bound in running text stays unread", p: model.Posting{Title: "Курьер", DescriptionText: "Ожидаем от 100 000 руб. выручки по точке."}, pay: "-"},
	{name: "trap: no rouble mark", p: model.Posting{Title: "Склад", DescriptionText: "Склад площадью от 1 000 до 2 000 кв. м."}, pay: "-"},
}

func TestRuFromToRoublesCases(t *testing.T) {
	runFieldCases(t, ruFromToRoublesCases)
	checkLongCases(t, shopsPad, checkFieldCaseNot, ruFromToRoublesCases)
}
